"""A board's trailer after the post: its station lines and its readers' one-line remarks.

A bulletin board prints, under a post, where it was sent from and where it lives ("※ 發信站:
X(x.cc), 來自: 1.2.3.4", "※ 文章網址: https://…"), then the readers' remarks, one a line:
a mark, the reader's handle, a colon, the remark and when it was made ("推 moonriver: 加油
04/25 23:50"). Their wordings are each board's; their shapes are not a story's: a reference
mark opening a label and its colon, and a line that a handle opens and a bare date-time
closes. Read only past the post's last sentence, where they stand.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.vocab import SENTENCE_ENDINGS

# "※ 發信站:", "※ 編輯:", "◆ 来源:": a mark, a label of a few words, its colon.
_STATION = re.compile(r"^[※◆]\s*[\u4e00-\u9fffA-Za-z ]{1,8}\s*[:：]")
# A remark: an optional one-character mark, a handle (Latin letters, digits, _ or a short
# name), its colon, the remark, then a date and a clock at the end ("04/25 23:50").
_REMARK = re.compile(
    r"^(?:\S\s+)?[A-Za-z0-9_.\u4e00-\u9fff]{2,16}\s*[:：]\s*.{1,80}?\s"
    r"(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\s+)?\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d\d)?$"
)


def cut_board_rows(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "ui" the station lines and remarks past the post's last sentence."""
    last = len(kinds) - 1
    while last >= 0 and not (
        kinds[last][0] is Kind.GOOD and lines[last].text.endswith(SENTENCE_ENDINGS)
    ):
        last -= 1
    if last < 0:
        return
    for i in range(last + 1, len(kinds)):
        text = lines[i].text
        if kinds[i][0] is Kind.BAD or ("/" not in text and "※" not in text and "◆" not in text):
            continue
        if _STATION.match(text) or _REMARK.match(text):
            kinds[i] = (Kind.BAD, "ui")

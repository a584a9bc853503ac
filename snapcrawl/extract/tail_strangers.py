"""A line past the story's last sentence that shares no word with the story.

A story ends on a sentence. What a host sets after it, in whatever box and words it likes
(a forum's signature "签名：X", a bureau's "办理状态：已办结", an outlet's "新闻线索、投稿邮箱：…"),
is a field or a run of fields with no clause in it, and, being the host's, it speaks of
nothing the story spoke of: not one pair of Chinese characters of it occurs in the story.
A story's own close either ends a sentence, or names what the story named (its issuer's
signature over a date, a caption of its scene), or is a credit read elsewhere. So a line
past the last sentence-ending prose line that is prose-shaped but has no clause end, or
is a short "label：value" field, is cut when it shares no character pair with the story.

Left to others: a list's or a table's items (the story's data), a signature over its
written date, and a line with a telephone number or an address (a notice's own 咨询电话 is
its text; credit_contacts and tip_lines tell the credit's and the host's apart).
"""

from __future__ import annotations

import re

from snapcrawl.extract.cards import FIELD_LINE
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import SIGNED_ON, Kind
from snapcrawl.extract.tail_boxes import ITEM_TAGS
from snapcrawl.extract.vocab import SENTENCE_END, SENTENCE_ENDINGS

_ENDS = (*SENTENCE_ENDINGS, "…")
_CONTACT = re.compile(r"\d[\d\s()（）-]{5,}\d|@")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _stranger(text: str, story: str) -> bool:
    """Whether ``text`` has Chinese and no two of its characters in a row occur in
    ``story`` (a substring search per pair: a few dozen per line, no index of the story
    built). A line with no Chinese pair (English, figures) is not judged."""
    runs = _CJK_RUN.findall(text)
    if not runs:
        return False
    for run in runs:
        for a in range(len(run) - 1):
            if run[a : a + 2] in story:
                return False
    return True


def cut_tail_strangers(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "stranger" the lines past the last sentence that share nothing with the
    story (see the module's doc)."""
    good, short = Kind.GOOD, Kind.SHORT
    n = len(kinds)
    last = n - 1
    while last >= 0 and not (kinds[last][0] is good and lines[last].text.endswith(_ENDS)):
        last -= 1
    if last < 0:
        return
    story: str | None = None
    for k in range(last + 1, n):
        kind = kinds[k][0]
        line = lines[k]
        text = line.text
        if kind is good:
            if SENTENCE_END.search(text):
                continue
        elif kind is not short or line.owner.tag == "p" or not FIELD_LINE.match(text):
            continue  # a short line the story set as a paragraph of its own may close it
        if line.owner.tag in ITEM_TAGS or SIGNED_ON.match(text) or _CONTACT.search(text):
            continue
        if k + 1 < n and SIGNED_ON.match(lines[k + 1].text):
            continue  # a signature over its date
        if story is None:
            story = "".join(lines[i].text for i in range(last + 1) if kinds[i][0] is good)
        if _stranger(text, story):
            kinds[k] = (Kind.BAD, "stranger")

"""Other stories' headlines typed into the story as text: "相关阅读：X" with the headline on the
label's own line, and more headlines on the lines after it, no link on any of them.

The list rules cut a related heading over links; a page that pastes the headlines as plain
paragraphs gives them nothing to cut. What tells them is the label and the headlines' form:
a headline has no sentence's punctuation, and the label opens its line with a colon. The
label's line and the unpunctuated lines right after it (until the first line with a
sentence's punctuation) are the related list, wherever in the story it stands. "相关链接："
is left alone: a newspaper's background box under that label is the story's text.

A bare label with no colon ("相关稿件", "更多新闻", "相關話題") is a box's title only over a
headline: a line under it that no sentence ends and no full stop divides ("打不过才是正常！X，获
亚军（上观新闻）", headlines run together as one line); over a paragraph ("延伸阅读" over the
story's own background) it is the story's subheading, and stays. The box cut out marks no
boundary for the short lines around it (line_kinds.keep_short): the story's "2. X" heading
under it stays, as under a picture.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import RELATED_BOX, Kind
from snapcrawl.extract.vocab import SENTENCE_PUNCT

_LABEL = re.compile(
    r"^[\s【\[]*(?:相关|相關|延伸|推荐|推薦|更多)(?:阅读|閱讀|新闻|新聞|报道|報導|文章)[】\]]?\s*[:：]"
)
_BARE_LABEL = re.compile(
    r"^[\s【\[]*(?:相关|相關|延伸|推荐|推薦|更多)(?:阅读|閱讀|新闻|新聞|报道|報導|文章|稿件|话题|話題)"
    r"[】\]]?\s*$"
)
_FIRST = frozenset("相延推更 \u3000【[")
_BARE_MAX = 8  # the label alone: "【相关报道】"
_BARE_ITEMS_MAX = 3
_NUMBERED = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]")
_BARE_ITEM_MAX = 100  # headlines run together on one line
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "…", "；", ";", "，", ",", "：", ":")
_ITEM_MAX = 80  # a line of one or two headlines typed one after the other
_ITEMS_MAX = 6  # headline lines under one label


def _headlines(text: str) -> bool:
    return 0 < len(text) <= _ITEM_MAX and SENTENCE_PUNCT.search(text) is None


def _bare_headline(text: str) -> bool:
    return (
        0 < len(text) <= _BARE_ITEM_MAX and "。" not in text and not text.endswith(_SENTENCE_ENDS)
    )


def cut_related_labels(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "related" a "相关阅读：X" line whose rest is headlines, and the headline lines
    right after it (see the module's doc)."""
    # the cheap test first, in one pass: the label (or its bracket) opens the line
    for i in [i for i, line in enumerate(lines) if line.text[:1] in _FIRST]:
        text = lines[i].text
        label = _LABEL.match(text)
        if label is None:
            if len(text) <= _BARE_MAX and _BARE_LABEL.match(text):
                _cut_bare_label(kinds, lines, i)
            continue
        if SENTENCE_PUNCT.search(text, label.end()):
            continue
        kinds[i] = (Kind.BAD, "related")
        for k in range(i + 1, min(len(lines), i + 1 + _ITEMS_MAX)):
            if kinds[k][0] is Kind.BAD or not _headlines(lines[k].text.strip()):
                break
            kinds[k] = (Kind.BAD, "related")


def _cut_bare_label(kinds: list[tuple[Kind, str]], lines: list[Line], i: int) -> None:
    """A bare label over headlines: it and the headline lines under it (see the module's
    doc); over anything else, nothing."""
    items = []
    for k in range(i + 1, min(len(lines), i + 1 + _BARE_ITEMS_MAX)):
        if kinds[k][0] is Kind.BAD:
            break
        text = lines[k].text.strip()
        if not _bare_headline(text) or _NUMBERED.match(text):
            break  # "2. X": the story's next numbered part, past the box
        items.append(k)
    if not items:
        return
    for k in (i, *items):
        kinds[k] = (Kind.BAD, RELATED_BOX)

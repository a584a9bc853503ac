"""Other stories' headlines typed into the story as text: "相关阅读：X" with the headline on the
label's own line, and more headlines on the lines after it, no link on any of them.

The list rules cut a related heading over links; a page that pastes the headlines as plain
paragraphs gives them nothing to cut. What tells them is the label and the headlines' form:
a headline has no sentence's punctuation, and the label opens its line with a colon. The
label's line and the unpunctuated lines right after it (until the first line with a
sentence's punctuation) are the related list, wherever in the story it stands. "相关链接："
is left alone: a newspaper's background box under that label is the story's text.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.vocab import SENTENCE_PUNCT

_LABEL = re.compile(
    r"^[\s【\[]*(?:相关|相關|延伸|推荐|推薦|更多)(?:阅读|閱讀|新闻|新聞|报道|報導|文章)[】\]]?\s*[:：]"
)
_FIRST = frozenset("相延推更 \u3000【[")
_ITEM_MAX = 80  # a line of one or two headlines typed one after the other
_ITEMS_MAX = 6  # headline lines under one label


def _headlines(text: str) -> bool:
    return 0 < len(text) <= _ITEM_MAX and SENTENCE_PUNCT.search(text) is None


def cut_related_labels(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "related" a "相关阅读：X" line whose rest is headlines, and the headline lines
    right after it (see the module's doc)."""
    # the cheap test first, in one pass: the label (or its bracket) opens the line
    for i in [i for i, line in enumerate(lines) if line.text[:1] in _FIRST]:
        text = lines[i].text
        label = _LABEL.match(text)
        if label is None or SENTENCE_PUNCT.search(text, label.end()):
            continue
        kinds[i] = (Kind.BAD, "related")
        for k in range(i + 1, min(len(lines), i + 1 + _ITEMS_MAX)):
            if kinds[k][0] is Kind.BAD or not _headlines(lines[k].text.strip()):
                break
            kinds[k] = (Kind.BAD, "related")

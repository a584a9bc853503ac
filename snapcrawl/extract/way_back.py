"""A portal's link back to itself ("返回搜狐，查看更多") set inside the story's last
paragraph: the site's control, glued to the story's words (and to a "文/X" byline before
it) in one line. It is dropped from the tree and the lines read again, so the paragraph
and its byline are read as the page wrote them. Only after a finished sentence or a long
line (a reference list's last item) or after a clause's or a label's mark ("…敢作敢当，",
"编辑：X"): after a caption's few words ("X与Y") the line as a whole is the picture's and
goes as it did;
alone on a line it is a UI phrase already (chrome_vocab.POST_PHRASES)."""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.dom import Line
from snapcrawl.extract.furniture import drop_element
from snapcrawl.extract.vocab import SENTENCE_END_MARKS

_END = "查看更多"  # every way-back link ends on it: one endswith per line first
_TAIL = re.compile(r"返回\S{1,8}[，,\s]\s*查看更多$")
_MAX_CHARS = 16
# A line this long before the link is a paragraph or a list's item (a work cited, "Roe J.
# A study of…"), however it ends: no caption's few words.
_LONG_BEFORE = 40
# A clause's or a label's marks before the link ("…陈耀明敢作敢当，", "转载自《X》", "编辑：X",
# "…就没女人什么事了吧…."): words of the story or a credit or notice its readers know, not a
# caption's few words ("X与Y") or a box's label ("你可能还感兴趣").
_CLAUSE_MARKS = "，,：:；;《》【】…"


def drop_glued_way_back(lines: list[Line]) -> bool:
    """Remove the way-back ``<a>`` from each line that ends in one after a finished
    sentence ("…的路。文/X返回搜狐，查看更多"); whether any was removed (the page's lines are
    then read again)."""
    dropped = False
    for line in lines:
        text = line.text
        if not text.endswith(_END) or (found := _TAIL.search(text)) is None:
            continue
        before = text[: found.start()]
        if (
            found.start() < _LONG_BEFORE
            and not any(mark in before for mark in SENTENCE_END_MARKS)
            and not any(mark in before for mark in _CLAUSE_MARKS)
        ):
            continue  # after a caption's few words the line goes whole, as it did
        for link in [el for el in line.owner.iter("a") if _is_way_back(el)]:
            drop_element(link)
            dropped = True
    return dropped


def _is_way_back(link: etree._Element) -> bool:
    text = "".join(link.itertext()).strip()
    return len(text) <= _MAX_CHARS and _TAIL.fullmatch(text) is not None

"""A card over the story: a strip of glued fields, or a box of counters, before its first prose.

A host sets facts of its own above a story, in whatever words its kind uses: a travel
guide's trip facts (出发时间：10月 行程天数：2天 人均花费：800元), a fundraiser's progress
(已筹 12.36万元 / 目标 30万元 / 1,847人次支持), a course's or a product's figures. Short lines
right before the prose are kept as the story's opening when nothing bad stands before them,
so these reached the body. What tells them is their shape, before the first prose line:

- a *field strip*: one line of three or more "label：value" fields and no clause in it (a
  story opens on a sentence, a dateline or a subhead, none of them a run of fields);
- a *counter box*: a block of two or more lines, each a short label and a figure (a count,
  an amount) and nothing else, no date among them;
- a *score line*: two sides and the score between them (青岚海港 2 - 1 南屿城), nothing else;
- a *dotted strip*: three or more short items set apart by middle dots or bars and no clause
  (第23轮 · 体育中心 · 观众 28,614), the host's facts strip of a match, a show, a product.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dates import find_dates
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind, first_good
from snapcrawl.extract.vocab import SENTENCE_END

_FIELD = r"[\u4e00-\u9fff]{2,6}\s*[:：︰]\s*[^:：︰，。；！？,;!?\s]{1,14}\s*"
_FIELD_STRIP = re.compile(rf"^(?:{_FIELD}){{3,8}}$")
_STRIP_MAX = 90
# "已筹 12.36万元", "1,847人次支持", "目标 30万元": a few words and one figure; the figure
# may be a time taken or a pace ("2:02:31 用时", "5'48\" 配速": a workout's or a race's card).
_FIGURE = r"(?:\d{1,2}(?::\d{2}){1,2}|\d{1,2}['′]\d{2}[\"″]?|\d[\d,.]*)"
_COUNTER = re.compile(
    rf"^[\u4e00-\u9fff]{{0,6}}\s*[¥￥$]?\s*{_FIGURE}\s*[万亿千百]?[\u4e00-\u9fff%]{{0,5}}$"
)
_COUNTER_MAX = 16
_BOX_MIN = 2
_SIDE = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·.\s]{1,15}"
_SCORE_LINE = re.compile(rf"^{_SIDE}?\s*\d{{1,3}}\s*[-–—:：比]\s*\d{{1,3}}\s*{_SIDE}$")
_DOT_SEP = r"\s*[·•|｜丨]\s*"
_DOT_STRIP = re.compile(
    rf"^[^·•|｜丨，。；！？;!?]{{1,20}}(?:{_DOT_SEP}[^·•|｜丨，。；！？;!?]{{1,20}}){{2,6}}$"
)
_DOT_MAX = 60


def is_field_strip(text: str) -> bool:
    """One line of three or more glued "label：value" fields and no clause."""
    return (
        len(text) <= _STRIP_MAX
        and _FIELD_STRIP.match(text) is not None
        and not SENTENCE_END.search(text)
    )


def _is_match_strip(text: str) -> bool:
    """A score line or a dotted strip of facts (see the module's doc)."""
    if len(text) > _DOT_MAX:
        return False
    if _SCORE_LINE.match(text):
        return True
    return (
        "·" in text or "|" in text or "｜" in text or "•" in text or "丨" in text
    ) and _DOT_STRIP.match(text) is not None


def _is_counter(line: Line) -> bool:
    text = line.text
    return len(text) <= _COUNTER_MAX and _COUNTER.match(text) is not None and not find_dates(text)


def cut_head_cards(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "ui" the field strips, counter boxes, score lines and dotted strips before
    the first prose line."""
    short = Kind.SHORT
    first = first_good(kinds, 0)
    i = 0
    while i < first:
        line = lines[i]
        if kinds[i][0] is not short or line.heading:
            i += 1
            continue
        text = line.text
        if is_field_strip(text):
            kinds[i] = (Kind.BAD, "ui")
            i += 1
            continue
        if _is_match_strip(text):
            kinds[i] = (Kind.BAD, "ui")
            i += 1
            continue
        box = line.owner.getparent()
        j = i
        while j < first and lines[j].owner.getparent() is box and _is_counter(lines[j]):
            j += 1
        if j - i >= _BOX_MIN and (j == first or lines[j].owner.getparent() is not box):
            for k in range(i, j):
                kinds[k] = (Kind.BAD, "ui")
        i = max(j, i + 1)

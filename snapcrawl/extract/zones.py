"""The zones of a page's lines that the metadata readers look in: where credits stand
(around the heading, the story's first and last lines, a footer just after it) and where the
meta line stands (between the heading and the story). Kept apart from the readers so that
every reader asks the same question the same way, and slices instead of filtering.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_pairs import credit_pair_at
from snapcrawl.extract.dom import Line
from snapcrawl.extract.furniture_lines import is_list_heading


def lines_between(lines: list[Line], low: int, high: int) -> list[Line]:
    """The lines whose index is in [low, high], sliced rather than filtered: the readers'
    lines are numbered by position (``walk.flatten``; ``glued_credit`` renumbers). Indexes
    only increase, so when both ends sit at their position every line between does too;
    any other list is filtered, with the same answer."""
    low, top = max(low, 0), min(high, len(lines) - 1)
    if low > top:
        return [ln for ln in lines if low <= ln.index <= high]  # empty when numbered
    if lines[low].index == low and lines[top].index == top:
        return lines[low : top + 1]
    return [ln for ln in lines if low <= ln.index <= high]


# "本文来自：海港新闻": a label and its value, a credit that may end in 新闻 as a list heading
# does; a heading's colon ends it ("相关新闻：").
_INNER_LABEL = re.compile(r"[^\s:：]\s*[:：]\s*[^\s:：]")


def credit_zone(lines: list[Line], body: list[Line], title_line: Line | None) -> list[Line]:
    """Where credits stand: around the heading, the story's first and last lines (and the
    page lines between them that the body left out, such as its credit lines), and the
    lines just after it (a 责任编辑 footer) — never the related lists further down."""
    first = body[0].index if body else 0
    last = body[-1].index if body else first
    start = title_line.index if title_line else max(0, first - 8)
    lead = _pictures_first(body)  # a photo strip over the story: its captions are not counted
    opening = body[min(len(body), 6 + lead) - 1].index if body else first
    closing = body[-min(len(body), 6)].index if body else last
    head = lines_between(lines, start - 2, max(opening, start))
    tail = lines_between(lines, max(closing, opening + 1), last + 12)
    for pos, line in enumerate(tail):  # a list heading (相关新闻) opens other stories' cards
        text = line.text
        if (
            line.index > last
            and is_list_heading(text)
            and not _INNER_LABEL.search(text)
            and not credit_pair_at(tail, pos)  # a grid's "图片" | "X": a role over its name
        ):
            tail = tail[:pos]
            break
    return head + tail


_PICTURE_BOX_MAX = 12  # captions of a photo strip over the story, at most
_PICTURE_TAGS = frozenset(("figure", "figcaption"))


def _in_picture_box(line: Line) -> bool:
    """A caption in a figure or in a slide of a photo strip (a class word naming a slide:
    slick-slide, swiper-slide, carousel-item), the block or one of the three above it."""
    for el in line.ancestors[:4]:
        if el.tag in _PICTURE_TAGS:
            return True
        cls = el.get("class")
        if cls and ("slide" in cls or "carousel" in cls):
            return True
    return False


def _pictures_first(body: list[Line]) -> int:
    """How many of the story's first lines are the captions of pictures set over it: the
    byline under a photo strip stands that many lines further down."""
    count = 0
    for line in body[:_PICTURE_BOX_MAX]:
        if not _in_picture_box(line):
            break
        count += 1
    return count


def head_zone(lines: list[Line], body: list[Line], title_line: Line | None) -> list[Line]:
    """The lines between the heading and the story: where the meta line stands."""
    first = body[0].index if body else 0
    start = title_line.index + 1 if title_line else max(0, first - 6)
    end = max(first, start) + 2  # the heading may open the selected block
    return [ln for ln in lines_between(lines, start, end - 1) if ln is not title_line]

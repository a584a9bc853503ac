"""A host's numbered rules: the terms a comment box prints under the story ("【1】留言限140字以內
…", "【2】與X報導內容無關…一律刪除。", … "【7】敬請網友遵守以上原則"), one rule an item.

Each item is a sentence of its own, and most name no page and no notice word ("留言限140字",
"請勿留下個人隱私資料"), so the notice rules take the one item that speaks as the host and
deletes or disclaims (a notice wherever it stands) and leave its neighbours as prose. What
ties them is the numbering: items numbered in one shape, one after another, with at most a
wrapped line or two between them, are one list. When one item of such a list is a notice
that stands anywhere, the list is the host's, and every item of it (and the lines an item
wraps onto) is a notice too. A story's own numbered points never hold such a notice, so
they are left as they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from snapcrawl.extract.dom import Line

# The item marks a list numbers its rules with: 【1】, [1], （1）, (1), 1、, 1. and ①. Only
# matched at a line's start (match, no scan), after a first-character test.
_MARK = re.compile(
    r"【(\d{1,2})】|\[(\d{1,2})\]|（(\d{1,2})）|\((\d{1,2})\)|(\d{1,2})(?:、|．|\.(?!\d))"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_WRAPPED = 2  # lines an item may wrap onto before the next item
_RUN_MIN = 3  # items in a list of rules


def _item(text: str) -> tuple[int, int] | None:
    """(mark shape, number) of a line that opens with an item mark, else ``None``."""
    head = text.lstrip()[:5]
    if not head:
        return None
    if head[0] in _CIRCLED:
        return _MARK.groups + 1, _CIRCLED.index(head[0]) + 1
    if not (head[0].isdigit() or head[0] in "【[（("):
        return None  # the cheap test: most lines open with neither
    match = _MARK.match(head)
    if match is None:
        return None
    shape = match.lastindex or 0
    return shape, int(match[shape])


def _neighbour(
    marks: list[tuple[int, int] | None], start: int, step: int, want: tuple[int, int]
) -> int | None:
    """Index of the item ``want`` within ``_WRAPPED`` lines of ``start`` in direction
    ``step``, the lines between it and ``start`` bearing no mark of their own."""
    for k in range(1, _WRAPPED + 2):
        j = start + step * k
        if not 0 <= j < len(marks):
            return None
        if marks[j] is not None:
            return j if marks[j] == want else None
    return None


def mark_rule_lists(lines: list[Line], is_notice: list[bool]) -> None:
    """Set ``is_notice`` for every item (and wrapped line) of a numbered list one of whose
    items is already a notice that stands anywhere; see the module's doc."""
    strong = list(is_notice)
    if not any(_item(lines[i].text) for i, flag in enumerate(strong) if flag):
        return  # no notice is an item of a list: most pages stop here
    marks = [_item(line.text) for line in lines]
    for i, mark in enumerate(marks):
        if mark is None or not strong[i]:
            continue
        shape = mark[0]
        first = last = i
        while (j := _neighbour(marks, first, -1, (shape, marks[first][1] - 1))) is not None:
            first = j
        while (j := _neighbour(marks, last, 1, (shape, marks[last][1] + 1))) is not None:
            last = j
        items = sum(1 for k in range(first, last + 1) if marks[k] is not None)
        if items < _RUN_MIN:
            continue
        for k in range(first, last + 1):
            is_notice[k] = True

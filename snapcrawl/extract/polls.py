"""A poll or a vote box in or beside the story: its question, its choices, its button and
its count of voters ("你怎么看？ ○支持 ○反对 投票 已有1203人参与").

What makes it one is its markup: a group of choice inputs (radio buttons or check boxes of
one ``name``) in a small box. The inputs are stripped with the other widgets, but their
labels and the question are text and would reach the body as short lines; so the box goes
whole, before the strip, while its inputs still say what it is. A box is small: its text
is a question and its choices, never the story (a page wrapped in one ``<form>`` puts its
whole story and every widget under one element, which is no box).
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

_CHOICE_TYPES = frozenset({"radio", "checkbox"})
_BOX_MAX_CHARS = 120  # visible characters of a question, its choices and its counter
_TOP = frozenset({"body", "html"})


def _chars(el: etree._Element) -> int:
    text = etree.tostring(el, method="text", encoding=str, with_tail=False)
    return len("".join(text.split()))


def _common_ancestor(items: list[etree._Element]) -> etree._Element | None:
    chain = list(items[0].iterancestors())
    for other in items[1:]:
        above = set(other.iterancestors())
        chain = [el for el in chain if el in above]
        if not chain:
            return None
    return chain[0]


def poll_boxes(inputs: Iterable[etree._Element]) -> list[etree._Element]:
    """The boxes holding a group of two or more choices of one name (unnamed choices are
    one group), widened to the smallest ancestor that is still a small box: the question
    often stands beside the list of choices, the voters' count under it."""
    groups: dict[str | None, list[etree._Element]] = {}
    for el in inputs:
        if (el.get("type") or "").strip().lower() in _CHOICE_TYPES:
            groups.setdefault(el.get("name"), []).append(el)
    boxes: list[etree._Element] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        box = _common_ancestor(group)
        if box is None or box.tag in _TOP or _chars(box) > _BOX_MAX_CHARS:
            continue
        while (parent := box.getparent()) is not None and parent.tag not in _TOP:
            if _chars(parent) > _BOX_MAX_CHARS:
                break
            box = parent
        boxes.append(box)
    return boxes

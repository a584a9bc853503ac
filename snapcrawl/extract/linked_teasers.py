"""Teasers printed twice: a list's cards whose plain text copies a link beside it.

A card of a category page or a topic archive links its teaser (the link cut short, "…Aga")
and prints the same words again unlinked (a hover box, a "read on" pane), so what reads as
prose is each card's teaser once more. A story does not open its paragraphs with the words
of a link standing right over or under them, paragraph after paragraph; a page may declare
itself an article (og:type, JSON-LD) on every template, its category pages too, so the
shape decides. Where at least ``BOXED_ITEMS`` of the long kept lines, and half of them,
repeat a link of ``_REACH`` lines around them, the page is a list.
"""

from __future__ import annotations

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line

_REACH = 6  # lines around a card's plain teaser where its linked copy stands
_SAME = 20  # characters both must open with: a teaser's first clause, no common phrase
_CUT_MARKS = ".…。 "


def _opening(text: str) -> str:
    return text.rstrip(_CUT_MARKS)[:_SAME]


def _copies_a_link(inside: list[Line], i: int) -> bool:
    line = inside[i]
    if line.chars < _SAME or line.link_chars:
        return False
    head = line.text[:_SAME]
    lo, hi = max(0, i - _REACH), min(len(inside), i + _REACH + 1)
    for other in inside[lo:hi]:
        if other.is_link and other.chars >= _SAME and _opening(other.text) == head:
            return True
    return False


def linked_teasers(inside: list[Line], long_kept: list[int]) -> bool:
    """Whether most long kept lines copy the opening of a link a few lines away."""
    if len(long_kept) < thresholds.BOXED_ITEMS or not any(ln.is_link for ln in inside):
        return False
    count = sum(1 for i in long_kept if _copies_a_link(inside, i))
    return count >= thresholds.BOXED_ITEMS and count >= thresholds.BOXED_SHARE * len(long_kept)

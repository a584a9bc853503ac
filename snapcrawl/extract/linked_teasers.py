"""List cards read as a story: teasers printed twice, or one card of a stream kept alone.

A card of a category page or a topic archive links its teaser (the link cut short, "…Aga")
and prints the same words again unlinked (a hover box, a "read on" pane), so what reads as
prose is each card's teaser once more. A story does not open its paragraphs with the words
of a link standing right over or under them, paragraph after paragraph; a page may declare
itself an article (og:type, JSON-LD) on every template, its category pages too, so the
shape decides. Where at least ``BOXED_ITEMS`` of the long kept lines, and half of them,
repeat a link of ``_REACH`` lines around them, the page is a list.
"""

from __future__ import annotations

from itertools import pairwise

from lxml import etree

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
    if len(long_kept) < thresholds.BOXED_ITEMS:
        return False
    # Cards' linked teasers first: a story's block holds few long links (most pages stop here).
    if sum(1 for ln in inside if ln.is_link and ln.chars >= _SAME) < thresholds.BOXED_ITEMS:
        return False
    count = sum(1 for i in long_kept if _copies_a_link(inside, i))
    return count >= thresholds.BOXED_ITEMS and count >= thresholds.BOXED_SHARE * len(long_kept)


def _card_title(line: Line) -> bool:
    low, high = thresholds.ITEM_TITLE_CHARS
    return line.is_link and bool(line.heading) and low <= line.chars <= high


def _led_teasers(lines: list[Line]) -> list[Line]:
    """Prose lines right under a headline link: the teasers of a stream's cards."""
    return [
        line
        for prev, line in pairwise(lines)
        if _card_title(prev)
        and not line.is_link
        and line.punct
        and line.chars >= thresholds.ITEM_PROSE_CHARS
    ]


def one_card_of_many(lines: list[Line], kept: list[Line], container: etree._Element | None) -> bool:
    """Whether the body kept is one card's teaser of a stream of cards: every long kept line
    sits right under a headline link, and the block the selection cut it from (a series of
    dated entries is cut to its first, entries.py) holds at least ``BOXED_ITEMS`` such
    cards. A blog's or a forum's first entry is its post: a post's text runs on, where a
    card's teaser stops short (``STRONG_PROSE_CHARS``), and a reply's heading is a name and
    a date, no headline link."""
    long = [ln for ln in kept if ln.chars >= thresholds.ITEM_PROSE_CHARS]
    if container is None or not long:
        return False
    if sum(ln.chars for ln in kept) >= thresholds.STRONG_PROSE_CHARS:
        return False
    pos = {id(ln): i for i, ln in enumerate(lines)}
    if not all(pos[id(ln)] > 0 and _card_title(lines[pos[id(ln)] - 1]) for ln in long):
        return False
    block = [ln for ln in lines if container in ln.ancestors]
    teasers = _led_teasers(block)
    return len(teasers) >= thresholds.BOXED_ITEMS and all(
        any(t is ln for t in teasers) for ln in long
    )

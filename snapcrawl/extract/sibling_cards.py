"""One card of a tag page's stream, chosen as the body: its element has card siblings.

A tag or topic page ("性別重置手術 - 關鍵評論網") lists its stories as cards, each a box of
one class holding a headline link, a meta line (date, channel, author) and a teaser cut to
three lines. Body selection may take the card with the longest teaser; its box holds the
teaser alone (the headline and meta line sit in their own elements), so nothing in the
kept lines looks like a list, and the page came out as one teaser under the tag's name.
The box tells: it, or an element over it, is one of at least ``BOXED_ITEMS`` siblings of
the same tag and class, each holding a headline link over a teaser. A story's paragraphs
are no such boxes, and a thread's posts open on a poster's name, no headline link; a
story's own text runs on past a card's (``STRONG_PROSE_CHARS``).
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.body import Selection
from snapcrawl.extract.dom import Line

_LEVELS = 4  # elements over the chosen box where the card's own box may stand
_TEASER_REACH = 2  # lines under the headline link where the teaser stands (a meta line between)


def one_of_sibling_cards(lines: list[Line], selection: Selection) -> bool:
    """Whether the kept body is one card's teaser in a run of sibling cards (see module)."""
    container = selection.container
    kept = selection.kept
    if container is None or not kept:
        return False
    if sum(line.chars for line in kept) >= thresholds.STRONG_PROSE_CHARS:
        return False
    box = container
    for _ in range(_LEVELS):
        parent = box.getparent()
        if parent is None:
            return False
        kind = box.get("class")
        if kind:
            same = [el for el in parent if el.tag == box.tag and el.get("class") == kind]
            if len(same) >= thresholds.BOXED_ITEMS and _titled_cards(lines, parent, same, box):
                return True
        box = parent
    return False


def _titled_cards(
    lines: list[Line], parent: etree._Element, same: list[etree._Element], box: etree._Element
) -> bool:
    """At least ``BOXED_ITEMS`` of the sibling boxes, ``box`` among them, each hold a
    headline link with a teaser under it."""
    under = [line for line in lines if parent in line.ancestors]
    titled = set()
    for i, line in enumerate(under):
        if not _headline_link(line):
            continue
        card = next((el for el in same if el in line.ancestors), None)
        if card is None or id(card) in titled:
            continue
        for after in under[i + 1 : i + 1 + _TEASER_REACH]:
            if card not in after.ancestors:
                break
            if _teaser(after):
                titled.add(id(card))
                break
    return id(box) in titled and len(titled) >= thresholds.BOXED_ITEMS


def _headline_link(line: Line) -> bool:
    low, high = thresholds.ITEM_TITLE_CHARS
    return line.is_link and bool(line.heading) and low <= line.chars <= high


def _teaser(line: Line) -> bool:
    return not line.is_link and bool(line.punct) and line.chars >= thresholds.ITEM_PROSE_CHARS

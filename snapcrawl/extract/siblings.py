"""An article split across sibling containers: read as one.

Blog and note templates put a post's parts in sibling elements of one kind
(``<div class="show-content">`` … an advert or a recommendation box … ``<div
class="show-content">``). Container choice picks the element with the most prose for the
least link text, and the box between the parts can cost their common parent more than the
smaller part adds, so only the larger part was kept.

A sibling of the chosen container with the same tag and class that carries prose of its
own (more than its link text) is the article's next part: the body is read from the
container and those siblings, never from what stands between them. Siblings that open or
close with a date and a time of day are entries (a thread's replies, comments), not parts.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.blocks import time_stamped
from snapcrawl.extract.dom import Line, lines_by_child
from snapcrawl.extract.entries import prose_chars

# Parts are sections of a page; sibling table cells and list items are columns and items.
PART_TAGS = frozenset({"div", "section", "article"})


def _dated(lines: list[Line]) -> bool:
    reach = thresholds.ENTRY_STAMP_REACH
    return any(time_stamped(line) for line in lines[:reach] + lines[-reach:])


def merge_siblings(lines: list[Line], container: etree._Element, inside: list[Line]) -> list[Line]:
    """``inside`` with the lines of the container's sibling parts, in page order."""
    parent = container.getparent()
    if parent is None or not inside or container.tag not in PART_TAGS:
        return inside
    kind = (container.tag, container.get("class"))
    parts = [
        el
        for el in parent
        if el is not container and isinstance(el.tag, str) and (el.tag, el.get("class")) == kind
    ]
    if not parts:
        return inside
    by_part = lines_by_child(lines, parent, parts)
    if _dated(inside):
        return inside
    merged = list(inside)
    for part_lines in by_part.values():
        prose = prose_chars(part_lines, outside_furniture=True)
        links = sum(line.link_chars for line in part_lines)
        if prose >= thresholds.SIBLING_PART_PROSE and links < prose and not _dated(part_lines):
            merged += part_lines
    if len(merged) == len(inside):
        return inside
    return sorted(merged, key=lambda line: line.index)

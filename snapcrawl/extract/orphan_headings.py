"""A heading left over the links it headed ("同公司其他公告" over two removed announcements).

A box of related links after (or inside) the story has a heading of its own, worded as the
host likes; its links go as links, and the heading, a short line, would reach the body on
its own. What tells it is not its words but what stands under it: in its own box, nothing
but lines already removed as links or list items, and no prose after them in that box. A
subhead of the story heads prose in the story's block.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_LISTED = frozenset({"links", "list_item", "teaser"})


def cut_orphan_headings(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "list_section" a heading whose box holds only removed links after it."""
    n = len(lines)
    for i, line in enumerate(lines):
        if not line.heading or kinds[i][0] is not Kind.SHORT:
            continue
        box = line.owner.getparent()
        if box is None:
            continue
        j = i + 1
        while j < n and box in lines[j].ancestors and kinds[j][1] in _LISTED:
            j += 1
        if j == i + 1:
            continue
        if j < n and box in lines[j].ancestors:
            continue  # more than links under it in its box: a section of the story
        kinds[i] = (Kind.BAD, "list_section")

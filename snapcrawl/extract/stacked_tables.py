"""A story laid out as a stack of sibling tables: read the run of them as one body.

Newsletter (eDM) pages and table-built templates put each block of a story in a table
of its own (``<table class="">…<td>paragraph</td>…</table>`` under one cell, then a table
holding a picture, then the next block's table), so the best container is one block of a
few paragraphs several levels down, too deep for ``widen_thin`` to reach the stack, and
only that block was kept.

When the chosen container is that small, the nearest table above it whose parent holds
other tables of its own kind is one block of a stack. The body is read from the run of
blocks around it: a block with prose of its own (sentences, more than its link text, no
time stamp at its edge: not an entry) joins, a block with little text (a picture, its
caption, a divider) is passed over into the run, and the first block with text but no
prose (a list of links, a programme's box of dates) ends the run on that side.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.blocks import time_stamped
from snapcrawl.extract.dom import Line, lines_by_child
from snapcrawl.extract.entries import prose_chars
from snapcrawl.extract.vocab import SENTENCE_END

STACK_LEVELS = 8  # how far above the container the block of a stack is looked for
STACK_BLOCK_LINES = 8  # a block of a stack holds a few paragraphs; a longer container is the story
SMALL_BLOCK_CHARS = 60  # a block with no more text than this is a picture's, passed over
STACK_BLOCK_PROSE = 20  # a block of one sentence is the story's: its block says it is one


def _block_of(container: etree._Element) -> etree._Element | None:
    """The nearest table at or above the container that has a sibling table of its kind."""
    for level, el in enumerate(container.iterancestors()):
        if level >= STACK_LEVELS:
            return None
        if el.tag != "table":
            continue
        parent = el.getparent()
        if parent is None:
            return None
        kind = el.get("class")
        if any(sib is not el and sib.tag == "table" and sib.get("class") == kind for sib in parent):
            return el
    return None


def _joins(block_lines: list[Line]) -> bool | None:
    """True: a block of the story; None: a small block passed over; False: ends the run."""
    prose = prose_chars(block_lines, outside_furniture=True)
    links = sum(line.link_chars for line in block_lines)
    if (
        prose >= STACK_BLOCK_PROSE
        and links < prose
        and any(SENTENCE_END.search(line.text) for line in block_lines if not line.is_link)
    ):
        edge = thresholds.ENTRY_STAMP_REACH
        stamped = any(time_stamped(line) for line in block_lines[:edge] + block_lines[-edge:])
        return not stamped
    if sum(line.chars for line in block_lines) <= SMALL_BLOCK_CHARS:
        return None
    return False


def merge_stacked(
    lines: list[Line], container: etree._Element, inside: list[Line]
) -> tuple[etree._Element, list[Line]]:
    """The stack's parent and the run's lines, or the container and ``inside`` as given."""
    if not inside or len(inside) > STACK_BLOCK_LINES:
        return container, inside
    block = _block_of(container)
    if block is None:
        return container, inside
    parent = block.getparent()
    kind = block.get("class")
    blocks = [el for el in parent if isinstance(el.tag, str)]
    by_block = lines_by_child(lines, parent, blocks)
    at = blocks.index(block)
    joined: list[etree._Element] = []
    for step in (-1, 1):
        passed: list[etree._Element] = []
        pos = at + step
        while 0 <= pos < len(blocks):
            el = blocks[pos]
            own = by_block[el]
            if el.tag != "table" or el.get("class") != kind:
                if own:
                    break
                pos += step
                continue
            verdict = _joins(own)
            if verdict is False:
                break
            passed.append(el)
            if verdict:
                joined += passed
                passed = []
            pos += step
    if not joined:
        return container, inside
    keep = {id(line) for el in [block, *joined] for line in by_block[el]}
    keep.update(id(line) for line in inside)
    merged = [line for line in lines if id(line) in keep]
    return parent, merged

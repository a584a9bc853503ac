"""The other cells of a story's meta row: "新湖南 • 五环聚焦" beside "阅读：39187" and
"2024-08-10 14:09:33", each in a box of its own under one parent.

The row's date cell is a stamp and its counter is UI: both go. The cell naming the outlet
and its channel is a short line with no sentence in it, which, right under the headline,
would stay as the story's first line (a short run after prose stays: a sign-off's place).
Its parent holding a stamp or a counter cell says it is the row's: it goes with them (the
source reader reads the page's lines, not the body's, and still finds it).
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.vocab import SENTENCE_PUNCT

_HEAD_LINES = 8  # the meta row stands among the container's first lines
_CELL_MAX = 16  # "新湖南 • 五环聚焦": an outlet and a channel
_REACH = 3  # the row's other cells stand this close
_ROW_REASONS = ("list_item", "ui")


def cut_meta_row_cells(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark as meta the short cells that share a parent with the row's stamp or counter."""
    head = min(len(lines), _HEAD_LINES)
    for i in range(head):
        line = lines[i]
        if (
            kinds[i][0] is not Kind.SHORT
            or line.chars > _CELL_MAX
            or line.heading
            or SENTENCE_PUNCT.search(line.text)
        ):
            continue
        parent = line.owner.getparent()
        if parent is None or line.owner.tag == "p":
            continue  # a paragraph is the story's flow, not a row's cell
        near = range(max(0, i - _REACH), min(len(lines), i + _REACH + 1))
        siblings = [j for j in near if j != i and lines[j].owner.getparent() is parent]
        if any(kinds[j][0] is Kind.GOOD for j in siblings):
            continue  # the parent holds prose: the story's box, with a date line in it
        if any(kinds[j][1] in _ROW_REASONS and lines[j].owner is not line.owner for j in siblings):
            kinds[i] = (Kind.BAD, "meta")

"""A table past the story's last sentence that holds a cell already read as the host's UI.

A story's table (a quake's parameters, a match's figures) holds the story's data, and no
cell of it reads as a control or a counter. A forum's rating table under a post ("参与人数
3" | "威望 +6" | "金钱 +30", then the raters' names and their "+2 赞一个！"), a shop's or a
vote's grid, holds the host's figures: one cell reads as a counter (ui_shapes), and its other
cells are as short, with no clause in them. So when one cell of a table past the story's
last sentence was read as UI and every other cell is a short line with no clause, the table
is the host's and all its cells go.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.tail_strangers import ends_sentence
from snapcrawl.extract.vocab import SENTENCE_END, TABLE_CELLS

_CELL_MAX = 16  # a figure, a name, a word of thanks: no row of data prose


def _short_cell(line: Line) -> bool:
    return line.chars <= _CELL_MAX and not SENTENCE_END.search(line.text.rstrip("！!"))


def cut_tainted_tables(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "ui" the cells of a table past the story holding a UI cell (see the doc)."""
    bad = Kind.BAD
    n = len(kinds)
    seen: list[object] = []
    for k in range(n):
        if kinds[k] != (bad, "ui") or lines[k].owner.tag not in TABLE_CELLS:
            continue
        table = next((a for a in lines[k].ancestors if a.tag == "table"), None)
        if table is None or any(t is table for t in seen):
            continue
        seen.append(table)
        inside = [any(a is table for a in line.ancestors) for line in lines]
        members = [i for i in range(n) if inside[i]]
        # past the story: prose before the table, no sentence of the story after it
        if not any(kinds[i][0] is Kind.GOOD for i in range(members[0])):
            continue
        outside = [i for i in range(members[0], n) if not inside[i]]
        if any(kinds[i][0] is Kind.GOOD and ends_sentence(lines[i].text) for i in outside):
            continue
        if all(kinds[i][0] is bad or _short_cell(lines[i]) for i in members):
            for i in members:
                kinds[i] = (bad, "ui")

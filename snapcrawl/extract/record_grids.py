"""A record's grid over the story: "索引号：| 1136…/2024-08215 | 文号：| 宁教字〔2024〕56号".

An information-disclosure page (a bureau's notice, a court's, a company's filing) sets the
document's record above its text as a table of label cells and value cells: index number,
category, issuing body, document number, dates. Each value stands in a cell of its own, so
no row reads as "label：value" and the field-row cut passes it by. What tells it is its shape
and place: before the story's first prose line, a table every row of which pairs a label
cell (a few characters and a colon, or a header cell) with a short value cell. A story's
data table stands among its prose, and its cells are figures under headers, not labels.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind, first_good
from snapcrawl.extract.vocab import TABLE_CELLS

_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：︰]?$")
_COLON = ("：", ":", "︰")
_VALUE_MAX = 60  # a record's value: a number, a name, a date
_MIN_LABELS = 3  # a record names several fields


def _cell_text(cell: etree._Element) -> str:
    return "".join(cell.itertext()).strip()


def _is_record_grid(table: etree._Element) -> bool:
    labels = 0
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in TABLE_CELLS]
        if not cells or len(cells) % 2:
            return False
        for label, value in zip(cells[::2], cells[1::2], strict=True):
            name = _cell_text(label)
            if not _LABEL.match(name) or not (name.endswith(_COLON) or label.tag == "th"):
                return False
            if len(_cell_text(value)) > _VALUE_MAX:
                return False
            labels += 1
    return labels >= _MIN_LABELS


def cut_record_grids(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "ui" the lines of a record's grid before the first prose line."""
    first = first_good(kinds, 0)
    judged: dict[etree._Element, bool] = {}
    for i in range(first):
        owner = lines[i].owner
        if owner.tag not in TABLE_CELLS:
            continue
        table = next(owner.iterancestors("table"), None)
        if table is None:
            continue
        grid = judged.get(table)
        if grid is None:
            grid = judged[table] = _is_record_grid(table)
        if grid:
            kinds[i] = (Kind.BAD, "ui")

"""Credits set as columns: a row of roles alone over a row of as many names ("记者 / 编辑 /
校对" | "X / Y / Z", "文字　摄影　编辑" | "X　Y　Z"). Neither row says who did what alone; the
column does, each role over its name, as a table's header over its cells. The body drops
both rows as credits (a row of role labels, a row of names beside it); this reads them as
the "role：name" credits the author and editor readers know.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.credit_values import role_label_alone
from snapcrawl.extract.simplified import read_simplified

_CELL_SPLIT = re.compile(r"\s*[/／|｜丨·•、]\s*|\s+")
_ROW_MAX = 40  # a crew of up to six, one row


def _cells(text: str) -> list[str]:
    return [cell for cell in _CELL_SPLIT.split(text.strip()) if cell]


def column_reading(roles: str, names: str) -> str | None:
    """The credits a row of ``roles`` over a row of ``names`` makes ("记者：X　编辑：Y"), or
    ``None`` unless the first row is only two roles or more and the second as many names."""
    if len(roles) > _ROW_MAX or len(names) > _ROW_MAX:
        return None
    heads = _cells(roles)
    if len(heads) < 2:
        return None
    people = _cells(names)
    if len(people) != len(heads) or not all(is_name(name) for name in people):
        return None
    if not all(role_label_alone(read_simplified(head)) for head in heads):
        return None
    return "　".join(f"{head}：{name}" for head, name in zip(heads, people, strict=True))

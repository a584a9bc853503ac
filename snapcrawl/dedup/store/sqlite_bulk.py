"""Bulk inserts: many rows in one ``INSERT ... VALUES (...), (...)`` statement.

``executemany`` steps one statement per row; a statement of a few hundred rows
binds the same values but runs the statement machinery once for all of them,
~25 % less time for the SQLite store's batch of band rows. SQLite allows 32,766
parameters a statement (since 3.32); a statement here has at most ``_MAX_PARAMS``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import cache

_MAX_PARAMS = 800


@cache
def _sql(head: str, width: int, count: int) -> str:
    row = "(" + ", ".join(["?"] * width) + ")"
    return f"{head} VALUES " + ", ".join([row] * count)


def insert_flat(db: sqlite3.Connection, head: str, width: int, flat: Sequence[object]) -> None:
    """Run ``head VALUES ...`` (e.g. ``INSERT INTO t (a, b)``) on rows of ``width``
    values laid end to end in ``flat``."""
    rows = _MAX_PARAMS // width
    step = rows * width
    whole = len(flat) // step * step
    if whole:
        db.executemany(_sql(head, width, rows), [flat[i : i + step] for i in range(0, whole, step)])
    if whole < len(flat):
        db.execute(_sql(head, width, (len(flat) - whole) // width), flat[whole:])

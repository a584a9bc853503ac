"""The SQLite store's LSH band rows, in two tables so that adding one stays cheap as it grows.

Band keys are random 64-bit numbers, so a batch's new rows land on random pages
of the ``(key, doc)`` B-tree. Once that tree is much larger than the batch, every
row dirties a page of its own, and each commit writes a 4 KiB page to the WAL
(and the checkpoint writes it again) for a 20-byte row: at 200,000 documents the
store wrote 63 KB per document, and slowed down as it grew (measured in
``benchmarks/dedup/phases.py``).

So new rows go to ``bands_recent``, a small tree that stays in the page cache:
a batch dirties few of its pages. When ``bands_recent`` holds the rows of
``MERGE_DOCS`` documents, one transaction moves them into ``bands`` in key order
(each page of ``bands`` is then written at most once for all of them) and
empties it. Lookups read both trees. The meta row ``bands_merged_below`` is the
first document id whose rows may still be in ``bands_recent``.

A file made before ``bands_recent`` existed has all its rows in ``bands``: it
gets the empty table on open and works as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from functools import cache

MERGE_DOCS = 32_768  # documents: ~520,000 rows, ~15 MiB of bands_recent before a merge

SCHEMA = """
CREATE TABLE IF NOT EXISTS bands (
    key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bands_recent (
    key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)
) WITHOUT ROWID;
"""

_MERGED = "bands_merged_below"


@cache
def _lookup_sql(count: int) -> str:
    """Band rows (key, doc, url, sig) of ``count`` keys in both trees; url is NULL when
    the doc is gone (a dead owner's or a replaced pending entry)."""
    keys = ", ".join(f"?{i}" for i in range(1, count + 1))
    return (
        "SELECT b.key, b.doc, d.url, d.sig FROM ("
        f"SELECT key, doc FROM bands WHERE key IN ({keys})"
        f" UNION ALL SELECT key, doc FROM bands_recent WHERE key IN ({keys})"
        ") b LEFT JOIN docs d ON d.id = b.doc"
    )


def lookup(db: sqlite3.Connection, keys: list[int]) -> sqlite3.Cursor:
    """The rows of ``keys``: (key, doc, url, sig)."""
    return db.execute(_lookup_sql(len(keys)), keys)


def drop(db: sqlite3.Connection, rows: list[tuple[int, int]]) -> None:
    """Delete stale (key, doc) rows from whichever tree holds them."""
    db.executemany("DELETE FROM bands WHERE key = ? AND doc = ?", rows)
    db.executemany("DELETE FROM bands_recent WHERE key = ? AND doc = ?", rows)


def insert(db: sqlite3.Connection, rows: list[tuple[int, int]]) -> None:
    """Add (key, doc) rows to ``bands_recent``, in key order (neighbours share pages)."""
    rows.sort()
    db.executemany("INSERT OR IGNORE INTO bands_recent VALUES (?, ?)", rows)


def merge_if_due(db: sqlite3.Connection, next_id: int) -> bool:
    """Move ``bands_recent`` into ``bands`` once it holds ``MERGE_DOCS`` documents' rows
    (documents with ids up to ``next_id``); in the caller's write transaction."""
    row = db.execute("SELECT value FROM meta WHERE name = ?", (_MERGED,)).fetchone()
    merged_below = int(row[0]) if row else 0
    if next_id - merged_below < MERGE_DOCS:
        return False
    # a WITHOUT ROWID table is read in key order: the inserts walk bands' pages once
    db.execute("INSERT OR IGNORE INTO bands SELECT key, doc FROM bands_recent")
    db.execute("DELETE FROM bands_recent")
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_MERGED, str(next_id)))
    return True


def all_keys(db: sqlite3.Connection) -> Iterator[int]:
    """Every band key in the file (for filling the key filter)."""
    for table in ("bands", "bands_recent"):
        for (key,) in db.execute(f"SELECT key FROM {table}"):  # noqa: S608 - fixed names
            yield key

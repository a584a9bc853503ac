"""The SQLite store's LSH band rows, in three trees so that adding one stays cheap as it grows.

Band keys are random 64-bit numbers, so a batch's new rows land on random pages
of a ``(key, doc)`` B-tree. Once the tree is much larger than the batch, each row
dirties a page of its own: the commit writes a 4 KiB page to the WAL (and the
checkpoint writes it again) for a 20-byte row, and reads it first when it is
not cached. With one tree the store read 70 KB and wrote 98 KB per document at
300,000 documents, and slowed down as it grew (``benchmarks/dedup/phases.py``).

So the rows live in levels, as in a log-structured merge tree: new rows go to
``bands_recent``, small enough that a batch dirties few of its pages. When it
holds the rows of ``LEVELS[0]`` documents, one statement moves them into
``bands_mid`` in key order (each page of the target written once for all of
them); when ``bands_mid`` holds ``LEVELS[1]`` documents' rows, they move into
``bands`` the same way. Each row is thus written three times, always with many
others on the same page. Lookups read the three trees in one query. The meta
rows ``bands_since:<table>`` hold the first document id whose rows may be in that
table or a newer one.

A file made when ``bands`` was the only tree (before 2026-12-05) gets the two
empty ones on open and works as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import chain

import numpy as np

from snapcrawl.dedup.store.sqlite_bulk import insert_flat

TABLES = ("bands_recent", "bands_mid", "bands")  # newest first
# documents whose rows a level holds before they move to the next one:
# ~4,000 documents are ~65,000 rows (~2 MiB); ~65,000 are ~1,000,000 rows (~30 MiB)
LEVELS = [4_096, 65_536]

SCHEMA = "".join(
    f"""
CREATE TABLE IF NOT EXISTS {table} (
    key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)
) WITHOUT ROWID;"""
    for table in TABLES
)


@cache
def _lookup_sql(count: int) -> str:
    """Band rows (key, doc, url, sig) of ``count`` keys in every tree; url is NULL when
    the doc is gone (a dead owner's or a replaced pending entry)."""
    keys = ", ".join(f"?{i}" for i in range(1, count + 1))
    union = " UNION ALL ".join(
        f"SELECT key, doc FROM {table} WHERE key IN ({keys})" for table in TABLES
    )
    return f"SELECT b.key, b.doc, d.url, d.sig FROM ({union}) b LEFT JOIN docs d ON d.id = b.doc"


def lookup(db: sqlite3.Connection, keys: list[int]) -> sqlite3.Cursor:
    """The rows of ``keys``: (key, doc, url, sig). The SQL names each key ``?N`` so that
    the three trees share one set of bindings; numbered names take a mapping (a sequence
    is deprecated in Python 3.12 and an error from 3.14)."""
    return db.execute(_lookup_sql(len(keys)), {str(i): key for i, key in enumerate(keys, 1)})


def drop(db: sqlite3.Connection, rows: list[tuple[int, int]]) -> None:
    """Delete stale (key, doc) rows from whichever tree holds them."""
    for table in TABLES:
        db.executemany(f"DELETE FROM {table} WHERE key = ? AND doc = ?", rows)


def insert(db: sqlite3.Connection, docs: Sequence[int], keys: Sequence[Sequence[int]]) -> None:
    """Add the band rows of ``docs`` (``keys[i]`` those of ``docs[i]``) to the newest
    tree, in key order (neighbours share pages).

    Sorted and laid out as (key, doc) pairs with numpy: sorting a list of
    tuples and flattening it cost more than the inserts themselves.
    """
    counts = np.fromiter(map(len, keys), dtype=np.intp, count=len(keys))
    flat_keys = np.fromiter(chain.from_iterable(keys), dtype=np.int64, count=int(counts.sum()))
    order = np.argsort(flat_keys, kind="stable")  # equal keys keep doc order
    rows = np.empty((order.size, 2), dtype=np.int64)
    rows[:, 0] = flat_keys[order]
    rows[:, 1] = np.repeat(np.asarray(docs, dtype=np.int64), counts)[order]
    insert_flat(db, f"INSERT OR IGNORE INTO {TABLES[0]}", 2, rows.ravel().tolist())


def merge_if_due(db: sqlite3.Connection, next_id: int) -> list[str]:
    """Move each level that is full into the next one (documents up to ``next_id``
    exist); in the caller's write transaction. Returns the tables moved."""
    since = dict(db.execute("SELECT name, value FROM meta WHERE name LIKE 'bands_since:%'"))
    moved = []
    for level, limit in enumerate(LEVELS):
        # the level holds documents [first, next_id) less those of the newer levels
        table, target = TABLES[level], TABLES[level + 1]
        first = int(since.get(f"bands_since:{table}", 0))
        if next_id - first < limit:
            break  # not full: then the older levels have not grown since they were checked
        # a WITHOUT ROWID table is read in key order: the inserts walk the target once
        db.execute(f"INSERT OR IGNORE INTO {target} SELECT key, doc FROM {table}")
        db.execute(f"DELETE FROM {table}")
        db.execute(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"bands_since:{table}", str(next_id))
        )
        moved.append(table)
    return moved


def all_keys(db: sqlite3.Connection) -> Iterator[int]:
    """Every band key in the file (for filling the key filter)."""
    for table in TABLES:
        for (key,) in db.execute(f"SELECT key FROM {table}"):
            yield key

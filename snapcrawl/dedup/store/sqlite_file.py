"""How the embedded store's SQLite file is opened and laid out: its tables, its
pragmas, and the retry two processes creating the file at once need.

Kept apart from :mod:`~snapcrawl.dedup.store.sqlite`, whose one idea is the store's
check-and-add protocol; this module is what a reader opening the file by hand (``sqlite3
dedup.sqlite``) needs to know.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from snapcrawl.dedup.store import sqlite_bands

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS owners (
    owner TEXT PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL, started REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url_key INTEGER NOT NULL,
    url TEXT NOT NULL,
    exact INTEGER NOT NULL,
    sig BLOB NOT NULL,
    run_id TEXT NOT NULL,
    owner TEXT,
    added REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_url_key ON docs (url_key);
CREATE INDEX IF NOT EXISTS docs_exact ON docs (exact);
CREATE INDEX IF NOT EXISTS docs_pending ON docs (owner) WHERE owner IS NOT NULL;
"""
    + sqlite_bands.SCHEMA
)


def open_database(path: str, *, busy_timeout: float, cache_mib: int) -> sqlite3.Connection:
    """A connection to the store's file (or memory, for ``":memory:"``) in WAL mode,
    with the schema created. Autocommit (``isolation_level=None``): the store opens its
    own transactions, held across a batch of checks."""
    memory = path == ":memory:"
    db = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    if not memory:
        retry_busy(lambda: db.execute("PRAGMA journal_mode=WAL"), busy_timeout)
    db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable at checkpoints
    db.execute("PRAGMA wal_autocheckpoint=10000")  # pages: checkpoint less often
    # negative: KiB, not pages; the page cache is most of the store's memory
    db.execute(f"PRAGMA cache_size={-1024 * int(cache_mib)}")
    db.execute("PRAGMA journal_size_limit=67108864")  # bytes: a merge's WAL shrinks
    retry_busy(lambda: db.executescript(SCHEMA), busy_timeout)
    return db


def retry_busy(step: Callable[[], object], timeout: float) -> None:
    """Run a setup step, again while the file is busy: when two processes create
    the file at once, SQLite reports one's switch to WAL busy without waiting."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as error:
            busy = error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
            if not busy or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)

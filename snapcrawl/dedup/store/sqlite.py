"""The embedded store: one SQLite file (WAL), shared by the processes of one host.

Every ``check_and_add`` runs inside a ``BEGIN IMMEDIATE`` transaction, so
processes that share the file are serialised by SQLite's write lock (waiting up
to ``busy_timeout`` seconds) and never both keep one story. The transaction is
held across checks and committed after ``batch_checks`` checks or
``batch_seconds`` (see :mod:`~snapcrawl.dedup.store.sqlite_batch`): another
process sees this one's new entries up to ``batch_seconds`` late and waits at
most that long for the lock. A crash loses the batch's new entries, which
would have been discarded anyway; ``commit`` commits at once, synced to disk.

Pending entries belong to an *owner*: one open store, holding an ``flock`` on
``<file>.owners/<owner>.lock`` for as long as it lives. Opening the store discards
the pending entries of owners whose lock is free: their process died (or closed)
before committing, so those rows never reached Parquet and the stories must be
kept again by the next run. Locks live on the local file system: share a store
file between processes of one host only.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from snapcrawl.dedup.store.base import Verifier, WrittenLookup, check_params
from snapcrawl.dedup.store.sqlite_batch import WriteBatch
from snapcrawl.dedup.types import Entry, Verdict

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: owners are never presumed dead
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

_SCHEMA = """
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
CREATE TABLE IF NOT EXISTS bands (
    key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)
) WITHOUT ROWID;
"""


def url_key(url: str) -> int:
    """A signed 64-bit key for indexing URLs without storing them twice."""
    return int.from_bytes(hashlib.blake2b(url.encode(), digest_size=8).digest(), "big", signed=True)


@cache
def _lookup_sql(bands: int) -> str:
    """One query for a check: rows (kind, url, sig, doc, band), kind 0 URL, 1 exact, 2 band.

    Parameters: ?1 URL key, ?2 URL, ?3 exact hash, then the band keys. A band
    row whose document is gone (a dead owner's pending entry) has a NULL url.
    """
    sql = (
        "SELECT 0, url, NULL, NULL, NULL FROM docs WHERE url_key = ?1 AND url = ?2"
        " UNION ALL SELECT 1, url, NULL, NULL, NULL"
        " FROM (SELECT url FROM docs WHERE exact = ?3 LIMIT 1)"
    )
    if bands:
        keys = " OR ".join(f"b.key = ?{i}" for i in range(4, 4 + bands))
        sql += (
            " UNION ALL SELECT 2, d.url, d.sig, b.doc, b.key"
            f" FROM bands b LEFT JOIN docs d ON d.id = b.doc WHERE {keys}"
        )
    return sql


@cache
def _insert_bands_sql(bands: int) -> str:
    """Insert a document's band rows in one statement: ?1 the document, then the keys."""
    rows = ", ".join(f"(?{i}, ?1)" for i in range(2, 2 + bands))
    return f"INSERT OR IGNORE INTO bands VALUES {rows}"


class SQLiteStore:
    """A :class:`DedupStore` in one SQLite file, or in memory for ``":memory:"``."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        busy_timeout: float = 60.0,
        written: WrittenLookup | None = None,
        batch_checks: int = 4096,
        batch_seconds: float = 0.25,
    ) -> None:
        self.path = str(path)
        self._written = written
        self.owner = uuid.uuid4().hex
        self._lock_fd: int | None = None
        memory = self.path == ":memory:"
        if not memory:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        if not memory:
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable at checkpoints
        self._db.execute("PRAGMA wal_autocheckpoint=10000")  # pages: checkpoint less often
        self._db.execute("PRAGMA cache_size=-65536")  # KiB: at most 64 MiB per connection
        self._db.executescript(_SCHEMA)
        if not memory:
            self._lock_fd = self._take_owner_lock(self.owner)
        self._batch = WriteBatch(
            self._db,
            max_checks=batch_checks,
            max_seconds=batch_seconds,
            busy_timeout=busy_timeout,
            wal=None if memory else f"{self.path}-wal",
            queue=None if memory else f"{self.path}.owners",
        )
        with self._write():
            self._db.execute(
                "INSERT INTO owners VALUES (?, ?, ?, ?)",
                (self.owner, os.getpid(), socket.gethostname(), time.time()),
            )
            if not memory:
                self._discard_dead_owners()

    # -- DedupStore ---------------------------------------------------------------

    def bind(self, params: Mapping[str, int], *, lease_seconds: float) -> None:
        del lease_seconds  # owners, not leases, expire pending entries here
        with self._write():
            stored = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
            check_params(stored, params, f"at {self.path}")
            self._db.executemany(
                "INSERT OR IGNORE INTO meta VALUES (?, ?)",
                [(k, str(v)) for k, v in params.items()],
            )

    def check_and_add(self, entry: Entry, verify: Verifier) -> Verdict | None:
        batch = self._batch
        with batch.lock:
            batch.begin()
            verdict = self._check_and_add(entry, verify)
            batch.count()
        return verdict

    def commit(self, urls: Iterable[str]) -> int:
        rows = [(self.owner, url_key(url), url) for url in urls]
        with self._write(durable=True):
            before = self._db.total_changes
            self._db.executemany(
                "UPDATE docs SET owner = NULL WHERE owner = ? AND url_key = ? AND url = ?", rows
            )
            return self._db.total_changes - before

    def known_url(self, url: str) -> bool:
        with self._batch.lock:
            row = self._db.execute(
                "SELECT 1 FROM docs WHERE url_key = ? AND url = ?", (url_key(url), url)
            ).fetchone()
        return row is not None

    def close(self) -> None:
        """Discard this owner's uncommitted entries, then release the file."""
        if self._db is None:
            return
        try:
            with self._write():
                self._forget_owner(self.owner)
        finally:
            self._batch.close()
            self._db.close()
            self._db = None  # type: ignore[assignment]
            if self._lock_fd is not None:
                os.close(self._lock_fd)  # releases the flock
                self._lock_fd = None
                Path(self._lock_path(self.owner)).unlink(missing_ok=True)

    # -- internals ------------------------------------------------------------------

    def _check_and_add(self, entry: Entry, verify: Verifier) -> Verdict | None:
        db = self._db
        key = url_key(entry.url)
        bands = entry.bands
        rows = db.execute(_lookup_sql(len(bands)), (key, entry.url, entry.exact, *bands)).fetchall()
        if rows:
            verdict = self._verdict(rows, verify)
            if verdict is not None:
                return verdict
        doc = db.execute(
            "INSERT INTO docs (url_key, url, exact, sig, run_id, owner, added)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, entry.url, entry.exact, entry.signature, entry.run_id, self.owner, time.time()),
        ).lastrowid
        if bands:
            try:
                db.execute(_insert_bands_sql(len(bands)), (doc, *bands))
            except BaseException:
                # undo the document too (a SAVEPOINT would copy every page it touches)
                if db.in_transaction:
                    db.execute("DELETE FROM docs WHERE id = ?", (doc,))
                raise
        return None

    def _verdict(self, rows: list[tuple], verify: Verifier) -> Verdict | None:
        """Same URL, else same exact hash, else the most similar verified candidate."""
        for kind in (0, 1):
            for row in rows:
                if row[0] == kind:
                    return Verdict("exact" if kind else "url", row[1])
        best: Verdict | None = None
        seen: set[int] = set()
        stale = []
        for _, url, sig, doc, band in rows:
            if url is None:  # its doc was a dead owner's pending entry
                stale.append((band, doc))
                continue
            if doc in seen:
                continue
            seen.add(doc)
            similarity = verify(sig)
            if similarity is not None and (best is None or similarity > best.similarity):
                best = Verdict("near", url, similarity)
        if stale:
            self._db.executemany("DELETE FROM bands WHERE key = ? AND doc = ?", stale)
        return best

    @contextmanager
    def _write(self, *, durable: bool = False) -> Iterator[None]:
        """Run the block atomically in the write batch, then commit the batch."""
        with self._batch.lock:
            self._batch.begin()
            with self._savepoint():
                yield
            self._batch.commit(durable=durable)

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        """Undo the block's writes, and only them, when it raises."""
        db = self._db
        db.execute("SAVEPOINT step")
        try:
            yield
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK TO step")
                db.execute("RELEASE step")
            raise
        db.execute("RELEASE step")

    def _lock_path(self, owner: str) -> str:
        return os.path.join(f"{self.path}.owners", f"{owner}.lock")

    def _take_owner_lock(self, owner: str) -> int | None:
        if fcntl is None:
            return None
        os.makedirs(f"{self.path}.owners", exist_ok=True)
        fd = os.open(self._lock_path(owner), os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd

    def _owner_alive(self, owner: str) -> bool:
        if fcntl is None:
            return True
        try:
            fd = os.open(self._lock_path(owner), os.O_RDWR)
        except FileNotFoundError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False

    def _discard_dead_owners(self) -> None:
        owners = self._db.execute(
            "SELECT owner, pid, host FROM owners WHERE owner != ?", (self.owner,)
        ).fetchall()
        for owner, pid, host in owners:
            if self._owner_alive(owner):
                continue
            recovered = self._recover_written(owner)
            dropped = self._forget_owner(owner)
            Path(self._lock_path(owner)).unlink(missing_ok=True)
            if dropped or recovered:
                logger.warning(
                    "dedup store %s: a dead run (pid %s on %s) left %d uncommitted entries: "
                    "%d were written to the dataset and are now committed, %d discarded",
                    self.path,
                    pid,
                    host,
                    dropped + recovered,
                    recovered,
                    dropped,
                )

    def _recover_written(self, owner: str) -> int:
        """Commit the dead owner's pending entries whose rows did reach the dataset.

        A run dies between renaming a file into place and committing its entries
        only in a narrow window, but then the rows are visible while the entries
        would be discarded, and the next run would keep those stories again.
        """
        if self._written is None:
            return 0
        pending = self._db.execute(
            "SELECT id, url, run_id FROM docs WHERE owner = ?", (owner,)
        ).fetchall()
        by_run: dict[str, list[tuple[int, str]]] = {}
        for doc_id, url, run_id in pending:
            by_run.setdefault(run_id, []).append((doc_id, url))
        recovered = []
        for run_id, docs in by_run.items():
            written = self._written(run_id) if run_id else set()
            recovered += [(doc_id,) for doc_id, url in docs if url in written]
        self._db.executemany("UPDATE docs SET owner = NULL WHERE id = ?", recovered)
        return len(recovered)

    def _forget_owner(self, owner: str) -> int:
        before = self._db.total_changes
        self._db.execute("DELETE FROM docs WHERE owner = ?", (owner,))
        dropped = self._db.total_changes - before
        self._db.execute("DELETE FROM owners WHERE owner = ?", (owner,))
        return dropped

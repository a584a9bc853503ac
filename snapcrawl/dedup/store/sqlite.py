"""The embedded store: one SQLite file (WAL), shared by the processes of one host.

Every ``check_and_add`` runs inside a ``BEGIN IMMEDIATE`` transaction, so
processes that share the file are serialised by SQLite's write lock (waiting up
to ``busy_timeout`` seconds) and never both keep one story. The transaction is
held across checks and committed after ``batch_checks`` checks or
``batch_seconds`` (see :mod:`~snapcrawl.dedup.store.sqlite_batch`): another
process sees this one's new entries up to ``batch_seconds`` late and waits at
most that long for the lock. Meanwhile the batch's new entries stay in memory
and are written in bulk before the commit; a crash loses them, but they would
have been discarded anyway. ``commit`` commits at once, synced to disk.
Lookups go to the file only for keys an in-memory filter may hold
(:mod:`~snapcrawl.dedup.store.sqlite_filter`). Band rows live in three trees merged
in key order (:mod:`~snapcrawl.dedup.store.sqlite_bands`), so the store keeps its
rate as it grows.

Pending entries belong to an *owner*: one open store, holding an ``flock`` on
``<file>.owners/<owner>.lock`` for as long as it lives. Opening the store discards
the pending entries of owners whose lock is free: their process died (or closed)
before committing, so those rows never reached Parquet and the stories must be
kept again by the next run, except those the ``written`` callback reports
(:func:`~snapcrawl.dedup.store.sqlite_owners.recover_written`). Locks live on
the local file system: share a store file between processes of one host only. The
file's tables and settings are in :mod:`~snapcrawl.dedup.store.sqlite_file`.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from snapcrawl.dedup.minhash import band_keys
from snapcrawl.dedup.store import sqlite_bands
from snapcrawl.dedup.store.base import Verifier, WrittenLookup, check_params
from snapcrawl.dedup.store.sqlite_batch import WriteBatch
from snapcrawl.dedup.store.sqlite_bulk import insert_flat
from snapcrawl.dedup.store.sqlite_file import open_database
from snapcrawl.dedup.store.sqlite_filter import KeyFilter
from snapcrawl.dedup.store.sqlite_owners import discard_dead_owners, forget_owner, take_owner_lock
from snapcrawl.dedup.types import Entry, Verdict


def url_key(url: str) -> int:
    """A signed 64-bit key for indexing URLs without storing them twice."""
    return int.from_bytes(hashlib.blake2b(url.encode(), digest_size=8).digest(), "big", signed=True)


class SQLiteStore:
    """A :class:`DedupStore` in one SQLite file, or in memory for ``":memory:"``.

    ``batch_checks`` and ``batch_seconds`` bound a write batch: how many checks one
    transaction holds, and how long other processes may wait for it. ``cache_mib``
    caps SQLite's page cache: past it a lookup may read the file, so a long crawl's
    RSS stops growing once the cache is full (benchmarks/RESULTS.md, A long crawl).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        busy_timeout: float = 60.0,
        written: WrittenLookup | None = None,
        batch_checks: int = 4096,
        batch_seconds: float = 0.25,
        cache_mib: int = 64,
    ) -> None:
        if cache_mib < 1:
            raise ValueError(f"cache_mib={cache_mib!r}: use a whole number of MiB, 1 or more")
        self.path = str(path)
        self._written = written
        self.owner = uuid.uuid4().hex
        self._lock_fd: int | None = None
        # the open batch's new entries, by URL: (docs row, band keys); written on commit
        self._new: dict[str, tuple[tuple, tuple[int, ...]]] = {}
        self._new_exact: dict[int, str] = {}
        self._new_bands: dict[int, tuple[str, ...]] = {}
        self._next_id = 0  # the id of the next new entry (we hold the write lock)
        self._seen_id = 0  # every doc up to this id is in the filter
        self._seen_at_begin = 0
        self._filter: KeyFilter | None = None  # None until bind: every key is looked up
        self._params: dict[str, int] = {}
        memory = self.path == ":memory:"
        if not memory:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = open_database(self.path, busy_timeout=busy_timeout, cache_mib=cache_mib)
        if not memory:
            self._lock_fd = take_owner_lock(self.path, self.owner)
        self._batch = WriteBatch(
            self._db,
            self,
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
                discard_dead_owners(self._db, self.path, self.owner, self._written)

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
            self._params = dict(params)
            self._filter = self._load_filter()

    def check_and_add(self, entry: Entry, verify: Verifier) -> Verdict | None:
        batch = self._batch
        with batch.lock:
            batch.begin()
            key = url_key(entry.url)
            keys = (key, entry.exact, *entry.bands)
            # a key the filter has not seen is in no row: most checks end here
            maybe = keys if self._filter is None else self._filter.add(keys)
            maybe = set(maybe)
            verdict = self._check(entry, key, maybe, verify) if maybe else None
            if verdict is None:
                self._add(entry, key, maybe)
            batch.count()
        return verdict

    def replace(self, old_url: str, entry: Entry) -> bool:
        """Put ``entry`` in place of this owner's pending entry at ``old_url`` (a better
        copy of its story); False when that one is committed, another's, or unknown.
        The old entry's band rows are left to be dropped as stale when next met."""
        with self._write():
            self._flush()  # the old entry may still be in the batch
            cursor = self._db.execute(
                "DELETE FROM docs WHERE url_key = ? AND url = ? AND +owner = ?",
                (url_key(old_url), old_url, self.owner),
            )
            if cursor.rowcount != 1:
                return False
            key = url_key(entry.url)
            keys = (key, entry.exact, *entry.bands)
            maybe = set(keys if self._filter is None else self._filter.add(keys))
            self._add(entry, key, maybe)
        return True

    def commit(self, urls: Iterable[str]) -> int:
        rows = [(self.owner, url_key(url), url) for url in urls]
        with self._write(durable=True):
            self._flush()
            before = self._db.total_changes
            self._db.executemany(
                "UPDATE docs SET owner = NULL WHERE +owner = ? AND url_key = ? AND url = ?", rows
            )
            return self._db.total_changes - before

    def seal(self, urls: Iterable[str]) -> dict[str, Verdict]:
        """Write the open batch to the file, synced, before the rows of ``urls`` are.

        A new entry lives in memory (or in an uncommitted batch) for up to
        ``batch_seconds``. Were the process killed after the file of its row was
        renamed into place but before that batch's commit, the entry would be gone,
        so the dead-owner recovery could not find it, and the next run would keep the
        story a second time. Only this owner replaces its own pending entries here, so
        none of ``urls`` is ever reported replaced.
        """
        del urls  # every entry of this owner is made durable, theirs among them
        with self._write(durable=True):
            pass
        return {}

    def known_url(self, url: str) -> bool:
        with self._batch.lock:
            if url in self._new:
                return True
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
                self._discard_new()
                forget_owner(self._db, self.path, self.owner)
        finally:
            self._batch.close()
            self._db.close()
            self._db = None  # type: ignore[assignment]
            if self._lock_fd is not None:
                os.close(self._lock_fd)  # releases the flock
                self._lock_fd = None

    # -- the write batch (WriteBatch calls these holding its lock) -------------------

    def batch_began(self) -> None:
        """Number the batch's entries; add other processes' new entries to the filter."""
        db = self._db
        row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'docs'").fetchone()
        last = row[0] if row else 0
        self._next_id = last + 1
        if self._filter is not None and self._filter.full:
            self._filter = self._load_filter()
        elif self._filter is not None and last > self._seen_id:
            bands, rows, seed = self._params["bands"], self._params["rows"], self._params["seed"]
            for key, exact, sig in db.execute(
                "SELECT url_key, exact, sig FROM docs WHERE id > ?", (self._seen_id,)
            ):
                self._filter.add((key, exact))
                if sig:
                    sig_array = np.frombuffer(sig, dtype="<u2")
                    self._filter.add(band_keys(sig_array, bands, rows, seed))
        self._seen_id = max(self._seen_id, last)
        self._seen_at_begin = self._seen_id

    def batch_committing(self) -> None:
        self._flush()
        sqlite_bands.merge_if_due(self._db, self._next_id)

    def batch_ended(self, committed: bool) -> None:
        if not committed:  # rolled back: the new entries are lost, as in a crash
            self._seen_id = self._seen_at_begin  # their ids will be given out again
            self._discard_new()

    # -- internals ------------------------------------------------------------------

    def _check(self, entry: Entry, key: int, maybe: set[int], verify: Verifier) -> Verdict | None:
        """Same URL, else same exact hash, else the most similar verified candidate.

        Only keys in ``maybe`` can be in the batch or the file.
        """
        db, url, exact = self._db, entry.url, entry.exact
        if key in maybe and (
            url in self._new
            or db.execute("SELECT 1 FROM docs WHERE url_key = ? AND url = ?", (key, url)).fetchone()
        ):
            return Verdict("url", url)
        if exact in maybe:
            kept = self._new_exact.get(exact)
            if kept is None:
                row = db.execute(
                    "SELECT url FROM docs WHERE exact = ? LIMIT 1", (exact,)
                ).fetchone()
                kept = row[0] if row else None
            if kept is not None:
                return Verdict("exact", kept)
        hits = [band for band in entry.bands if band in maybe]
        if not hits:
            return None
        best: Verdict | None = None
        seen: set[str] = set()
        for band in hits:
            for other in self._new_bands.get(band, ()):
                if other not in seen:
                    seen.add(other)
                    best = _better(best, other, verify(self._new[other][0][4]))
        stale = []
        for band, doc, other, sig in sqlite_bands.lookup(db, hits):
            if other is None:  # its doc was a dead owner's pending entry
                stale.append((band, doc))
            elif other not in seen:
                seen.add(other)
                best = _better(best, other, verify(sig))
        if stale:
            sqlite_bands.drop(db, stale)
        return best

    def _add(self, entry: Entry, key: int, maybe: set[int]) -> None:
        """Keep ``entry`` in the batch (its keys are in the filter already)."""
        doc, self._next_id = self._next_id, self._next_id + 1
        url, bands = entry.url, entry.bands
        row = (doc, key, url, entry.exact, entry.signature, entry.run_id, self.owner, time.time())
        self._new[url] = (row, bands)
        self._new_exact.setdefault(entry.exact, url)
        new_bands = self._new_bands
        if maybe:
            for band in bands:
                new_bands[band] = (*new_bands.get(band, ()), url)
        else:  # no band key in the filter, so none in the batch yet
            new_bands.update(dict.fromkeys(bands, (url,)))

    def _flush(self) -> None:
        """Write the batch's new entries (bulk inserts, in the open transaction)."""
        if not self._new:
            return
        new = list(self._new.values())
        self._discard_new()
        db = self._db
        insert_flat(
            db,
            "INSERT INTO docs (id, url_key, url, exact, sig, run_id, owner, added)",
            8,
            [value for row, _ in new for value in row],
        )
        sqlite_bands.insert(db, [row[0] for row, _ in new], [bands for _, bands in new])
        self._seen_id = max(self._seen_id, new[-1][0][0])

    def _discard_new(self) -> None:
        self._new.clear()
        self._new_exact.clear()
        self._new_bands.clear()

    def _load_filter(self) -> KeyFilter:
        """A filter of every key in the file (the batch's new entries are written first)."""
        self._flush()
        db = self._db
        (docs,) = db.execute("SELECT COUNT(*) FROM docs").fetchone()
        keys = KeyFilter(expected=docs * (2 + self._params.get("bands", 0)))
        keys.load(sqlite_bands.all_keys(db))
        keys.load(k for row in db.execute("SELECT url_key, exact FROM docs") for k in row)
        row = db.execute("SELECT MAX(id) FROM docs").fetchone()
        self._seen_id = row[0] or 0
        return keys

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


def _better(best: Verdict | None, url: str, similarity: float | None) -> Verdict | None:
    if similarity is not None and (best is None or similarity > best.similarity):
        return Verdict("near", url, similarity)
    return best

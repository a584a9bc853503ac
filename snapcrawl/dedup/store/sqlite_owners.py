"""Owners of pending entries in the SQLite store, and what happens when one dies.

An owner is one open store. It holds an exclusive ``flock`` on
``<file>.owners/<owner>.lock`` while it lives; a free lock means its process
died (or closed) before committing those entries.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from snapcrawl.dedup.store.base import WrittenLookup

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: owners are never presumed dead
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)


def _lock_path(path: str, owner: str) -> str:
    return os.path.join(f"{path}.owners", f"{owner}.lock")


def take_owner_lock(path: str, owner: str) -> int | None:
    """Hold ``owner``'s lock file (exclusive ``flock``) until the returned fd is closed."""
    if fcntl is None:
        return None
    os.makedirs(f"{path}.owners", exist_ok=True)
    fd = os.open(_lock_path(path, owner), os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _owner_alive(path: str, owner: str) -> bool:
    if fcntl is None:
        return True
    try:
        fd = os.open(_lock_path(path, owner), os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def discard_dead_owners(
    db: sqlite3.Connection, path: str, me: str, written: WrittenLookup | None
) -> None:
    """Commit or discard the pending entries of every owner whose process is gone."""
    owners = db.execute("SELECT owner, pid, host FROM owners WHERE owner != ?", (me,)).fetchall()
    for owner, pid, host in owners:
        if _owner_alive(path, owner):
            continue
        recovered = recover_written(db, owner, written)
        dropped = forget_owner(db, path, owner)
        if dropped or recovered:
            logger.warning(
                "dedup store %s: a dead run (pid %s on %s) left %d uncommitted entries: "
                "%d were written to the dataset and are now committed, %d discarded",
                path,
                pid,
                host,
                dropped + recovered,
                recovered,
                dropped,
            )


def recover_written(db: sqlite3.Connection, owner: str, written: WrittenLookup | None) -> int:
    """Commit the dead owner's pending entries whose rows did reach the dataset.

    A run dies between renaming a file into place and committing its entries
    only in a narrow window, but then the rows are visible while the entries
    would be discarded, and the next run would keep those stories again.
    """
    if written is None:
        return 0
    pending = db.execute("SELECT id, url, run_id FROM docs WHERE owner = ?", (owner,)).fetchall()
    by_run: dict[str, list[tuple[int, str]]] = {}
    for doc_id, url, run_id in pending:
        by_run.setdefault(run_id, []).append((doc_id, url))
    recovered = []
    for run_id, docs in by_run.items():
        urls = written(run_id) if run_id else set()
        recovered += [(doc_id,) for doc_id, url in docs if url in urls]
    db.executemany("UPDATE docs SET owner = NULL WHERE id = ?", recovered)
    return len(recovered)


def forget_owner(db: sqlite3.Connection, path: str, owner: str) -> int:
    """Delete ``owner`` and its pending entries (its lock file too); returns how many."""
    before = db.total_changes
    db.execute("DELETE FROM docs WHERE owner = ?", (owner,))
    dropped = db.total_changes - before
    db.execute("DELETE FROM owners WHERE owner = ?", (owner,))
    if path != ":memory:":
        Path(_lock_path(path, owner)).unlink(missing_ok=True)
    return dropped

"""A background commit that fails (a full disk) is one log line; its traceback is DEBUG.

The error itself is raised to the next caller of ``begin()``, whose owner reports it
(the storage guard: "no space left on the device: free some space …", exit code 74).
A traceback on a user's stderr, without ``-v``, said nothing more: a crawl into a full
tmpfs showed one whenever the commit thread, not the crawl's thread, hit the disk first.
"""

from __future__ import annotations

import logging
import sqlite3
import time

import pytest

from snapcrawl.dedup.store.sqlite_batch import WriteBatch


class FullDisk:
    """Hooks whose commit fails as SQLite does on a full disk."""

    def batch_began(self) -> None:
        pass

    def batch_committing(self) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    def batch_ended(self, committed: bool) -> None:
        pass


def test_a_failed_background_commit_logs_one_line_and_raises_to_the_next_writer(tmp_path, caplog):
    db = sqlite3.connect(tmp_path / "dedup.sqlite", check_same_thread=False)
    batch = WriteBatch(
        db, FullDisk(), max_checks=1000, max_seconds=0.01, busy_timeout=1.0, wal=None, queue=None
    )
    caplog.set_level(logging.DEBUG, logger="snapcrawl.dedup.store.sqlite_batch")
    try:
        with batch.lock:
            batch.begin()
        deadline = time.monotonic() + 10
        while batch._error is None and time.monotonic() < deadline:
            time.sleep(0.01)
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert [r.getMessage() for r in errors] == [
            "dedup store: committing a write batch failed (database or disk is full)"
        ]
        assert errors[0].exc_info is None  # no traceback on stderr without -v
        assert any(r.exc_info for r in caplog.records if r.levelno == logging.DEBUG)
        with batch.lock, pytest.raises(sqlite3.OperationalError, match="disk is full"):
            batch.begin()
    finally:
        batch.close()
        db.close()

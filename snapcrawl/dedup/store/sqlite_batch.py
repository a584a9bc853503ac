"""The SQLite store's write transaction, held open across many checks.

A transaction of its own per check costs a WAL commit per check: every page the
check dirtied is written again, about 20 pages for one article's band keys. So
the store keeps one ``BEGIN IMMEDIATE`` open across checks and commits it after
``max_checks`` checks or ``max_seconds``, whichever comes first; a background
thread commits an idle batch on time. Processes sharing the file wait for the
write lock meanwhile: they see this process's new entries at most
``max_seconds`` late, and of two processes racing on one story, exactly one
still keeps it. A batch that fails to commit is rolled back, as in a crash.

SQLite's busy handler polls, so a process that commits and at once begins again
would win the lock every time and starve the others. A process that finds the
lock taken holds a shared ``flock`` on the queue (the store's owners directory)
while it waits; a process about to begin a batch while the queue is not empty
lets the waiting processes go first.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from typing import Protocol

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no queue, SQLite's busy handler only
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)


class BatchHooks(Protocol):
    """What the store does at the edges of a batch (under the batch's lock)."""

    def batch_began(self) -> None:
        """Right after ``BEGIN IMMEDIATE``: catch up with other processes' writes."""

    def batch_committing(self) -> None:
        """Right before ``COMMIT``: write what the batch holds in memory."""

    def batch_ended(self, committed: bool) -> None:
        """After ``COMMIT``, or after a failure rolled the batch back."""


class WriteBatch:
    """One connection's write transaction, opened fairly and committed on count or time.

    Hold ``lock`` around every use of the connection (the commit thread uses it
    too); within it, :meth:`begin` before writing, :meth:`count` after a check.
    """

    def __init__(
        self,
        db: sqlite3.Connection,
        hooks: BatchHooks,
        *,
        max_checks: int,
        max_seconds: float,
        busy_timeout: float,
        wal: str | None,
        queue: str | None,
    ) -> None:
        self.db = db
        self.hooks = hooks
        self.wal = wal
        self.lock = threading.Condition()
        self.max_checks = max_checks
        self.max_seconds = max_seconds
        self.busy_timeout = busy_timeout
        self._queue_fd = os.open(queue, os.O_RDONLY) if queue and fcntl else None
        self._checks = 0
        self._deadline: float | None = None  # monotonic; set while a batch is open
        self._error: Exception | None = None  # a failed background commit
        self._closed = False
        self._committer = threading.Thread(
            target=self._commit_on_time, name="dedup-sqlite-commit", daemon=True
        )
        self._committer.start()

    def begin(self) -> None:
        """Open a batch unless one is open; raises a failed background commit's error."""
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        if self._deadline is not None:
            return
        self._let_waiters_go_first()
        self._begin_immediate()
        self._checks = 0
        self._deadline = time.monotonic() + self.max_seconds
        self.lock.notify()
        try:
            self.hooks.batch_began()
        except BaseException:
            self._rollback()
            raise

    def count(self) -> None:
        """One more check done: commit when the batch is full or old."""
        self._checks += 1
        if self._checks >= self.max_checks or time.monotonic() >= self._deadline:  # type: ignore[operator]
            self.commit()

    def commit(self, *, durable: bool = False) -> None:
        """Commit the open batch; ``durable`` syncs the WAL to disk before returning.

        With ``synchronous=NORMAL`` a commit survives the process but not the
        machine until the next checkpoint; SQLite refuses to change that setting
        inside a transaction, so a durable commit syncs the WAL file itself.
        """
        if self._deadline is not None:
            try:
                self.hooks.batch_committing()
                self.db.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
            self._deadline = None
            self.hooks.batch_ended(True)
        if durable and self.wal is not None and os.path.exists(self.wal):
            fd = os.open(self.wal, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def close(self) -> None:
        """Stop the commit thread (an open batch is left to the caller)."""
        with self.lock:
            self._closed = True
            self.lock.notify()
        self._committer.join()
        if self._queue_fd is not None:
            os.close(self._queue_fd)
            self._queue_fd = None

    # -- internals ------------------------------------------------------------------

    def _rollback(self) -> None:
        self._deadline = None
        try:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
        finally:
            self.hooks.batch_ended(False)

    def _commit_on_time(self) -> None:
        with self.lock:
            while not self._closed:
                if self._deadline is None:
                    self.lock.wait()
                    continue
                delay = self._deadline - time.monotonic()
                if delay > 0:
                    self.lock.wait(delay)
                    continue
                try:
                    self.commit()
                except Exception as error:  # rolled back; raised to the next caller of begin()
                    # One line: that caller reports it (a full disk is the storage guard's
                    # message and exit code 74); the traceback is for -v / -L DEBUG only.
                    logger.error("dedup store: committing a write batch failed (%s)", error)
                    logger.debug("traceback of the failed commit", exc_info=error)
                    self._error = error

    def _begin_immediate(self) -> None:
        db = self.db
        if self._queue_fd is None:
            db.execute("BEGIN IMMEDIATE")
            return
        db.execute("PRAGMA busy_timeout=0")
        try:
            db.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                raise
        finally:
            db.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
        fcntl.flock(self._queue_fd, fcntl.LOCK_SH)  # join the queue
        try:
            db.execute("BEGIN IMMEDIATE")  # SQLite's busy handler waits
        finally:
            fcntl.flock(self._queue_fd, fcntl.LOCK_UN)

    def _let_waiters_go_first(self) -> None:
        """Wait (up to ``busy_timeout``) until no process is queued for the lock."""
        if self._queue_fd is None:
            return
        deadline = time.monotonic() + self.busy_timeout
        pause = 0.0005
        while True:
            try:
                fcntl.flock(self._queue_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return
                time.sleep(pause)
                pause = min(2 * pause, 0.01)
                continue
            fcntl.flock(self._queue_fd, fcntl.LOCK_UN)
            return

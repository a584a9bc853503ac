"""One run of a job at a time: an ``flock`` on ``DATA_DIR/state/locks/<job>.lock``.

The lock belongs to the open file, so it lives exactly as long as the process
that took it: a crawl that crashes or is killed releases it, and no stale lock
file ever needs cleaning up. The file's content (pid, host, run id, start
time) only serves the message a refused run prints.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "news.lock"
>>> held = RunLock.acquire(path, run_id="r1")
>>> probe_lock(path).run_id
'r1'
>>> held.release()
>>> probe_lock(path) is None
True
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from snapcrawl.errors import SnapcrawlError
from snapcrawl.layout import DataDir

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock
    fcntl = None  # type: ignore[assignment]


def lock_path(data_dir: str | Path, name: str) -> Path:
    """Where the lock of job ``name`` lives."""
    return DataDir(data_dir).lock(name)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as far as its file tells (fields may be empty)."""

    pid: int | None = None
    host: str = ""
    run_id: str = ""
    started_at: str = ""

    def describe(self) -> str:
        parts = [f"pid {self.pid}" if self.pid else "", f"on {self.host}" if self.host else ""]
        parts += [f"run {self.run_id}" if self.run_id else ""]
        parts += [f"since {self.started_at}" if self.started_at else ""]
        return " ".join(p for p in parts if p) or "another process"


class LockHeld(SnapcrawlError):
    """The job is already running; this run must not start."""

    def __init__(self, name: str, path: Path, holder: LockHolder) -> None:
        super().__init__(
            f"job {name!r} is already running ({holder.describe()}; lock {path}): this run"
            " does not start. Wait for that run to finish; a crashed run releases the lock"
            " by itself."
        )
        self.name = name
        self.path = path
        self.holder = holder


class RunLock:
    """An exclusive lock on one file, held until :meth:`release` or the process ends."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @classmethod
    def acquire(cls, path: str | Path, *, name: str = "", run_id: str = "") -> RunLock:
        """Take the lock without waiting; :class:`LockHeld` when another process has it."""
        path = Path(path)
        if fcntl is None:  # pragma: no cover
            return cls(path, None)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LockHeld(name or path.stem, path, _read_holder(path)) from None
        holder = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "run_id": run_id,
            "started_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let the next run in (idempotent). The file stays: removing it would race."""
        if self._fd is None:
            return
        os.ftruncate(self._fd, 0)
        os.close(self._fd)  # closing the only descriptor releases the flock
        self._fd = None


def probe_lock(path: str | Path) -> LockHolder | None:
    """The holder of the lock at ``path``, or None when it is free (it is not taken)."""
    path = Path(path)
    if fcntl is None or not path.exists():  # pragma: no cover - Windows
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _read_holder(path)
    finally:
        os.close(fd)
    return None


def _read_holder(path: Path) -> LockHolder:
    try:
        data = json.loads(path.read_text("utf-8") or "{}")
    except (OSError, ValueError):
        return LockHolder()
    if not isinstance(data, dict):
        return LockHolder()
    pid = data.get("pid")
    return LockHolder(
        pid=pid if isinstance(pid, int) else None,
        host=str(data.get("host") or ""),
        run_id=str(data.get("run_id") or ""),
        started_at=str(data.get("started_at") or ""),
    )

"""State that outlives a run: job locks and what earlier runs already saw."""

from __future__ import annotations

from snapcrawl.state.lock import LockHeld, LockHolder, RunLock, lock_path, probe_lock
from snapcrawl.state.seen import SeenPages, load_seen_pages

__all__ = [
    "LockHeld",
    "LockHolder",
    "RunLock",
    "SeenPages",
    "load_seen_pages",
    "lock_path",
    "probe_lock",
]

"""Dedup stores: SQLite (embedded default) and Redis (shared by many workers)."""

from __future__ import annotations

from snapcrawl.dedup.store.base import DedupStore, WrittenLookup
from snapcrawl.dedup.store.memory import MemoryStore
from snapcrawl.dedup.store.sqlite import SQLiteStore

__all__ = ["DedupStore", "MemoryStore", "SQLiteStore", "open_store"]

_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def open_store(
    spec: str, *, written: WrittenLookup | None = None, cache_mib: int = 64
) -> DedupStore:
    """Open the store named by ``spec``.

    ``redis://host:port/db`` (also ``rediss://``, ``unix://``) opens a Redis store;
    ``":memory:"`` keeps everything in this process (gone on close); anything
    else is a SQLite file path, its parent directories created. ``written`` lets
    the SQLite store commit, rather than discard, a dead run's pending entries
    whose rows that run did write (Redis workers recover through their ledger).
    ``cache_mib`` caps the SQLite store's page cache, most of its memory.
    """
    if not isinstance(spec, str) or not spec.strip():
        raise ValueError(
            f"SNAPCRAWL_DEDUP_STORE={spec!r}: use a SQLite file path or a"
            " redis://host:port/db URL (default DATA_DIR/state/dedup.sqlite)"
        )
    if spec == ":memory:":
        return MemoryStore()
    if spec.startswith(_REDIS_SCHEMES):
        from snapcrawl.dedup.store.redis import RedisStore

        return RedisStore.from_url(spec)
    return SQLiteStore(spec, written=written, cache_mib=cache_mib)

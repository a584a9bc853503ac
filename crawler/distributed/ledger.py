"""Which popped requests a worker could still lose, and handing a dead worker's back.

A request popped from the shared queue sits in the worker's Redis in-flight
hash until nothing it produced can be lost:

1. while Scrapy processes it (download, callback, the item pipelines; the
   engine holds it in its in-progress set until all of that is done), it stays
   in ``inflight``;
2. once done, if an article from it was kept but its row is still buffered in
   the Parquet sink, it moves to ``unflushed``;
3. it is forgotten when the sink reports that row written
   (``crawler.signals.articles_written``), or at once if nothing was kept.

:class:`InflightLedger` makes these decisions in memory (no Redis, so tests
build one directly); ``DistributedRun`` (``crawler.distributed.connection``) applies them.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any

from scrapy import Request

from snapcrawl.dedup import canonicalize_url
from snapcrawl.dedup.store.base import WrittenLookup

if TYPE_CHECKING:
    from crawler.distributed.connection import DistributedRun

logger = logging.getLogger(__name__)


class InflightLedger:
    def __init__(self) -> None:
        self._processing: dict[str, Request] = {}  # entry -> request still in Scrapy's hands
        self._entry_of: dict[int, str] = {}  # id(request) -> entry, for item signals
        self._unwritten: dict[str, set[str]] = defaultdict(set)  # entry -> article URLs buffered
        self._entries_of_url: dict[str, set[str]] = defaultdict(set)
        self._parked: set[str] = set()
        self._written_first: set[str] = set()  # written before item_scraped reported them

    def __len__(self) -> int:
        return len(self._processing) + len(self._parked)

    def popped(self, entry: str, request: Request) -> None:
        self._processing[entry] = request
        self._entry_of[id(request)] = entry

    def kept(self, request: Request | None, url: str) -> None:
        """An article from ``request`` passed every pipeline: its row is buffered."""
        entry = self._entry_of.get(id(request)) if request is not None else None
        if entry is None:
            return
        if url in self._written_first:  # the item's own add() flushed the sink
            self._written_first.discard(url)
            return
        self._unwritten[entry].add(url)
        self._entries_of_url[url].add(entry)

    def written(self, urls: Iterable[str]) -> list[str]:
        """Rows are on disk; returns the parked entries that are now safe to forget."""
        safe = []
        for url in urls:
            entries = self._entries_of_url.pop(url, None)
            if entries is None:
                self._written_first.add(url)
                continue
            for entry in entries:
                pending = self._unwritten[entry]
                pending.discard(url)
                if not pending:
                    del self._unwritten[entry]
                    if entry in self._parked:
                        self._parked.discard(entry)
                        safe.append(entry)
        return safe

    def settle(self, in_progress: Collection[Request]) -> tuple[list[str], list[str]]:
        """Entries Scrapy finished with: (safe to forget, to park until their rows are written)."""
        done, park = [], []
        for entry, request in list(self._processing.items()):
            if request in in_progress:
                continue
            del self._processing[entry]
            self._entry_of.pop(id(request), None)
            if self._unwritten.get(entry):
                self._parked.add(entry)
                park.append(entry)
            else:
                done.append(entry)
        return done, park


def recover_dead_workers(
    run: DistributedRun,
    release_pending: Callable[[dict[str, Any], list[str]], int],
    only: str | None = None,
) -> int:
    """Requeue the requests of every other registered worker whose heartbeat lapsed.

    ``only`` names the one worker to look at (a restarted worker's earlier self).
    ``release_pending(info, urls)`` first frees the dead worker's pending dedup
    entries for those URLs (``info``: what the worker registered), so the refetched
    pages are kept, not dropped as copies of rows that were never written. Returns
    the requests requeued.
    """
    total = 0
    for worker, info in run.workers().items():
        wanted = worker == only if only is not None else worker != run.worker
        if not wanted or run.client.exists(run.keys.alive(worker)):
            continue
        urls = [canonicalize_url(url) for url in run.entry_urls(worker)]
        released = release_pending(info, urls) if urls else 0
        requeued = run.requeue(worker)
        if requeued < 0:
            continue  # it came back meanwhile
        total += requeued
        logger.warning(
            "worker %s stopped answering: %d of its requests are back in the queue"
            " (%d pending stories released)",
            worker,
            requeued,
            released,
        )
    return total


def dedup_releaser(
    store: Any, written: WrittenLookup | None = None
) -> Callable[[dict[str, Any], list[str]], int]:
    """``release_pending`` for a dedup store; a no-op for stores without owners.

    A worker killed after renaming a file into place but before committing its
    entries left rows on disk under entries that are still pending. Releasing
    those would let the refetched pages be kept a second time, so the entries of
    every row in the dead run's own files (``written(run_id)``) are committed
    first, and only the rest are released.
    """
    release = getattr(store, "release", None)  # RedisStore's: pending entries have owners
    if not callable(release):
        return lambda info, urls: 0

    def release_pending(info: dict[str, Any], urls: list[str]) -> int:
        owner, run_id = info.get("dedup_owner") or "", info.get("run_id") or ""
        if not owner or not urls:
            return 0
        on_disk = written(run_id) if written is not None and run_id else set()
        if on_disk:
            store.adopt(on_disk)  # committed, so the release below leaves them
        return int(release(owner, urls))

    return release_pending

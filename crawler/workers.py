"""CPU-heavy item work in a worker process, off the reactor's thread.

Scrapy runs callbacks and pipelines on one thread; extraction (and keyword
scoring) is CPU work that would otherwise stall downloading. With
``SNAPCRAWL_WORKERS = N > 0`` it runs in N worker processes (``spawn``: never
fork a process with a running reactor) while the reactor keeps fetching; with
0 it runs inline. Functions sent to the pool must be module-level and take and
return picklable values.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, TypeVar

from scrapy import signals
from scrapy.crawler import Crawler

from snapcrawl.errors import ConfigError

logger = logging.getLogger(__name__)
T = TypeVar("T")


def worker_count(raw: Any, cpus: int | None = None) -> int:
    """``auto`` means one worker beside the reactor when there is a second core."""
    if raw in (None, "", "auto"):
        return 1 if (cpus or os.cpu_count() or 1) > 1 else 0
    try:
        value = int(raw)
    except (TypeError, ValueError):
        value = -1
    if value < 0:
        raise ConfigError("SNAPCRAWL_WORKERS", raw, "use auto, 0 (inline) or a number of processes")
    return value


class WorkerPool:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: Executor | None = None
        if workers > 0:
            self._executor = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_ignore_stop_signals,
            )

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        if self._executor is None:
            return function(*args)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, function, *args)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)  # workers run their exit finalizers
            self._executor = None


def _ignore_stop_signals() -> None:
    """Ctrl-C and ``kill -TERM -PGID`` reach the whole process group; the workers must
    outlive them so that the crawler's graceful stop can finish the items in flight.
    The crawler shuts the pool down itself when the spider closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def get_worker_pool(crawler: Crawler) -> WorkerPool:
    """One pool per crawler, shared by the pipelines, closed after they are."""
    pool = getattr(crawler, "_snapcrawl_worker_pool", None)
    if pool is None:
        pool = WorkerPool(worker_count(crawler.settings.get("SNAPCRAWL_WORKERS")))
        crawler._snapcrawl_worker_pool = pool  # type: ignore[attr-defined]
        crawler.signals.connect(pool.close, signal=signals.spider_closed, weak=False)
        logger.debug("worker pool: %d processes", pool.workers)
    return pool

"""CPU-heavy item work in a worker process, off the reactor's thread.

Scrapy runs callbacks and pipelines on one thread; extraction (and keyword
scoring) is CPU work that would otherwise stall downloading. With
``SNAPCRAWL_WORKERS = N > 0`` it runs in N worker processes (``spawn``: never
fork a process with a running reactor) while the reactor keeps fetching; with
0 it runs inline (``crawler.config.worker_count`` reads the setting;
``CrawlServices`` owns the crawl's one pool). Functions sent to the pool must
be module-level and take and return picklable values.

Worker processes start on the first call, and a worker's first call pays for
its start-up (imports, models: about a second of CPU). ``warm_up`` makes that
first call early, while the crawler itself is still opening the spider, so the
two start-ups share the cores instead of following each other.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")


class WorkerPool:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: Executor | None = None
        self._closing: threading.Thread | None = None
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

    def warm_up(self, function: Callable[..., object], *args: Any) -> None:
        """Start the workers now and run ``function(*args)`` once per worker, without
        waiting: it loads what every call needs (imports, models) before the first page
        arrives. Inline (0 workers), nothing: the pipelines load their models when the
        spider opens. A failure is logged, never raised: the call that needs what failed
        to load fails in its turn, with its item. Each call goes to whichever worker is
        free, so with several workers one may take two and another load on first use."""
        if self._executor is None:
            return
        for _ in range(self.workers):
            self._executor.submit(function, *args).add_done_callback(_log_warm_up_failure)

    def begin_close(self) -> None:
        """No more calls will come: the workers start exiting now, running their exit
        finalizers (a worker's exit takes ~60 ms), while the crawler finishes its own
        closing (the last Parquet file); :meth:`close` then waits for them. A thread
        waits for the shutdown so that nothing here blocks."""
        if self._executor is not None and self._closing is None:
            self._closing = threading.Thread(
                target=self._executor.shutdown,
                kwargs={"wait": True},
                name="snapcrawl-workers-close",
            )
            self._closing.start()

    def close(self) -> None:
        """Wait until every worker has exited (and run its exit finalizers)."""
        if self._executor is not None:
            self.begin_close()
            assert self._closing is not None
            self._closing.join()
            self._executor = None


def _log_warm_up_failure(future: Future[object]) -> None:
    if not future.cancelled() and future.exception() is not None:
        logger.warning("worker warm-up failed: %r", future.exception())


def _ignore_stop_signals() -> None:
    """Ctrl-C and ``kill -TERM -PGID`` reach the whole process group; the workers must
    outlive them so that the crawler's graceful stop can finish the items in flight.
    The crawler shuts the pool down itself when the spider closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

"""CrawlServices: what one crawl shares between its components, in one Scrapy extension.

A crawl has one run id, one worker pool, one dedup index, one DATA_DIR whose
health every writer must respect, and one parsed settings object. This
extension owns them. It is the first extension built (``EXTENSIONS`` -1000):
it parses and validates the settings (:class:`crawler.config.Config`), checks
that DATA_DIR is writable, opens the run log and takes the job lock, so a
wrong setting or an unwritable disk stops the run before anything opens.

Pipelines and middlewares find it with Scrapy's public API,
``crawler.get_extension(CrawlServices)`` (:func:`crawl_services`), since the
engine builds them after the extensions. Nothing is stuck on the ``Crawler``.

Lifetimes: the worker pool starts on first use; its workers start exiting when
the pipelines close (every item is done by then) and are waited for when the
spider closes. Start-up's objects are frozen out of the garbage collector from
just after the spider opens until it closes. The dedup index is opened by the
first component that needs it (the dedup pipeline, when the spider opens) and
closed by the dedup pipeline when it closes, so its last commits come first;
one left open is closed when the engine stops.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
from functools import partial
from pathlib import Path
from typing import Any, Protocol
from weakref import WeakKeyDictionary

import redis
from scrapy import signals
from scrapy.crawler import Crawler

from crawler.config import Config, run_log_level
from crawler.config import data_dir as config_data_dir
from crawler.distributed.redis_url import redacted, start_error
from crawler.extensions.lock import JobLock
from crawler.extensions.runlog import RunLog
from crawler.storage_guard import STORAGE_ERRORS, StorageHealth, check_writable
from crawler.workers import WorkerPool
from snapcrawl import counters
from snapcrawl.dedup import DedupIndex, open_store
from snapcrawl.dedup.store.redis import RedisStore
from snapcrawl.errors import ConfigError, StateError
from snapcrawl.layout import ARTICLES, DataDir, new_run_id
from snapcrawl.store.reconcile import urls_written_by_run

logger = logging.getLogger(__name__)


class LinkGate(Protocol):
    """Which links of a page the spider need not request (the trap middleware's rule)."""

    def followed_before(self, response: Any, url: str) -> bool: ...

    def given_up(self, request: Any) -> bool: ...

    def awaits_verdicts(self, request: Any) -> bool: ...


class CrawlServices:
    """The per-crawl services: config, layout, run id, worker pool, dedup index, storage health."""

    def __init__(self, crawler: Crawler, config: Config) -> None:
        self.crawler = crawler
        self.config = config
        self.layout: DataDir = config.layout
        self.run_id: str = config.run_id or new_run_id()
        self.storage = StorageHealth(crawler)
        self.run_log: RunLog | None = None
        self.job_lock: JobLock | None = None
        self._pool: WorkerPool | None = None
        self._dedup_index: DedupIndex | None = None
        self._frozen: bool | None = False  # None once the spider closed: never freeze
        # the trap middleware, when it runs: the spider makes no request of a link it
        # would drop as already followed (crawler/middlewares/traps.py)
        self.link_gate: LinkGate | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlServices:
        try:
            config = Config.from_settings(crawler.settings)
        except ConfigError:
            open_run_log_anyway(crawler)
            raise
        check_writable(config.data_dir)
        services = cls(crawler, config)
        services.start()
        crawler.signals.connect(services.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(services.engine_stopped, signal=signals.engine_stopped)
        crawler.signals.connect(services.spider_opened, signal=signals.spider_opened)
        return services

    def start(self) -> None:
        """Open the run log (start-up errors of later components land in it), then take
        the job lock, before the scheduler, JOBDIR or the pipelines open."""
        if self.config.runlog_enabled:
            path = self.layout.run_log(self.run_id)
            self.run_log = RunLog.for_run(self.crawler.settings, path, self.config.runlog_level)
            self.run_log.open()
        if self.config.lock_name:
            self.job_lock = JobLock(
                self.config.lock_name, self.layout.lock(self.config.lock_name), self.run_id
            )
            self.job_lock.acquire()

    # -- the worker pool --------------------------------------------------------------

    @property
    def worker_pool(self) -> WorkerPool:
        """The crawl's one pool for CPU-heavy item work, started on first use."""
        if self._pool is None:
            self._pool = WorkerPool(self.config.workers)
            logger.debug("worker pool: %d processes", self._pool.workers)
        return self._pool

    # -- the dedup index --------------------------------------------------------------

    @property
    def dedup_index(self) -> DedupIndex | None:
        """The index, if a component opened it (the incremental middleware asks this)."""
        return self._dedup_index

    def open_dedup_index(self) -> DedupIndex:
        """Open the crawl's index on first call; later calls get the same one.

        A dead run's pending entries whose rows it did write are committed on open
        (looked up in that run's own Parquet files), not discarded. A damaged SQLite
        store stops the run with :class:`StateError` saying how to recover. A Redis
        store is checked against the dataset and refilled where it lacks stories
        (``snapcrawl.state.redis_sync``), before any item is kept.
        """
        if self._dedup_index is None:
            spec = self.config.dedup_store
            articles = self.layout.table(ARTICLES)
            try:
                store = open_store(
                    spec,
                    written=partial(urls_written_by_run, articles),
                    cache_mib=self.config.dedup_cache_mb,
                )
                self._dedup_index = DedupIndex(store, self.config.dedup)
            except sqlite3.DatabaseError as error:
                raise StateError(spec, str(error), str(Path(spec).parent.parent)) from None
            except redis.RedisError as error:  # a refused password, no such database, down
                raise start_error(self._store_setting(), spec, error) from None
            if isinstance(store, RedisStore):  # Redis may have lost its data: check it
                # imported here: it reads the dataset with pyarrow.dataset, an import
                # a SQLite-backed crawl does not need
                from snapcrawl.state.redis_sync import refill_store

                try:
                    refilled = refill_store(self._dedup_index, self.layout)
                except redis.RedisError as error:
                    raise start_error(self._store_setting(), spec, error) from None
                self.crawler.stats.set_value(counters.DEDUP_REFILLED, refilled)
            logger.info("dedup state: %s", redacted(spec))
        return self._dedup_index

    def _store_setting(self) -> str:
        """The setting that named the dedup store, for its error messages."""
        given = self.crawler.settings.get("SNAPCRAWL_DEDUP_STORE")
        return "SNAPCRAWL_DEDUP_STORE" if given else "REDIS_URL"

    def close_dedup_index(self) -> None:
        """Close the index (uncommitted entries are discarded by the store)."""
        index, self._dedup_index = self._dedup_index, None
        if index is not None:
            try:
                index.close()
            except STORAGE_ERRORS as error:
                self.storage.write_failed(error, "the dedup state")

    # -- signals ----------------------------------------------------------------------

    def spider_opened(self) -> None:
        """Once every component has opened (the reactor's next turn, after the other
        ``spider_opened`` handlers), freeze what start-up made."""
        from twisted.internet import reactor

        reactor.callLater(0, self._freeze_start_up)

    def _freeze_start_up(self) -> None:
        if self._frozen is False:
            self._frozen = True
            freeze_start_up()

    def items_done(self) -> None:
        """Every item went through the pipelines (Scrapy closes them only then): the
        workers may exit while the pipelines close. Called by the pipelines that close
        first (Scrapy closes them in reverse order), whichever of them is enabled."""
        if self._pool is not None:
            self._pool.begin_close()

    def spider_closed(self) -> None:
        if self._pool is not None:
            self._pool.close()  # workers run their exit finalizers
            self._pool = None
        if self._frozen:
            unfreeze()
        self._frozen = None

    def engine_stopped(self) -> None:
        self.close_dedup_index()
        if self.job_lock is not None:
            self.job_lock.release()
            self.job_lock = None
        if self.run_log is not None:  # last: after the final stats dump
            self.run_log.close()
            self.run_log = None


def freeze_start_up() -> None:
    """Move every object start-up made (modules, classes, settings, the incremental
    sets: ~120,000 objects) out of the cyclic garbage collector's reach until the
    spider closes (``gc.freeze``), so that its collections during the crawl scan only
    what the crawl makes. They are long-lived anyway. Between spider opened and closed,
    the collector took 0.28-0.52 s of a 1,000-page crawl's CPU without this, 0.13-0.27 s
    with it (bare Scrapy: 0.24-0.42 s). No ``gc.collect()`` first (75 ms): start-up's
    few garbage cycles wait until :func:`unfreeze`, as does anything else frozen, so
    a process that runs crawl after crawl does not keep their garbage."""
    gc.freeze()
    logger.debug("start-up objects frozen: %d", gc.get_freeze_count())


def unfreeze() -> None:
    """Give the frozen objects back to the collector (see :func:`freeze_start_up`)."""
    gc.unfreeze()


def open_run_log_anyway(crawler: Crawler) -> None:
    """A setting is wrong and the run stops: open its run log first, when DATA_DIR and the
    run log's own settings allow, so the error is in it (as one raised by any later
    component would be). Closed when the process ends."""
    settings = crawler.settings
    try:
        level = run_log_level(settings)
        data_dir = config_data_dir(settings)
        if level is None:
            return
        check_writable(data_dir)
    except ConfigError:
        return
    run_id = str(settings.get("SNAPCRAWL_RUN_ID") or "") or new_run_id()
    RunLog.for_run(settings, DataDir(data_dir).run_log(run_id), level).open()


# Services of crawlers built without the extension, one per crawler, gone with it.
_STANDALONE: WeakKeyDictionary[Crawler, CrawlServices] = WeakKeyDictionary()


def crawl_services(crawler: Crawler) -> CrawlServices:
    """The crawl's :class:`CrawlServices`, found with ``crawler.get_extension``.

    For pipelines, middlewares, the spider, and extensions at signal time (Scrapy
    builds them after the extensions). A crawler whose extensions lack it (a
    component tried alone with ``scrapy.utils.test.get_crawler``) gets services of
    its own, built once from its settings but not started (no run log, lock or
    probe), so every component of that crawler still shares one dedup index and pool.
    """
    services = crawler.get_extension(CrawlServices)
    if services is None:
        services = _STANDALONE.get(crawler)
    if services is None:
        services = CrawlServices(crawler, Config.from_settings(crawler.settings))
        crawler.signals.connect(services.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(services.engine_stopped, signal=signals.engine_stopped)
        _STANDALONE[crawler] = services
    return services

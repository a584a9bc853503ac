"""One worker's life in a distributed crawl: join, heartbeat, hand back, stop when done.

:class:`WorkerLifecycle` (an extension, added by ``DistributedAddon``; it finds the
worker's :class:`DistributedRun` with ``crawler.get_extension`` when the spider opens):

* registers the worker in ``{base}:workers`` with its run id and dedup owner,
  and keeps ``{base}:alive:<worker>`` alive every
  ``SNAPCRAWL_DISTRIBUTED_HEARTBEAT_SECONDS`` (it expires after three beats);
* on each beat, forgets the requests whose pages are processed and written
  (``InflightLedger``), and puts back in the queue the requests of any worker
  whose heartbeat expired (a SIGKILL, a dead machine);
* on idle, feeds new start URLs and keeps the spider open until the queue and
  every other worker's in-flight set stayed empty for
  ``SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS``; then Scrapy closes it normally, so
  the pipelines flush their files;
* the last worker to leave a finished crawl clears its dupefilter, so the next
  crawl of the site starts afresh.

:class:`~crawler.distributed.start_urls.StartUrlFeed` (a spider middleware) turns
the spider's start requests into entries of ``{base}:start_urls``; the heartbeat
thread is in :mod:`crawler.distributed.heartbeat`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import deferred_from_coro

from crawler import signals as snapcrawl_signals
from crawler.distributed.config import distributed_config
from crawler.distributed.connection import DistributedRun, distributed_run
from crawler.distributed.engine import requests_in_progress
from crawler.distributed.heartbeat import Heartbeat, wait_for_name
from crawler.distributed.ledger import dedup_releaser, recover_dead_workers
from crawler.distributed.lost import REDIS_ERRORS, redis_lost
from crawler.distributed.start_urls import StartUrlFeed, feed_start_urls
from crawler.services import crawl_services
from snapcrawl import counters
from snapcrawl.finish_reasons import HEARTBEAT_LOST
from snapcrawl.layout import ARTICLES
from snapcrawl.store.reconcile import urls_written_by_run

__all__ = ["StartUrlFeed", "WorkerLifecycle"]  # StartUrlFeed: its old settings path

logger = logging.getLogger(__name__)


class WorkerLifecycle:
    """The extension that runs one worker's life in the crawl (see the module's docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.idle_since: float | None = None
        self._beat: Any = None
        self._heartbeat: Heartbeat | None = None
        self._release_pending: Callable[[dict[str, Any], list[str]], int] = lambda info, urls: 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerLifecycle:
        if distributed_config(crawler.settings) is None:
            raise NotConfigured("REDIS_URL is empty: local mode")
        lifecycle = cls(crawler)
        for handler, signal in (
            (lifecycle.spider_opened, signals.spider_opened),
            (lifecycle.spider_idle, signals.spider_idle),
            (lifecycle.spider_closed, signals.spider_closed),
            (lifecycle.item_scraped, signals.item_scraped),
            (lifecycle.articles_written, snapcrawl_signals.articles_written),
            (lifecycle.article_replaced, snapcrawl_signals.article_replaced),
        ):
            crawler.signals.connect(handler, signal=signal)
        return lifecycle

    @property
    def run(self) -> DistributedRun:
        """The worker's connection to the crawl: the ``DistributedRun`` extension."""
        return distributed_run(self.crawler)

    # -- signals ------------------------------------------------------------------

    def spider_opened(self, spider: Spider) -> None:
        run, keys = self.run, self.run.keys
        wait_for_name(run)
        services = crawl_services(self.crawler)
        index = services.dedup_index
        store = index.store if index is not None else None
        written = partial(urls_written_by_run, services.layout.table(ARTICLES))
        self._release_pending = dedup_releaser(store, written)
        if run.worker in run.workers():  # a restarted worker: hand its old requests back now
            requeued = recover_dead_workers(run, self._release_pending, only=run.worker)
            self.stats.inc_value(counters.DISTRIBUTED_REQUEUED, requeued)
        info = {
            "run_id": services.run_id,
            "dedup_owner": getattr(store, "owner", ""),
            "started_at": datetime.now(UTC).isoformat(),
        }
        run.client.hset(keys.workers, run.worker, json.dumps(info))
        self._heartbeat = Heartbeat(run)
        self._heartbeat.start()
        self.stats.set_value(counters.WORKER, run.worker)
        self._beat = create_looping_call(self.beat)
        self._beat.start(run.config.heartbeat_seconds, now=False)
        logger.info(
            "worker %s joined crawl %s (%d requests queued)",
            run.worker,
            keys.base,
            run.client.zcard(keys.requests),
            extra={"spider": spider},
        )

    def item_scraped(self, item: Any, response: Any, spider: Spider) -> None:
        url = ItemAdapter(item).get("url")
        if url and "body" in ItemAdapter(item):
            self.run.ledger.kept(getattr(response, "request", None), url)

    def articles_written(self, urls: list[str]) -> None:
        try:
            self.run.release(self.run.ledger.written(urls), parked=True)
        except REDIS_ERRORS as error:  # the rows are on disk; the entries stay in Redis
            redis_lost(self.crawler, error, "forgetting written pages")

    def article_replaced(self, url: str) -> None:
        """A kept row that will never be written (a better copy replaced it): nothing
        of its page is left to lose."""
        self.articles_written([url])

    @property
    def lost(self) -> bool:
        return bool(self.stats.get_value(counters.DISTRIBUTED_REDIS_LOST))

    def spider_idle(self, spider: Spider) -> None:
        if self.lost:
            return  # the spider is closing with redis_lost
        try:
            self.settle()
            fed = feed_start_urls(self.crawler, self.run)
            recovered = self.recover()
            busy = self._crawl_busy()
        except REDIS_ERRORS as error:
            redis_lost(self.crawler, error, "looking for work")
            return
        if fed or recovered or busy:
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        self.idle_since = self.idle_since or now
        if now - self.idle_since < self.run.config.idle_seconds:
            raise DontCloseSpider
        logger.info(
            "queue empty for %.0f s: worker %s stops", now - self.idle_since, self.run.worker
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        if self._heartbeat is not None:
            self._heartbeat.stop()
        run, keys = self.run, self.run.keys
        try:
            if not self.lost:
                self.settle(closing=True)
                outcome = run.scripts.leave(worker=run.worker)
                self.stats.set_value(counters.DISTRIBUTED_LEFT, outcome)
                logger.info("worker %s left crawl %s (%s)", run.worker, keys.base, outcome)
        except REDIS_ERRORS as error:
            redis_lost(self.crawler, error, "leaving the crawl")
        finally:
            run.client.close()

    # -- the beat -------------------------------------------------------------------

    def beat(self) -> None:
        try:
            if self._heartbeat is not None and self._heartbeat.lost:
                self.stats.inc_value(counters.DISTRIBUTED_HEARTBEAT_LOST)
                logger.error(
                    "worker %s missed its heartbeats and others may have taken its requests:"
                    " it stops",
                    self.run.worker,
                )
                self._beat.stop()
                deferred_from_coro(self.crawler.engine.close_spider_async(reason=HEARTBEAT_LOST))
                return
            self.settle()
            self.recover()
        except REDIS_ERRORS as error:  # Redis is gone: stop, writing what this worker holds
            self._beat.stop()
            redis_lost(self.crawler, error, "keeping the worker's state")
        except Exception:  # a bug must not kill the loop; the next beat retries
            logger.exception("heartbeat of worker %s failed", self.run.worker)

    def settle(self, *, closing: bool = False) -> None:
        in_progress = () if closing else requests_in_progress(self.crawler)
        done, park = self.run.ledger.settle(in_progress)
        self.run.release(done)
        self.run.park(park)

    def recover(self) -> int:
        requeued = recover_dead_workers(self.run, self._release_pending)
        if requeued:
            self.stats.inc_value(counters.DISTRIBUTED_REQUEUED, requeued)
        return requeued

    def _crawl_busy(self) -> bool:
        run = self.run
        if run.client.zcard(run.keys.requests) or run.client.llen(run.keys.start_urls):
            return True
        return any(
            run.client.hlen(run.keys.inflight(worker))
            for worker in run.workers()
            if worker != run.worker
        )

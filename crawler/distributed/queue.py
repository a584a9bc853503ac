"""The shared queue and scheduler of distributed mode: scrapy-redis's, made crash-safe.

:class:`RedisScheduler` is scrapy-redis's ``Scheduler`` with three changes:

* a new request is marked seen (dupefilter) and queued in one Lua script, so a
  worker killed between the two never leaves a page seen but unqueued;
* a request is popped into the worker's in-flight hash in the same script
  (:class:`TrackedQueue`), so a killed worker's requests are still in Redis;
* stats are counted without the deprecated ``spider=`` argument;
* requests are stored as JSON, never pickled (``serialize``): an entry that is
  not a JSON request is counted (``snapcrawl/distributed/refused``), logged and
  dropped, never run.

Both run their Lua scripts through :class:`DistributedRun`
(``crawler.distributed.connection``), which the scheduler finds with
``crawler.get_extension``.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from crawler.distributed.connection import DistributedRun, distributed_run
from crawler.distributed.lost import REDIS_ERRORS, redis_lost
from snapcrawl import counters

logger = logging.getLogger(__name__)


class TrackedQueue(PriorityQueue):
    """scrapy-redis's priority queue; a pop lands in the worker's in-flight hash."""

    def __init__(self, run: DistributedRun, spider: Any) -> None:
        super().__init__(run.client, spider, run.keys.requests, serializer=run.serializer)
        self.run = run
        self.refused = 0  # entries dropped by pop(): the scheduler counts them

    def push_new(self, request: Request, fingerprint: str) -> bool:
        """Mark ``request`` seen and queue it, atomically; False when it was seen before."""
        data = self._encode_request(request)
        return self.run.scripts.push_new(
            worker=self.run.worker, fingerprint=fingerprint, score=-request.priority, data=data
        )

    def pop(self, timeout: int = 0) -> Request | None:
        reply = self.run.scripts.pop(worker=self.run.worker)
        if reply is None:
            return None
        entry, data = reply
        try:
            request = self._decode_request(data)
        except Exception as error:  # RefusedEntry, or a dict request_from_dict rejects
            # someone else's bytes: counted and dropped, never run (serialize.py)
            self.refused += 1
            logger.warning(
                "refused a queue entry of %s that is not a JSON request (%s): dropped",
                self.run.keys.requests,
                error,
                extra={"spider": self.spider},
            )
            self.run.release([entry])
            return None
        self.run.ledger.popped(entry, request)
        return request


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler over :class:`TrackedQueue`; the queue always persists."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        run = distributed_run(crawler)  # it checked that Redis answers
        scheduler = cls(
            server=run.client,
            persist=True,
            queue_key=run.keys.requests,
            dupefilter_key=run.keys.dupefilter,
            dupefilter_cls=crawler.settings.get("DUPEFILTER_CLASS"),
            serializer=run.serializer,
        )
        scheduler.stats = crawler.stats
        scheduler.crawler = crawler
        scheduler.run = run
        scheduler.debug = crawler.settings.getbool("DUPEFILTER_DEBUG")
        return scheduler

    def open(self, spider: Any) -> None:
        self.spider = spider
        self.queue = TrackedQueue(self.run, spider)
        self.df = load_object(self.dupefilter_cls)(
            self.server, key=self.dupefilter_key, debug=self.debug
        )
        waiting = len(self.queue)
        if waiting:
            logger.info("joining crawl %s: %d requests queued", self.run.keys.base, waiting)

    def close(self, reason: str) -> None:
        """Keep queue and dupefilter: other workers (or a restart) carry on with them."""

    def has_pending_requests(self) -> bool:
        try:
            return len(self.queue) > 0
        except REDIS_ERRORS as error:
            redis_lost(self.crawler, error, "reading the queue")
            return False

    def _fingerprint(self, request: Request) -> str:
        return self.crawler.request_fingerprinter.fingerprint(request).hex()

    def enqueue_request(self, request: Request) -> bool:
        try:
            if request.dont_filter:
                self.queue.push(request)
            # the crawl's fingerprinter (canonical URL: tracking and session ids dropped),
            # not scrapy-redis's own, so the workers agree with a single-process crawl
            elif not self.queue.push_new(request, self._fingerprint(request)):
                self.df.log(request, self.spider)
                return False
        except REDIS_ERRORS as error:  # not queued and not marked seen: the rerun finds it
            redis_lost(self.crawler, error, "queueing a request")
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        refused = self.queue.refused
        try:
            request = self.queue.pop()
        except REDIS_ERRORS as error:
            redis_lost(self.crawler, error, "popping a request")
            return None
        if self.queue.refused != refused:
            self.stats.inc_value(counters.DISTRIBUTED_REFUSED, self.queue.refused - refused)
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
            self.stats.inc_value(counters.DISTRIBUTED_POPPED)
        return request

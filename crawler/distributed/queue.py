"""The Redis side of distributed mode: scrapy-redis's scheduler, made crash-safe.

:class:`RedisScheduler` is scrapy-redis's ``Scheduler`` with three changes:

* a new request is marked seen (dupefilter) and queued in one Lua script, so a
  worker killed between the two never leaves a page seen but unqueued;
* a request is popped into the worker's in-flight hash in the same script
  (:class:`TrackedQueue`), so a killed worker's requests are still in Redis;
* stats are counted without the deprecated ``spider=`` argument.

:class:`DistributedRun` holds one worker's connection, keys and in-flight
ledger; the scheduler and the worker lifecycle share it through
:func:`get_distributed`.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object
from scrapy_redis import picklecompat
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from crawler.distributed import STAT_PREFIX, CrawlKeys, DistributedConfig, crawl_name
from crawler.distributed import distributed_config as read_config
from crawler.distributed_ledger import InflightLedger
from snapcrawl.errors import ConfigError

logger = logging.getLogger(__name__)

# KEYS: queue, dupefilter; ARGV: fingerprint, score, data. 1 when queued, 0 when seen.
_PUSH_NEW = """
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
return 1
"""

# KEYS: queue, inflight. Pops the best request into the in-flight hash: {id, data}.
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
local id = redis.sha1hex(r[1])
redis.call('HSET', KEYS[2], id, r[2] .. '\\n' .. r[1])
return {id, r[1]}
"""

# KEYS: inflight, unflushed; ARGV: ids. Done pages whose rows are not on disk yet.
_PARK = """
for i = 1, #ARGV do
  local v = redis.call('HGET', KEYS[1], ARGV[i])
  if v then redis.call('HSET', KEYS[2], ARGV[i], v); redis.call('HDEL', KEYS[1], ARGV[i]) end
end
return #ARGV
"""

# KEYS: alive, inflight, unflushed, queue, workers; ARGV: worker.
# Puts a dead worker's entries back in the queue; -1 if it is alive after all.
_REQUEUE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
local n = 0
for k = 2, 3 do
  local all = redis.call('HGETALL', KEYS[k])
  for i = 2, #all, 2 do
    local v = all[i]
    local cut = string.find(v, '\\n', 1, true)
    redis.call('ZADD', KEYS[4], string.sub(v, 1, cut - 1), string.sub(v, cut + 1))
    n = n + 1
  end
  redis.call('DEL', KEYS[k])
end
redis.call('HDEL', KEYS[5], ARGV[1])
return n
"""


@dataclass
class DistributedRun:
    """One worker of one distributed crawl: its Redis connection, keys and ledger."""

    config: DistributedConfig
    keys: CrawlKeys
    client: redis.Redis
    serializer: Any = picklecompat
    ledger: InflightLedger = field(default_factory=InflightLedger)

    def __post_init__(self) -> None:
        self._push_new = self.client.register_script(_PUSH_NEW)
        self._pop = self.client.register_script(_POP)
        self._park = self.client.register_script(_PARK)
        self._requeue = self.client.register_script(_REQUEUE)

    @property
    def worker(self) -> str:
        return self.config.worker

    def release(self, entries: list[str], *, parked: bool = False) -> None:
        """Forget entries whose pages are fully processed and their rows on disk."""
        if entries:
            key = self.keys.unflushed if parked else self.keys.inflight
            self.client.hdel(key(self.worker), *entries)

    def park(self, entries: list[str]) -> None:
        """Move done pages whose rows are still buffered to the unflushed hash."""
        if entries:
            keys = [self.keys.inflight(self.worker), self.keys.unflushed(self.worker)]
            self._park(keys=keys, args=entries)

    def requeue(self, worker: str) -> int:
        """Put ``worker``'s in-flight and unflushed requests back; -1 if it is alive."""
        keys = self.keys
        return int(
            self._requeue(
                keys=[
                    keys.alive(worker),
                    keys.inflight(worker),
                    keys.unflushed(worker),
                    keys.requests,
                    keys.workers,
                ],
                args=[worker],
            )
        )

    def entry_urls(self, worker: str) -> list[str]:
        """The URLs of ``worker``'s in-flight and unflushed requests."""
        urls = []
        for key in (self.keys.inflight(worker), self.keys.unflushed(worker)):
            for value in self.client.hvals(key):
                data = value.split(b"\n", 1)[1]
                urls.append(self.serializer.loads(data)["url"])
        return urls

    def workers(self) -> dict[str, dict[str, Any]]:
        return {
            name.decode(): json.loads(info)
            for name, info in self.client.hgetall(self.keys.workers).items()
        }


def get_distributed(crawler: Crawler) -> DistributedRun:
    """The crawler's distributed run, made on first use (needs the spider's start URL)."""
    run = getattr(crawler, "_snapcrawl_distributed", None)
    if run is None:
        config = read_config(crawler.settings)
        if config is None:
            raise ConfigError(
                "REDIS_URL", "", "distributed mode needs REDIS_URL=redis://HOST:PORT/DB"
            )
        spider = crawler.spider
        crawl = config.crawl or crawl_name(getattr(spider, "start_url", "") or "")
        serializer = crawler.settings.get("SCHEDULER_SERIALIZER") or picklecompat
        if isinstance(serializer, str):
            serializer = load_object(serializer)
        run = DistributedRun(
            config,
            CrawlKeys.for_crawl(spider.name, crawl),
            get_redis_from_settings(crawler.settings),
            serializer,
        )
        crawler._snapcrawl_distributed = run  # type: ignore[attr-defined]
    return run


class TrackedQueue(PriorityQueue):
    """scrapy-redis's priority queue; a pop lands in the worker's in-flight hash."""

    def __init__(self, run: DistributedRun, spider: Any) -> None:
        super().__init__(run.client, spider, run.keys.requests, serializer=run.serializer)
        self.run = run

    def push_new(self, request: Request, fingerprint: str, dupefilter_key: str) -> bool:
        data = self._encode_request(request)
        return bool(
            self.run._push_new(
                keys=[self.key, dupefilter_key], args=[fingerprint, -request.priority, data]
            )
        )

    def pop(self, timeout: int = 0) -> Request | None:
        reply = self.run._pop(keys=[self.key, self.run.keys.inflight(self.run.worker)])
        if not reply:
            return None
        entry, data = reply[0].decode(), reply[1]
        try:
            request = self._decode_request(data)
        except Exception:
            logger.exception(
                "dropped a request that cannot be decoded", extra={"spider": self.spider}
            )
            self.run.release([entry])
            return None
        self.run.ledger.popped(entry, request)
        return request


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler over :class:`TrackedQueue`; the queue always persists."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        run = get_distributed(crawler)
        run.client.ping()
        scheduler = cls(
            server=run.client,
            persist=True,
            queue_key=run.keys.requests,
            dupefilter_key=run.keys.dupefilter,
            dupefilter_cls=crawler.settings.get("DUPEFILTER_CLASS"),
            serializer=run.serializer,
        )
        scheduler.stats = crawler.stats
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
        self.opened_at = time.monotonic()

    def close(self, reason: str) -> None:
        """Keep queue and dupefilter: other workers (or a restart) carry on with them."""

    def enqueue_request(self, request: Request) -> bool:
        if request.dont_filter:
            self.queue.push(request)
        elif not self.queue.push_new(
            request, self.df.request_fingerprint(request), self.dupefilter_key
        ):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        request = self.queue.pop()
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
            self.stats.inc_value(f"{STAT_PREFIX}/popped")
        return request

"""One worker's connection to one distributed crawl, found through Scrapy's public API.

:class:`DistributedRun` holds the worker's Redis client, the crawl's keys, its
Lua scripts and the in-flight ledger. It is a Scrapy extension (added by the
add-on), built once per crawler; the scheduler, the worker lifecycle and the
start-URL feed find it with :func:`distributed_run`, i.e.
``crawler.get_extension(DistributedRun)``, never through an attribute stuck on
the ``Crawler``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import redis
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy_redis.connection import get_redis_from_settings

from crawler.distributed.config import CrawlKeys, DistributedConfig, crawl_name, distributed_config
from crawler.distributed.ledger import InflightLedger
from crawler.distributed.lua import CrawlScripts
from crawler.distributed.redis_url import start_error
from crawler.distributed.serialize import REQUEST_CODEC, JsonRequestCodec, RefusedEntry
from snapcrawl.errors import ConfigError


@dataclass
class DistributedRun:
    """One worker of one distributed crawl: its Redis connection, keys, scripts and ledger."""

    config: DistributedConfig
    keys: CrawlKeys
    client: redis.Redis
    serializer: JsonRequestCodec = REQUEST_CODEC  # never pickle: see serialize.py
    ledger: InflightLedger = field(default_factory=InflightLedger)

    def __post_init__(self) -> None:
        self.scripts = CrawlScripts(self.client, self.keys)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedRun:
        """The extension's constructor; the spider exists already (its start URL names the
        crawl). Raises ``NotConfigured`` in local mode, so the extension is left out, and
        a one-line error naming REDIS_URL and the fix when Redis is down
        (``ServiceUnavailable``) or refuses the password or database (``ConfigError``)."""
        config = distributed_config(crawler.settings)
        if config is None:
            raise NotConfigured("REDIS_URL is empty: local mode")
        spider = crawler.spider
        crawl = config.crawl or crawl_name(getattr(spider, "start_url", "") or "")
        client = get_redis_from_settings(crawler.settings)
        try:
            client.ping()
        except redis.RedisError as error:  # one line, before anything opens
            raise start_error("REDIS_URL", config.redis_url, error) from None
        return cls(config, CrawlKeys.for_crawl(spider.name, crawl), client)

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
            self.scripts.park(worker=self.worker, entries=entries)

    def requeue(self, worker: str) -> int:
        """Put ``worker``'s in-flight and unflushed requests back; -1 if it is alive."""
        return self.scripts.requeue(dead_worker=worker)

    def entry_urls(self, worker: str) -> list[str]:
        """The URLs of ``worker``'s in-flight and unflushed requests."""
        urls = []
        for key in (self.keys.inflight(worker), self.keys.unflushed(worker)):
            for value in self.client.hvals(key):
                try:
                    urls.append(self.serializer.loads(value.split(b"\n", 1)[-1])["url"])
                except RefusedEntry:
                    continue  # requeued as it is; the popping worker refuses it

        return urls

    def workers(self) -> dict[str, dict[str, Any]]:
        return {
            name.decode(): json.loads(info)
            for name, info in self.client.hgetall(self.keys.workers).items()
        }


def distributed_run(crawler: Crawler) -> DistributedRun:
    """The crawler's distributed run (call it once the extensions exist: from the spider's
    opening on). A ``ConfigError`` in local mode, where there is none."""
    run = crawler.get_extension(DistributedRun)
    if run is None:
        raise ConfigError("REDIS_URL", "", "distributed mode needs REDIS_URL=redis://HOST:PORT/DB")
    return run

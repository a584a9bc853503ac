"""Distributed mode's settings, validated once, and the name of every Redis key of a crawl.

Keys (``{base}`` = ``snapcrawl:<spider>:<crawl>``, crawl = the start URL's host
and port unless ``SNAPCRAWL_DISTRIBUTED_CRAWL`` names it): ``{base}:requests``,
``:dupefilter``, ``:start_urls``, ``:workers`` (hash: worker -> JSON),
``:alive:<worker>`` (expiring heartbeat), ``:inflight:<worker>`` and
``:unflushed:<worker>`` (hash: id -> "score\\ndata"). Every worker of a crawl
derives the same keys from :class:`CrawlKeys`; no other module spells one.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings

from crawler import defaults
from crawler.distributed.redis_url import REDIS_SCHEMES, check_redis_url
from crawler.setting_checks import number_at_least
from snapcrawl.errors import ConfigError

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def worker_name() -> str:
    """``<host>-<pid>``: unique among the live workers of one crawl."""
    return f"{_UNSAFE.sub('_', socket.gethostname()) or 'host'}-{os.getpid()}"


def crawl_name(start_url: str) -> str:
    """The default crawl name: the start URL's host, and port when given."""
    parts = urlsplit(start_url)
    name = parts.hostname or "crawl"
    return _UNSAFE.sub("_", f"{name}_{parts.port}" if parts.port else name)


@dataclass(frozen=True)
class CrawlKeys:
    """The Redis keys of one crawl; every worker of the crawl derives the same ones."""

    base: str

    @classmethod
    def for_crawl(cls, spider_name: str, crawl: str) -> CrawlKeys:
        return cls(f"snapcrawl:{spider_name}:{crawl}")

    @property
    def requests(self) -> str:
        """Sorted set: the shared request queue (score = -priority)."""
        return f"{self.base}:requests"

    @property
    def dupefilter(self) -> str:
        """Set: fingerprints of every request ever queued in this crawl."""
        return f"{self.base}:dupefilter"

    @property
    def start_urls(self) -> str:
        """List: start URLs waiting to be turned into requests."""
        return f"{self.base}:start_urls"

    @property
    def workers(self) -> str:
        """Hash: worker name -> JSON (run id, dedup owner, start time)."""
        return f"{self.base}:workers"

    def alive(self, worker: str) -> str:
        """String with an expiry: the worker's heartbeat."""
        return f"{self.base}:alive:{worker}"

    def inflight(self, worker: str) -> str:
        """Hash: entry id -> "score\\ndata" of requests the worker popped and still processes."""
        return f"{self.base}:inflight:{worker}"

    def unflushed(self, worker: str) -> str:
        """Hash: like ``inflight``, for done pages whose rows are not on disk yet."""
        return f"{self.base}:unflushed:{worker}"


@dataclass(frozen=True)
class DistributedConfig:
    """One worker's view of a distributed crawl (every field maps to a setting)."""

    redis_url: str  # REDIS_URL
    worker: str  # SNAPCRAWL_DISTRIBUTED_WORKER, default <host>-<pid>
    crawl: str = ""  # SNAPCRAWL_DISTRIBUTED_CRAWL, default: the start URL's host[_port]
    idle_seconds: float = defaults.SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS
    heartbeat_seconds: float = defaults.SNAPCRAWL_DISTRIBUTED_HEARTBEAT_SECONDS

    @property
    def dead_after(self) -> float:
        """A worker silent for this long is dead: its in-flight requests go back to the queue."""
        return 3 * self.heartbeat_seconds


def distributed_config(settings: BaseSettings) -> DistributedConfig | None:
    """The validated config, or None when ``REDIS_URL`` is empty (local mode)."""
    url = settings.get("REDIS_URL") or ""
    if not url:
        return None
    check_redis_url("REDIS_URL", str(url))
    store = settings.get("SNAPCRAWL_DEDUP_STORE") or ""
    if store and not str(store).startswith(REDIS_SCHEMES):
        raise ConfigError(
            "SNAPCRAWL_DEDUP_STORE",
            store,
            "workers on several machines share the dedup state only in Redis: leave it"
            " empty (it follows REDIS_URL) or give a redis:// URL",
        )
    if settings.get("SCHEDULER_SERIALIZER"):
        raise ConfigError(
            "SCHEDULER_SERIALIZER",
            settings.get("SCHEDULER_SERIALIZER"),
            "requests in Redis are always JSON (crawler.distributed.serialize; pickle would"
            " let anyone who can write to Redis run code in the workers): drop this setting",
        )
    worker = settings.get("SNAPCRAWL_DISTRIBUTED_WORKER") or worker_name()
    if _UNSAFE.search(worker):
        raise ConfigError(
            "SNAPCRAWL_DISTRIBUTED_WORKER", worker, "use letters, digits, '.', '_' and '-'"
        )
    crawl = settings.get("SNAPCRAWL_DISTRIBUTED_CRAWL") or ""
    if _UNSAFE.search(crawl):
        raise ConfigError(
            "SNAPCRAWL_DISTRIBUTED_CRAWL", crawl, "use letters, digits, '.', '_' and '-'"
        )
    return DistributedConfig(
        redis_url=url,
        worker=worker,
        crawl=crawl,
        idle_seconds=_seconds(settings, "SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS"),
        heartbeat_seconds=_seconds(settings, "SNAPCRAWL_DISTRIBUTED_HEARTBEAT_SECONDS"),
    )


def _seconds(settings: BaseSettings, name: str) -> float:
    default = getattr(defaults, name)
    fix = f"use a number of seconds above 0 (default {default:g})"
    return number_at_least(name, settings.get(name, default), 0, fix, float, above=True)

"""Distributed mode: several workers, one Redis queue, one dedup state, one dataset.

``REDIS_URL`` set switches it on. Every worker, on any machine, runs the same
``scrapy crawl snapshot -a start_url=URL -s REDIS_URL=... -s DATA_DIR=...``;
:class:`DistributedAddon` then swaps in scrapy-redis's scheduler and
dupefilter (through our adapter, ``crawler.distributed_queue``) and adds the
worker's lifecycle (``crawler.distributed_worker``). The dedup store follows
``REDIS_URL`` on its own (``crawler.config.Config.dedup_store``).

scrapy-redis 0.9 on Scrapy 2.19, and what the adapter does about it:

* ``RedisSpider.start_requests`` is never called (Scrapy calls ``start()``):
  start URLs are fed from ``snapcrawl:<spider>:<crawl>:start_urls`` by a
  spider middleware (``process_start``) and on idle, not by a spider class;
* its start URLs bypass the dupefilter (``dont_filter=True``): ours go through
  it, so the URL every worker pushes is fetched once;
* an idle ``RedisSpider`` never closes: a worker closes normally (pipelines
  flush) once the queue and every worker's in-flight set stayed empty for
  ``SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS``;
* its scheduler passes ``spider=`` to the stats (deprecated): ours does not;
* a popped request lives only in the worker's memory, so a killed worker loses
  it: ours pops it into a per-worker in-flight hash in the same Lua script and
  clears it only once the page's rows are on disk; a worker whose heartbeat
  lapsed has its entries put back in the queue by the next live one.

Keys (``{base}`` = ``snapcrawl:<spider>:<crawl>``, crawl = the start URL's host
and port unless ``SNAPCRAWL_DISTRIBUTED_CRAWL`` names it): ``{base}:requests``,
``:dupefilter``, ``:start_urls``, ``:workers`` (hash: worker -> JSON),
``:alive:<worker>`` (expiring heartbeat), ``:inflight:<worker>`` and
``:unflushed:<worker>`` (hash: id -> "score\\ndata").
"""

from __future__ import annotations

import math
import os
import re
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings

from crawler import defaults
from snapcrawl.errors import ConfigError

STAT_PREFIX = "snapcrawl/distributed"
SCHEDULER = "crawler.distributed_queue.RedisScheduler"
DUPEFILTER = "scrapy_redis.dupefilter.RFPDupeFilter"
EXTENSION = "crawler.distributed_worker.WorkerLifecycle"
START_MIDDLEWARE = "crawler.distributed_worker.StartUrlFeed"
_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
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
        return f"{self.base}:requests"

    @property
    def dupefilter(self) -> str:
        return f"{self.base}:dupefilter"

    @property
    def start_urls(self) -> str:
        return f"{self.base}:start_urls"

    @property
    def workers(self) -> str:
        return f"{self.base}:workers"

    def alive(self, worker: str) -> str:
        return f"{self.base}:alive:{worker}"

    def inflight(self, worker: str) -> str:
        return f"{self.base}:inflight:{worker}"

    def unflushed(self, worker: str) -> str:
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
    if not str(url).startswith(_REDIS_SCHEMES):
        raise ConfigError("REDIS_URL", url, "use redis://HOST:PORT/DB (or rediss://, unix://)")
    store = settings.get("SNAPCRAWL_DEDUP_STORE") or ""
    if store and not str(store).startswith(_REDIS_SCHEMES):
        raise ConfigError(
            "SNAPCRAWL_DEDUP_STORE",
            store,
            "workers on several machines share the dedup state only in Redis: leave it"
            " empty (it follows REDIS_URL) or give a redis:// URL",
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


class DistributedAddon:
    """Scrapy add-on: with ``REDIS_URL`` set, apply the scrapy-redis overlay.

    Add-on settings sit above the defaults and below the project's settings;
    snapcrawl's project sets neither ``SCHEDULER`` nor ``DUPEFILTER_CLASS``, so
    the overlay applies, and one given on the command line that would defeat it
    stops the run.
    """

    def update_settings(self, settings: BaseSettings) -> None:
        if distributed_config(settings) is None:
            return
        settings.set("SCHEDULER", SCHEDULER, priority="addon")
        settings.set("DUPEFILTER_CLASS", DUPEFILTER, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")  # other workers need it
        settings.set_in_component_priority_dict("EXTENSIONS", EXTENSION, 450)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", START_MIDDLEWARE, 10)
        for name, wanted in (("SCHEDULER", SCHEDULER), ("DUPEFILTER_CLASS", DUPEFILTER)):
            if _class_path(settings.get(name)) != wanted:
                raise ConfigError(
                    name,
                    settings.get(name),
                    f"distributed mode (REDIS_URL set) needs {wanted}: drop this setting"
                    " or unset REDIS_URL",
                )


def _class_path(value: Any) -> str:
    if isinstance(value, str):
        return value
    return f"{value.__module__}.{value.__qualname__}"


def _seconds(settings: BaseSettings, name: str) -> float:
    default = getattr(defaults, name)
    raw = settings.get(name, default)
    try:
        value = float(raw)
    except (TypeError, ValueError):
        value = -1.0
    if not (value > 0 and math.isfinite(value)):
        raise ConfigError(name, raw, f"use a number of seconds above 0 (default {default:g})")
    return value

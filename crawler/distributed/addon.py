"""The Scrapy add-on that switches distributed mode on when ``REDIS_URL`` is set.

Wired in ``crawler/settings.py`` (``ADDONS``). Add-on settings sit above the
defaults and below the project's settings; snapcrawl's project sets neither
``SCHEDULER`` nor ``DUPEFILTER_CLASS``, so the overlay applies, and one given on
the command line that would defeat it stops the run.
"""

from __future__ import annotations

from typing import Any

from scrapy.settings import BaseSettings

from crawler.distributed.config import distributed_config
from snapcrawl.errors import ConfigError

SCHEDULER = "crawler.distributed.queue.RedisScheduler"
DUPEFILTER = "scrapy_redis.dupefilter.RFPDupeFilter"
CONNECTION = "crawler.distributed.connection.DistributedRun"
EXTENSION = "crawler.distributed.worker.WorkerLifecycle"
START_MIDDLEWARE = "crawler.distributed.start_urls.StartUrlFeed"


class DistributedAddon:
    """Scrapy add-on: with ``REDIS_URL`` set, apply the scrapy-redis overlay."""

    def update_settings(self, settings: BaseSettings) -> None:
        if distributed_config(settings) is None:
            return
        settings.set("SCHEDULER", SCHEDULER, priority="addon")
        settings.set("DUPEFILTER_CLASS", DUPEFILTER, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")  # other workers need it
        # the connection first: the lifecycle and the scheduler look it up
        settings.set_in_component_priority_dict("EXTENSIONS", CONNECTION, 440)
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

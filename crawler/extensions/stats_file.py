"""StatsFile: the run's final stats as JSON in ``DATA_DIR/logs/<run_id>.stats.json``.

Scrapy prints its stats at the end of the log as a Python ``repr``; tools that
want a number back (the pytest plugin, a monitoring script) should not parse
that. This extension writes the same stats, once the engine has stopped and
every counter is final, as a JSON object (datetimes as ISO strings) next to
the run log.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.services import crawl_services
from snapcrawl.files import write_atomic

logger = logging.getLogger(__name__)


class StatsFile:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFile:
        extension = cls(crawler)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_stopped(self) -> None:
        services = crawl_services(self.crawler)
        path = services.layout.run_stats(services.run_id)
        stats = self.crawler.stats.get_stats()
        try:
            write_atomic(path, stats_json(stats))  # whole or absent, never half-written
        except OSError as error:  # a full disk: the console log has the stats
            logger.warning("could not write the run's stats to %s (%s)", path, error)


def stats_json(stats: dict[str, Any]) -> str:
    """Stats as a JSON object, keys sorted; datetimes and dates as ISO 8601 strings."""
    return json.dumps(stats, default=_plain, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)

"""Log dropped items in one short line instead of Scrapy's full item dump, and skip the
DEBUG lines of each page crawled and each item scraped or dropped when no handler would
print them."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter

# the loggers Scrapy logs each scraped or dropped item, and each page crawled, with
_SCRAPER_LOGGER = logging.getLogger("scrapy.core.scraper")
_ENGINE_LOGGER = logging.getLogger("scrapy.core.engine")


def debug_is_printed(logger: logging.Logger | None = None) -> bool:
    """Whether a DEBUG record of ``logger`` reaches a handler that keeps it.

    Scrapy's ``LOG_LEVEL`` is the level of its handler, not of the loggers, so at INFO
    every page's and item's DEBUG line is still built (a log record, ~11 us) and then
    discarded by each handler: two a page in an article crawl. Asked each time: a handler
    added later (a DEBUG run log, pytest's caplog) gets the lines from then on.
    """
    logger = logger or _SCRAPER_LOGGER
    if not logger.isEnabledFor(logging.DEBUG):
        return False
    current: logging.Logger | None = logger
    while current is not None:
        if any(handler.level <= logging.DEBUG for handler in current.handlers):
            return True
        current = current.parent if current.propagate else None
    return False


class QuietDropLogFormatter(LogFormatter):
    """A duplicate or a list page is routine: DEBUG, with its URL, not the HTML."""

    def crawled(self, request: Any, response: Any, spider: Any) -> dict | None:
        if not debug_is_printed(_ENGINE_LOGGER):
            return None  # Scrapy logs nothing for None; response_received is sent as before
        return super().crawled(request, response, spider)

    def scraped(self, item: Any, response: Any, spider: Any) -> dict | None:
        if not debug_is_printed():
            return None  # Scrapy logs nothing for None; item_scraped is sent as before
        return super().scraped(item, response, spider)

    def dropped(
        self, item: Any, exception: BaseException, response: Any, spider: Any
    ) -> dict | None:
        if not debug_is_printed():
            return None
        url = item.get("url") if hasattr(item, "get") else None
        return {
            "level": logging.DEBUG,
            "msg": "Dropped %(url)s: %(reason)s",
            "args": {"url": url, "reason": str(exception)},
        }

"""Log dropped items in one short line instead of Scrapy's full item dump."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter


class QuietDropLogFormatter(LogFormatter):
    """A duplicate or a list page is routine: DEBUG, with its URL, not the HTML."""

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict:
        url = item.get("url") if hasattr(item, "get") else None
        return {
            "level": logging.DEBUG,
            "msg": "Dropped %(url)s: %(reason)s",
            "args": {"url": url, "reason": str(exception)},
        }

"""ItemErrors: counts the items a pipeline raised on, by the exception's class.

Scrapy logs such an item ("Error processing ...", with its traceback) but puts
no number in the stats, so the summary's "N errors", the runs row and the exit
code never knew that extraction or a pipeline failed on every article page: the
run exited 0 with no article written. A drop (a list page, a duplicate) is a
``DropItem`` and is not counted here.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.python.failure import Failure

from snapcrawl import counters


class ItemErrors:
    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ItemErrors:
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.item_error, signal=signals.item_error)
        return extension

    def item_error(self, item: Any, response: Any, spider: Any, failure: Failure) -> None:
        kind = type(failure.value).__name__
        self.stats.inc_value(f"{counters.ITEM_ERRORS}{kind}")

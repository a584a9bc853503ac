"""GivenUpMiddleware: a queued request of a URL pattern the trap guard gave up on is not sent.

The trap guard (:mod:`crawler.middlewares.traps`) judges a pattern by the verdicts on its
pages, which come back from the pipelines while the crawl goes on: by the time a
calendar's days are given up on, its earlier pages have put dozens more days in the
scheduler, and on a busy machine, whose verdicts lag more, hundreds. The guard refuses
new links of the pattern; this middleware drops those already queued, just before the
download, so a trap costs about the pages it took to judge it. Stat:
``snapcrawl/trap/not_followed/queued``.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from crawler.services import crawl_services
from snapcrawl import counters

STAT = f"{counters.TRAP_NOT_FOLLOWED}queued"


class GivenUpPattern(IgnoreRequest):
    """A request of a URL pattern given up on as a trap, not sent (not an error)."""


class GivenUpMiddleware:
    def __init__(self, stats: Any, services: Any) -> None:
        self.stats = stats
        self.services = services  # its link_gate is the trap guard, when that runs

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GivenUpMiddleware:
        return cls(crawler.stats, crawl_services(crawler))

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        gate = self.services.link_gate
        if gate is not None and gate.given_up(request):
            self.stats.inc_value(STAT)
            raise GivenUpPattern(f"{request.url}: its URL pattern was given up on as a trap")
        return None

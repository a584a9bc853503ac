"""GivenUpMiddleware: a queued request of a URL pattern the trap guard gave up on is not sent.

The trap guard (:mod:`crawler.middlewares.traps`) judges a pattern by the verdicts on its
pages, which come back from the pipelines while the crawl goes on: by the time a
calendar's days are given up on, its earlier pages have put dozens more days in the
scheduler, and on a busy machine, whose verdicts lag more, hundreds. The guard refuses
new links of the pattern; this middleware drops those already queued, just before the
download, so a trap costs about the pages it took to judge it. Stat:
``snapcrawl/trap/not_followed/queued``.

A chain (each day links the next) would still run on ahead of its verdicts: one page
fetched, the next linked, faster than the pipelines judge them when the machine is
busy. So a request of a pattern with enough pages awaiting their verdicts to give it up
(:meth:`~crawler.middlewares.traps.TrapMiddleware.awaits_verdicts`) waits here for them,
for at most ``HOLD_SECONDS``: the next day is sent only once the days before it are
judged, and a trap costs about the same pages on a loaded machine as on an idle one.
Patterns that have led to an article are never held. Stat of requests that waited:
``snapcrawl/trap/held``.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from crawler.services import crawl_services
from snapcrawl import counters

STAT = f"{counters.TRAP_NOT_FOLLOWED}queued"
HOLD_SECONDS = 5.0  # a bound, so a verdict that never comes costs seconds, not the crawl
POLL_SECONDS = 0.05


async def pause(seconds: float) -> None:
    """Sleep on whichever loop runs the crawl (asyncio or a plain Twisted reactor)."""
    try:
        from scrapy.utils.asyncio import sleep  # Scrapy >= 2.18
    except ImportError:  # pragma: no cover - older Scrapy
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        await maybe_deferred_to_future(deferLater(reactor, seconds))
        return
    await sleep(seconds)


class GivenUpPattern(IgnoreRequest):
    """A request of a URL pattern given up on as a trap, not sent (not an error)."""


class GivenUpMiddleware:
    def __init__(self, stats: Any, services: Any) -> None:
        self.stats = stats
        self.services = services  # its link_gate is the trap guard, when that runs

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GivenUpMiddleware:
        return cls(crawler.stats, crawl_services(crawler))

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        gate = self.services.link_gate
        if gate is None:
            return None
        waited = 0.0
        while waited < HOLD_SECONDS and gate.awaits_verdicts(request):
            if not waited:
                self.stats.inc_value(counters.TRAP_HELD)
            await pause(POLL_SECONDS)
            waited += POLL_SECONDS
        if gate.given_up(request):
            self.stats.inc_value(STAT)
            raise GivenUpPattern(f"{request.url}: its URL pattern was given up on as a trap")
        return None

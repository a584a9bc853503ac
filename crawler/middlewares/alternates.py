"""AlternatesMiddleware: another view of an article (print, mobile) is not fetched.

The snapshot spider gives the links a page names as other views of itself
(crawler/spiders/alternates.py) the lowest priority and the page's canonical URL
in ``meta[ALTERNATE_OF]``, so they leave the scheduler after every other request,
when the pipelines have mostly judged the page; one whose page is still in this
process's pipelines waits here for the verdict (at most ``WAIT_SECONDS``), so a
small site, whose queue empties at once, saves as much as a large one. A view of a
page parsed by another process (another worker of a distributed crawl, a run before
a JOBDIR resume) waits for nothing: its verdict never comes here. Just before the
download, such a request is dropped if the page turned out to be an article (kept,
or dropped as a copy): the view holds the same story, and fetching it would only
have it dropped as a duplicate. A view of a page that is no article (a list's
mobile version), whose item failed, or not judged in time, is fetched: a story that
exists only under such a URL is never lost. A dropped view is recorded (an
``alternate`` row of the duplicates table, through the ``alternate_skipped``
signal) so later runs do not fetch it either.

Stats: ``snapcrawl/alternates/skipped`` and ``snapcrawl/alternates/fetched``.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer

from crawler import signals as snapcrawl_signals
from crawler.items import NotAnArticleDrop
from crawler.middlewares.hash_set import HashSet
from snapcrawl import counters
from snapcrawl.dedup import canonical_or_as_is

logger = logging.getLogger(__name__)

# request.meta keys: the canonical URL of the page a request is another view of, and
# the process that parsed that page (its verdict comes only to that process)
ALTERNATE_OF = "snapcrawl_alternate_of"
PARSED_BY = "snapcrawl_alternate_parsed_by"
PROCESS = uuid.uuid4().hex
# below every other request (Scrapy's default is 0; DEPTH_PRIORITY lowers by a few)
ALTERNATE_PRIORITY = -1_000_000
# how long a view waits for its page's verdict (extraction takes milliseconds; a page
# whose item is lost, e.g. the crawl closing, must not hold the view for ever)
WAIT_SECONDS = 30.0


def view_meta(page: str) -> dict[str, str]:
    """The meta of a request for another view of ``page`` (canonical), parsed here."""
    return {ALTERNATE_OF: page, PARSED_BY: PROCESS}


class AlternateView(IgnoreRequest):
    """A request for another view of an article, not sent (not an error)."""


class AlternatesMiddleware:
    def __init__(
        self, stats: Any, crawler: Crawler | None = None, wait_seconds: float = WAIT_SECONDS
    ) -> None:
        self.stats = stats
        self.crawler = crawler
        self.wait_seconds = wait_seconds
        self.judged = HashSet()  # hashes of the canonical URLs of the pages judged
        self.articles = HashSet()  # ... and of those judged articles
        self.waiting: dict[int, list[defer.Deferred]] = {}  # page hash -> views waiting

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AlternatesMiddleware:
        middleware = cls(crawler.stats, crawler)
        crawler.signals.connect(middleware.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(middleware.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(middleware.item_error, signal=signals.item_error)
        return middleware

    def item_scraped(self, item: Any, response: Response | None = None) -> None:
        self._judged(response, article=True)

    def item_dropped(
        self, item: Any, exception: BaseException, response: Response | None = None
    ) -> None:
        self._judged(response, article=not isinstance(exception, NotAnArticleDrop))

    def item_error(self, item: Any, response: Response | None = None) -> None:
        self._judged(response, article=False)  # not known: its views are fetched

    def _judged(self, response: Response | None, article: bool) -> None:
        if response is None:
            return
        key = hash(canonical_or_as_is(response.url))
        self.judged.add(key)
        if article:
            self.articles.add(key)
        for waiter in self.waiting.pop(key, ()):
            if not waiter.called:
                waiter.callback(None)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        page = request.meta.get(ALTERNATE_OF)
        if not page:
            return None
        key = hash(page)
        if key not in self.judged and request.meta.get(PARSED_BY) == PROCESS:
            await self._verdict(key)
        if key not in self.articles:
            self.stats.inc_value(counters.ALTERNATES_FETCHED)
            return None
        self.stats.inc_value(counters.ALTERNATES_SKIPPED)
        view = canonical_or_as_is(request.url)
        logger.debug("not fetched: %s is another view of the article %s", view, page)
        if self.crawler is not None:
            self.crawler.signals.send_catch_log(
                snapcrawl_signals.alternate_skipped, url=view, of=page
            )
        raise AlternateView(f"another view of the article {page}")

    async def _verdict(self, key: int) -> None:
        """Until the page of ``key`` is judged, or ``wait_seconds`` have passed."""
        from twisted.internet import reactor  # the one the crawl installed, at call time

        waiter: defer.Deferred = defer.Deferred()
        waiter.addTimeout(self.wait_seconds, reactor)
        self.waiting.setdefault(key, []).append(waiter)
        try:
            await maybe_deferred_to_future(waiter)
        except defer.TimeoutError:
            waiters = self.waiting.get(key, [])
            if waiter in waiters:
                waiters.remove(waiter)

"""TrapMiddleware: a crawl ends by itself on a spider trap and keeps the real articles.

A spider trap is a site that makes new URLs forever: an infinite calendar
(``/day/2026-01-01.html`` links the next day, and so on), a counter, a session
id in every link. Session ids are dropped from the canonical URL, so the
request fingerprint (``crawler.fingerprint``) fetches such a page once. Here a
link whose canonical URL this process already let through is not new: it is
dropped (the duplicate filter would drop it anyway), counts against no budget and
makes no page productive; the snapshot spider asks first (:meth:`TrapMiddleware.followed_before`)
and makes no request of such a link at all. For the rest, three limits over the spider's output,
each a setting (0 turns it off):

* **barren pages of one pattern** (``SNAPCRAWL_TRAP_BARREN_PAGES``): URLs are
  grouped by a pattern with digit runs masked (``/day/#-#-#.html``). A page is
  *barren* when it is not an article (the clean pipeline drops it with
  ``NotAnArticleDrop``) and links nothing outside its own group that no earlier
  page of the group linked. After that many barren pages in a row, the group's
  links are no longer followed. A list page links its own articles (new to the
  list group even when the crawl reached them first through related links, so a
  deep pagination is never given up while it still lists stories) and an article
  is an article, so neither is barren; a calendar page past the last real day,
  which links the same navigation as the day before, is. The (group, link) pairs
  are kept as hashes, one per link the group's pages make: per URL, like the
  duplicate filter's fingerprints (crawler/middlewares/hash_set.py: ~20 bytes each).
* **patterns that lead to no article** (twice ``SNAPCRAWL_TRAP_BARREN_PAGES``): two
  patterns that link each other (a calendar's months and days) are never barren;
  a pattern whose pages went on that long, not in a row, without an article found
  through them is given up on too (crawler/middlewares/trap_yield.py).
* **depth** (``SNAPCRAWL_TRAP_MAX_DEPTH``): links from the start page, a last
  resort for a chain the barren rule did not catch. Its default (10,000) is above
  a real archive paginated by "next" links: 5,000 pages of 20 links hold 100,000
  articles, and a limit the archive reaches loses articles.
* **pages per host** (``SNAPCRAWL_TRAP_HOST_PAGES``): requests sent to one host
  in one run. Once it is reached no more links to the host are followed, and
  when the crawl has nothing left it closes with the finish reason
  ``host_page_budget``, so a capped run never passes for a complete one.

A pattern given up on is remembered in the crawl state for the next
``SNAPCRAWL_TRAP_REMEMBER_RUNS`` runs into the same DATA_DIR, which do not walk it
again; then it is walked once more (snapcrawl/state/traps.py says why).

Links of a pattern given up on that were let through before it was (the scheduler
still holds them) are not sent either: :class:`crawler.middlewares.given_up.GivenUpMiddleware`
drops them just before the download and counts them as ``…/not_followed/queued``, so
the pages a trap costs do not grow with the lag of the verdicts on a busy machine.

Each link not followed is counted as ``snapcrawl/trap/not_followed/<kind>``
(``pattern``, ``depth``, ``host_budget``, ``queued``), each pattern given up on as
``snapcrawl/trap/patterns_stopped``, each remembered one not walked as
``snapcrawl/trap/patterns_remembered``; each limit is logged once when it first bites.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, NotConfigured
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from crawler.items import NotAnArticleDrop
from crawler.middlewares.hash_set import HashSet
from crawler.middlewares.trap_yield import VIA, ArticleYield, article_known, via_of
from crawler.services import crawl_services
from snapcrawl import counters, finish_reasons
from snapcrawl.dedup import canonical_or_as_is
from snapcrawl.state.traps import TrapMemory

logger = logging.getLogger(__name__)
FINISH_REASON = finish_reasons.HOST_PAGE_BUDGET
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=8192)  # a page's links repeat across pages (navigation, lists)
def url_pattern(url: str) -> str:
    """The URL with every run of digits masked: pages of one calendar or counter share it.

    >>> url_pattern("http://a.cn/day/2026-01-01.html?sid=9&p=3")
    'a.cn/day/#-#-#.html?p=#&sid=#'
    """
    parts = urlsplit(url)
    query = "&".join(sorted(_DIGITS.sub("#", pair) for pair in parts.query.split("&") if pair))
    masked = _DIGITS.sub("#", f"{parts.netloc}{parts.path}")
    return f"{masked}?{query}" if query else masked


@dataclass
class PatternRecord:
    barren_in_a_row: int = 0
    stopped: bool = False
    awaiting: int = 0  # its pages with no new link whose verdicts are not back yet
    gave_article: bool = False  # one of those pages was judged an article


def request_key(method: str, canonical_url: str, body: bytes) -> int:
    """What makes two requests the same page here: the key of ``seen``, asked for a
    request (``_admit``) and for a link before any request is made (``followed_before``)."""
    return hash((method, canonical_url, body))


class TrapMiddleware(BaseSpiderMiddleware):
    def __init__(
        self,
        stats: Any,
        host_pages: int = 0,
        max_depth: int = 0,
        barren_pages: int = 0,
        memory: TrapMemory | None = None,
        run_id: str | None = None,
    ) -> None:
        self.stats = stats
        self.memory = memory  # patterns given up on by earlier runs, and by this one
        self.run_id = run_id
        self.host_pages = host_pages
        self.max_depth = max_depth
        self.barren_pages = barren_pages
        self.seen = HashSet()  # hashes of canonical URLs already let through
        self.linked_from = HashSet()  # hashes of (page pattern, link) pairs met
        self.per_host: Counter[str] = Counter()
        self.patterns: dict[str, PatternRecord] = {}
        self.pending: dict[str, str] = {}  # canonical URL of a page with no new link -> pattern
        self.told: set[str] = set()
        self.budget_spent = False
        self.pages: dict[int, _PageLinks] = {}  # id(response) -> its output passing now
        self.article_yield = ArticleYield(2 * barren_pages)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapMiddleware:
        services = crawl_services(crawler)
        config = services.config
        if not config.trap_enabled:
            raise NotConfigured("SNAPCRAWL_TRAP_ENABLED is off")
        memory = None
        if config.trap_remember_runs and config.trap_barren_pages:
            memory = TrapMemory(services.layout.trap_store, config.trap_remember_runs)
        middleware = cls(
            crawler.stats,
            config.trap_host_pages,
            config.trap_max_depth,
            config.trap_barren_pages,
            memory,
            services.run_id,
        )
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(middleware.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(middleware.item_error, signal=signals.item_error)
        crawler.signals.connect(middleware.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.known_article, signal=article_known)
        services.link_gate = middleware
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        """Patterns an earlier run gave up on are not walked again (for a few runs)."""
        if self.memory is None:
            return
        try:
            remembered = self.memory.start_run()
        except sqlite3.Error as error:  # a damaged memory costs a walk, nothing worse
            logger.warning("cannot read %s (%s): every pattern is walked", self.memory.path, error)
            return
        for pattern in remembered:
            self.patterns.setdefault(pattern, PatternRecord()).stopped = True
        if remembered:
            self.stats.inc_value(counters.TRAP_PATTERNS_REMEMBERED, len(remembered))
            logger.info(
                "not walking %d URL patterns earlier runs gave up on (%s)",
                len(remembered),
                ", ".join(sorted(remembered)[:5]),
            )

    # -- the spider's output ---------------------------------------------------------

    def process_spider_output(self, response: Response, result: Any) -> Any:
        page = self.pages[id(response)] = _PageLinks(self, response)
        try:
            for element in result:
                if (element := page.follow(element)) is not None:
                    yield element
        finally:
            del self.pages[id(response)]
        page.done()

    async def process_spider_output_async(self, response: Response, result: Any) -> Any:
        page = self.pages[id(response)] = _PageLinks(self, response)
        try:
            async for element in result:
                if (element := page.follow(element)) is not None:
                    yield element
        finally:
            del self.pages[id(response)]
        page.done()

    def followed_before(self, response: Response, url: str) -> bool:
        """True when a plain GET link of ``response`` to ``url`` would be dropped here as
        already let through: the spider then makes no request of it (~11 us each, and
        on a news site most links of a page lead where earlier pages led). The link is
        noted as the page's, as :meth:`_PageLinks.follow` notes a request's. False
        outside the pass of ``response``'s output: the spider makes the request."""
        page = self.pages.get(id(response))
        return page is not None and page.followed_before(url)

    def given_up(self, request: Request) -> bool:
        """True for a request this middleware let through whose URL pattern it has given
        up on since: the scheduler still holds the links a calendar's pages made before
        their verdicts came back (the more, the busier the machine), and sending them
        would only walk the trap further. Start requests and requests that never passed
        here (no ``VIA``) are always sent."""
        if VIA not in request.meta or not self.patterns:
            return False
        record = self.patterns.get(url_pattern(canonical_or_as_is(request.url)))
        return record is not None and record.stopped

    def awaits_verdicts(self, request: Request) -> bool:
        """True while enough pages of ``request``'s URL pattern await their verdicts to
        give the pattern up if all come back barren: sending it now would walk a chain
        (a calendar's next day) on ahead of the pipelines, the further the busier the
        machine. A pattern one of whose such pages was an article is never held, nor
        are start requests and requests that never passed here."""
        if VIA not in request.meta or not self.barren_pages:
            return False
        record = self.patterns.get(url_pattern(canonical_or_as_is(request.url)))
        if record is None or record.stopped or record.gave_article:
            return False
        return record.awaiting + record.barren_in_a_row >= self.barren_pages

    # Start requests pass every limit: BaseSpiderMiddleware.process_start hands them to
    # get_processed_request, which is left as it is (the spider's output comes through
    # the two methods above, so no request with a response reaches it).

    def _admit(
        self, request: Request, response: Response, url: str, pattern: str
    ) -> Request | None:
        """The request, None when it is not followed; ``url`` is its canonical URL and
        ``pattern`` that URL's pattern, both computed once by the caller."""
        key = request_key(request.method, url, request.body)
        if key in self.seen:
            # not new: the duplicate filter would drop it; here it must not count
            # against the host budget
            return None
        depth = response.meta.get("depth", 0) + 1
        if self.max_depth and depth > self.max_depth:
            why = f"SNAPCRAWL_TRAP_MAX_DEPTH={self.max_depth}"
            return self._refuse("depth", url, why)
        record = self.patterns.get(pattern)
        if record is not None and record.stopped:
            return self._refuse("pattern", url, pattern)
        host = urlsplit(url).netloc
        if self.host_pages and self.per_host[host] >= self.host_pages:
            self.budget_spent = True
            why = f"SNAPCRAWL_TRAP_HOST_PAGES={self.host_pages}"
            return self._refuse("host_budget", url, why)
        self.seen.add(key)
        self.per_host[host] += 1
        return request

    def first_link_from(self, page_pattern: str, url: str) -> bool:
        """True the first time a page of ``page_pattern`` links ``url``: such a page
        still tells the crawl something, even if another page linked ``url`` first."""
        return self.linked_from.add(hash((page_pattern, url)))

    def _refuse(self, kind: str, url: str, why: str) -> None:
        self.stats.inc_value(f"{counters.TRAP_NOT_FOLLOWED}{kind}")
        if kind not in self.told:
            self.told.add(kind)
            logger.warning("not following %s and links like it (%s): %s", url, kind, why)
        return None

    # -- what the pipelines made of each page ------------------------------------------

    def _page_done(
        self, response: Response, pattern: str, new_elsewhere: bool, judged: bool
    ) -> None:
        """``judged``: the page went to the pipelines (not a redirect or a PDF), so a
        verdict on it will come back."""
        if not self.barren_pages:
            return
        if new_elsewhere:
            self._productive(pattern)
        elif judged:  # barren unless the pipelines find an article in it
            url = canonical_or_as_is(response.url)
            if url not in self.pending:
                self.pending[url] = pattern
                self.patterns.setdefault(pattern, PatternRecord()).awaiting += 1

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        self._judged(response, article=True)

    def item_dropped(self, item: Any, response: Response, exception: BaseException) -> None:
        self._judged(response, article=not isinstance(exception, NotAnArticleDrop))

    def item_error(self, item: Any, response: Response, spider: Spider, failure: Any) -> None:
        """A pipeline failed on the page: no verdict, but it no longer awaits one."""
        self._verdict_back(response)

    def known_article(self, request: Request) -> None:
        """An article an earlier run kept, not fetched again: its link still led to one."""
        self.article_yield.article(canonical_or_as_is(request.url), request.meta.get(VIA))

    def _judged(self, response: Response | None, article: bool) -> None:
        if response is None:
            return
        if article:
            self.article_yield.article(canonical_or_as_is(response.url), response.meta.get(VIA))
        else:
            own = url_pattern(canonical_or_as_is(response.url))
            if self.article_yield.fruitless_page(own):
                self._stop(own, f"{self.article_yield.limit} pages like %s led to no article")
        pattern = self._verdict_back(response)
        if pattern is None:
            return
        record = self.patterns[pattern]
        if article:
            record.gave_article = True
            self._productive(pattern)
            return
        record.barren_in_a_row += 1
        if record.barren_in_a_row >= self.barren_pages:
            why = f"{record.barren_in_a_row} pages in a row like %s held no article and no new link"
            self._stop(pattern, why)

    def _verdict_back(self, response: Response | None) -> str | None:
        """The pattern of a page that was awaiting its verdict, if it was."""
        if response is None:
            return None
        pattern = self.pending.pop(canonical_or_as_is(response.url), None)
        if pattern is not None:
            self.patterns[pattern].awaiting -= 1
        return pattern

    def _stop(self, pattern: str, why: str) -> None:
        """Follow no more links of ``pattern``; ``why`` holds one %s for the pattern."""
        record = self.patterns.setdefault(pattern, PatternRecord())
        if record.stopped:
            return
        record.stopped = True
        self.stats.inc_value(counters.TRAP_PATTERNS_STOPPED)
        if self.memory is not None:
            try:
                self.memory.give_up(pattern, self.run_id)
            except sqlite3.Error as error:  # the next run walks it again, nothing worse
                logger.warning("cannot remember %s in %s: %s", pattern, self.memory.path, error)
        logger.warning(
            why + ": not following more of them (SNAPCRAWL_TRAP_BARREN_PAGES=%d)",
            pattern,
            self.barren_pages,
        )

    def _productive(self, pattern: str) -> None:
        record = self.patterns.get(pattern)
        if record is not None:
            record.barren_in_a_row = 0

    def spider_idle(self, spider: Spider) -> None:
        if self.budget_spent:
            raise CloseSpider(FINISH_REASON)


class _PageLinks:
    """One page's output as it passes: its links go through the limits, and the page
    notes whether it linked, outside its own URL pattern, anything no earlier page of
    its pattern linked (a barren page does not)."""

    def __init__(self, middleware: TrapMiddleware, response: Response) -> None:
        self.middleware = middleware
        self.response = response
        self.pattern = url_pattern(canonical_or_as_is(response.url))
        self.new_elsewhere = False
        self.judged = False  # it yielded an item: the pipelines send a verdict back

    def follow(self, element: Any) -> Any:
        """The element to pass on, or None for a link a limit drops."""
        if not isinstance(element, Request):
            self.judged = True
            return element
        url = canonical_or_as_is(element.url)
        pattern = self._note(url)
        if element.dont_filter:  # passes every limit
            return element
        request = self.middleware._admit(element, self.response, url, pattern)
        if request is not None:  # first linked here: an article it leads to credits this page
            request.meta[VIA] = via_of(self.pattern, self.response)
        return request

    def followed_before(self, link: str) -> bool:
        """What :meth:`follow` does with a GET request of ``link`` (no body, filtered)
        that ``_admit`` drops as already let through, without the request."""
        url = canonical_or_as_is(link)
        if request_key("GET", url, b"") not in self.middleware.seen:
            return False
        self._note(url)
        return True

    def _note(self, url: str) -> str:
        """The pattern of ``url``, a link of this page, and whether it is new elsewhere."""
        pattern = url_pattern(url)
        if pattern != self.pattern and self.middleware.first_link_from(self.pattern, url):
            self.new_elsewhere = True
            if self.middleware.article_yield.is_article(url):
                self.middleware.article_yield.credit(via_of(self.pattern, self.response))
        return pattern

    def done(self) -> None:
        self.middleware._page_done(self.response, self.pattern, self.new_elsewhere, self.judged)

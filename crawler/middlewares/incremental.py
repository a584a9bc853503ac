"""IncrementalMiddleware: do not fetch again what earlier runs already kept or dropped.

A spider middleware over the spider's output, so a skipped page never reaches
the scheduler (nor a JOBDIR queue) and never counts as an error. A request is
not scheduled when its canonical URL is

* an article the dedup store keeps (written by an earlier run), or
* a page an earlier run dropped as an exact or near copy of another story, or
* a URL that redirected for good (301, 308) to a story an earlier run kept or dropped
  (every hop of the chain: the duplicates table's ``redirect`` rows), e.g. a site's
  old URL scheme.

List pages are in neither set, so they are always fetched and new articles are
found from them. Articles published within ``SNAPCRAWL_INCREMENTAL_RECHECK_DAYS``
are fetched again so the links inside them are followed again; their rows are
not written twice, since the dedup store drops them as ``url`` duplicates.
Start requests and ``dont_filter`` requests always go through.

Stats: ``snapcrawl/incremental/skipped`` (URLs not fetched, each counted once),
``.../skipped/kept``, ``.../skipped/duplicate``, ``.../skipped/redirect`` and
``.../rechecked``. Links
to articles this run kept are left to Scrapy's duplicate filter, so the counts
are what earlier runs (or other processes sharing the store) saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, NotConfigured
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from crawler.middlewares.hash_set import HashSet
from crawler.middlewares.trap_yield import article_known
from crawler.services import crawl_services
from snapcrawl import counters
from snapcrawl.dedup import DedupIndex, canonicalize_url, url_host
from snapcrawl.state import SeenPages, load_seen_pages
from snapcrawl.store.filesystem import DatasetLocation

logger = logging.getLogger(__name__)


def host_spellings(start_url: str | None) -> list[str | None]:
    """The ``host`` values of the rows a crawl from ``start_url`` writes: its host and the
    same host with ``www.`` added or removed, which the spider follows as the same site
    (``http://news.cn/`` redirecting to ``www.news.cn`` keeps rows under the latter)."""
    host = url_host(start_url)
    if host is None:
        return [None]
    twin = host.removeprefix("www.") if host.startswith("www.") else f"www.{host}"
    return [host, twin]


class IncrementalMiddleware(BaseSpiderMiddleware):
    def __init__(
        self,
        stats: Any,
        index: Callable[[], DedupIndex | None],
        dataset: Path | DatasetLocation,
        recheck_days: float = 0.0,
        on_known: Callable[[Request], None] | None = None,
    ) -> None:
        self.stats = stats
        self.index = index
        self.dataset = dataset  # where the articles and duplicates tables are
        self.recheck_days = recheck_days
        # told of each link not fetched: the trap guard counts it as a link that led to an
        # article (crawler/middlewares/trap_yield.py), so a list of known stories is not a trap
        self.on_known = on_known
        self.seen = SeenPages()
        self.skipped = HashSet()  # hashes of the URLs not fetched: each counted once
        # This run's own pages (let through, or kept after a redirect): another link to
        # one is Scrapy's duplicate filter's business, not a skip. One 64-bit hash a URL
        # (crawler/middlewares/hash_set.py) keeps it small over a long crawl.
        self.this_run = HashSet()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        services = crawl_services(crawler)
        config = services.config
        if not config.incremental_enabled:
            raise NotConfigured("SNAPCRAWL_INCREMENTAL_ENABLED is off")
        if not config.dedup_enabled:
            raise NotConfigured("incremental crawling reads the dedup store, which is off")
        middleware = cls(
            crawler.stats,
            lambda: services.dedup_index,
            services.layout.dataset,
            config.incremental_recheck_days,
            lambda request: crawler.signals.send_catch_log(article_known, request=request),
        )
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.item_scraped, signal=signals.item_scraped)
        return middleware

    def item_scraped(self, item: Any) -> None:
        url = ItemAdapter(item).get("url")
        if url:
            self.this_run.add(hash(url))

    def spider_opened(self, spider: Spider) -> None:
        if self.index() is None:
            logger.error(
                "SNAPCRAWL_INCREMENTAL_ENABLED is on but no dedup pipeline opened the dedup"
                " store: add pipelines.dedup.DedupPipeline to ITEM_PIPELINES or set"
                " SNAPCRAWL_INCREMENTAL_ENABLED=False",
                extra={"spider": spider},
            )
            raise CloseSpider("incremental_without_dedup")
        hosts = host_spellings(getattr(spider, "start_url", None))
        self.seen = load_seen_pages(self.dataset, host=hosts, recheck_days=self.recheck_days)
        logger.info(
            "incremental: articles kept by earlier runs are not fetched again; %d pages dropped"
            " as duplicates and %d URLs that redirected to a story are skipped; %d articles"
            " younger than %g days are re-checked",
            len(self.seen.duplicates),
            len(self.seen.redirects),
            len(self.seen.recent),
            self.recheck_days,
            extra={"spider": spider},
        )

    def is_kept(self, url: str) -> bool:
        index = self.index()
        return index is not None and index.known_url(url)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is None or request.dont_filter:
            return request
        url = canonicalize_url(request.url)
        key = hash(url)
        if key in self.this_run:
            return request
        if url in self.seen.recent:
            self.stats.inc_value(counters.INCREMENTAL_RECHECKED)
            self.this_run.add(key)
            return request
        if url in self.seen.duplicates:
            reason = "duplicate"
        elif url in self.seen.redirects:
            reason = "redirect"
        elif self.is_kept(url):
            reason = "kept"
        else:
            self.this_run.add(key)
            return request
        if self.on_known is not None:
            self.on_known(request)
        if self.skipped.add(key):
            self.stats.inc_value(counters.INCREMENTAL_SKIPPED)
            self.stats.inc_value(f"{counters.INCREMENTAL_SKIPPED_BECAUSE}{reason}")
            logger.debug("not fetched again (%s): %s", reason, url)
        return None

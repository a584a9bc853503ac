"""The ``snapshot`` spider: a whole site from its start URL alone.

It follows every link on the start URL's host (list pages, pagination,
article pages and the related lists inside them) and hands every HTML page to
the pipelines. Which pages are articles is decided there, by their content
(``snapcrawl.extract.extract_article`` rejects lists, indexes and empty
pages), never by a URL pattern, so no per-site configuration is needed; doing
it in the pipeline's worker process keeps the reactor fetching meanwhile.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import LinkExtractor

from crawler.items import PageItem
from snapcrawl.dedup import canonicalize_url

STAT_PREFIX = "snapcrawl/spider"


def same_site_key(url: str) -> tuple[str, int | None]:
    """Host plus explicit port: what "the start URL's host" means for link following."""
    parts = urlsplit(url)
    return (parts.hostname or "", parts.port)


class SnapshotSpider(scrapy.Spider):
    name = "snapshot"

    def __init__(self, start_url: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not start_url:
            raise ValueError(
                "the snapshot spider needs a start URL: scrapy crawl snapshot -a start_url=URL"
            )
        parts = urlsplit(start_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"start_url={start_url!r}: use an absolute http(s) URL such as http://example.com/"
            )
        self.start_url = start_url
        self.site = same_site_key(start_url)
        self.allowed_domains = [parts.hostname]
        self._links = LinkExtractor(unique=True)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(canonicalize_url(self.start_url), callback=self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[PageItem | scrapy.Request]:
        stats = self.crawler.stats
        if not isinstance(response, HtmlResponse):
            stats.inc_value(f"{STAT_PREFIX}/non_html")
            self.logger.debug("ignored non-HTML response %s", response.url)
            return
        stats.inc_value(f"{STAT_PREFIX}/pages/html")
        yield from self._follow(response)
        yield PageItem(
            url=canonicalize_url(response.url),
            html=response.text,
            encoding=response.encoding,
            status=response.status,
            fetched_at=datetime.now(UTC),
        )

    def _follow(self, response: HtmlResponse) -> Iterator[scrapy.Request]:
        limit = self.settings.getint("SNAPCRAWL_SPIDER_MAX_LINKS_PER_PAGE")
        followed = 0
        for link in self._links.extract_links(response):
            if same_site_key(link.url) != self.site:
                self.crawler.stats.inc_value(f"{STAT_PREFIX}/links_offsite")
                continue
            if followed >= limit:
                self.crawler.stats.inc_value(f"{STAT_PREFIX}/links_over_limit")
                break
            followed += 1
            yield scrapy.Request(canonicalize_url(link.url), callback=self.parse)

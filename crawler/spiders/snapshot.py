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
from pathlib import Path
from typing import Any
from urllib.parse import ParseResult, SplitResult, urlparse, urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response
from scrapy.link import Link
from scrapy.linkextractors import IGNORED_EXTENSIONS, LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from crawler.items import PageItem
from crawler.middlewares.alternates import ALTERNATE_PRIORITY, AlternateView, view_meta
from crawler.services import crawl_services
from crawler.spiders.alternates import alternate_views
from crawler.spiders.moved_from import moved_from
from crawler.spiders.next_links import next_page_links
from crawler.start_url import check_start_url
from snapcrawl import counters
from snapcrawl.dedup import canonical_or_as_is, canonicalize_url
from snapcrawl.errors import ConfigError
from snapcrawl.fixtures.format import FixtureError, recorded_start_url


def same_site_key(url: str) -> tuple[str, int | None]:
    """What "the start URL's host" means for link following: the host and its port.

    Sites write their own links in several spellings of one host: an explicit default
    port (``http://news.cn:80/a.html``), the scheme switched (``https://``), ``www.``
    added or left out. Each would otherwise be another host and its links lost, so
    the key drops a leading ``www.`` and a port that is the scheme's default.
    """
    return site_of(urlsplit(url))


def site_of(parts: SplitResult | ParseResult) -> tuple[str, int | None]:
    """:func:`same_site_key` of a URL already split (link following parses each link once)."""
    host = (parts.hostname or "").rstrip(".")
    host = host.removeprefix("www.")
    try:
        port = parts.port
    except ValueError:  # not a number: a key no real site has, so the link is offsite
        return (host, -1)
    if port is not None and port == DEFAULT_PORTS.get(parts.scheme.lower()):
        port = None
    return (host, port)


DEFAULT_PORTS = {"http": 80, "https": 443}
HTML_TYPES = (b"text/html", b"application/xhtml+xml")

# Links to files the spider never follows (images, archives, documents...): Scrapy's own
# list, checked as its LinkExtractor checks it (the lowercased path of ``urlparse``), but
# with one ``str.endswith`` call instead of one per extension (~7 us a link otherwise).
SKIPPED_EXTENSIONS = tuple(sorted({"." + extension for extension in IGNORED_EXTENSIONS}))


def is_html(response: Response) -> bool:
    """By the Content-Type header when there is one: Scrapy picks HtmlResponse
    from the URL's ``.html`` even when the server says it sends a PDF."""
    content_type = response.headers.get(b"Content-Type")
    if content_type:
        return content_type.split(b";")[0].strip().lower() in HTML_TYPES
    return isinstance(response, HtmlResponse)


def skip_kind(failure: Failure) -> str:
    """A short, stable name for why a request produced no page (a stat key suffix)."""
    error = failure.value
    if isinstance(error, HttpError):
        return f"http_{error.response.status}"
    if isinstance(
        error, DownloadTimeoutError | TimeoutError | TCPTimedOutError | defer.TimeoutError
    ):
        return "timeout"
    if isinstance(
        error,
        DownloadFailedError
        | ResponseDataLossError
        | DownloadConnectionRefusedError
        | ConnectionLost
        | ResponseNeverReceived
        | ConnectionRefusedError,
    ):
        return "connection"
    if isinstance(error, CannotResolveHostError):
        return "dns"
    if isinstance(error, DownloadCancelledError | defer.CancelledError):
        return "too_large"  # cancelled: larger than DOWNLOAD_MAXSIZE
    if isinstance(error, IgnoreRequest):
        return "ignored"  # e.g. too many redirects, a decompression bomb
    return type(error).__name__


def replayed_start_url(replay_dir: str) -> str:
    """The start URL in REPLAY_DIR's index, or a ConfigError saying to give one."""
    try:
        start_url = recorded_start_url(Path(replay_dir))
    except FixtureError as error:
        raise ConfigError("REPLAY_DIR", replay_dir, str(error)) from None
    if not start_url:
        raise ConfigError(
            "REPLAY_DIR", replay_dir, "its index names no start URL: give -a start_url=URL"
        )
    return start_url


class SnapshotSpider(scrapy.Spider):
    name = "snapshot"

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SnapshotSpider:
        """A replay without ``-a start_url`` starts where the fixtures were recorded."""
        replay_dir = crawler.settings.get("REPLAY_DIR")
        if replay_dir and not args and not kwargs.get("start_url"):
            kwargs["start_url"] = replayed_start_url(str(replay_dir))
        return super().from_crawler(crawler, *args, **kwargs)

    def __init__(self, start_url: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.start_url = check_start_url(start_url)
        parts = urlsplit(start_url)
        # the sites whose links are followed: the start URL's, and the one a redirect of
        # the start URL lands on (http -> https, bare host -> www.)
        self.sites = {same_site_key(start_url)}
        # Scrapy's offsite filter allows subdomains: www.news.cn lets news.cn through
        self.allowed_domains = [(parts.hostname or "").removeprefix("www.")]
        # extensions are checked in _follow, on the same parse of the URL as its host
        self._links = LinkExtractor(unique=True, deny_extensions=[])

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.start_url, callback=self.parse, errback=self.skipped)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[PageItem | scrapy.Request]:
        stats = self.crawler.stats
        if response.meta.get("redirect_urls"):
            site = same_site_key(response.url)
            if response.meta.get("depth", 0) == 0:
                self.sites.add(site)  # the start URL moved: follow it there
            elif site not in self.sites:
                # Scrapy's offsite filter let a redirect to a subdomain through
                # (allowed_domains holds the bare host, for www.): another site all the same
                stats.inc_value(counters.OFFSITE_FILTERED)
                self.logger.info("ignored a redirect to another host: %s", response.url)
                return
        if not is_html(response):
            stats.inc_value(counters.SPIDER_NON_HTML)
            self.logger.info("ignored non-HTML response %s", response.url)
            return
        stats.inc_value(counters.SPIDER_PAGES_HTML)
        yield from self._follow(response)
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        url = canonicalize_url(response.url)
        yield PageItem(
            url=url,
            redirect_urls=moved_from(response.meta, url),
            html=response.body,  # bytes: extraction decodes them (BOM, header, meta, detection)
            content_type=content_type or None,
            status=response.status,
            fetched_at=datetime.now(UTC),
        )

    def _follow(self, response: HtmlResponse) -> Iterator[scrapy.Request]:
        services = crawl_services(self.crawler)
        limit = services.config.spider_max_links
        gate = services.link_gate
        followed = 0
        links = self._links.extract_links(response)
        views = {canonical_or_as_is(url) for url in alternate_views(response, links)}
        page = canonical_or_as_is(response.url) if views else ""
        views.discard(page)
        for url in self._link_urls(response, links):
            parts = urlparse(url)
            if parts.path.lower().endswith(SKIPPED_EXTENSIONS):
                continue
            if site_of(parts) not in self.sites:
                self.crawler.stats.inc_value(counters.SPIDER_LINKS_OFFSITE)
                continue
            if followed >= limit:
                self.crawler.stats.inc_value(counters.SPIDER_LINKS_OVER_LIMIT)
                break
            followed += 1
            if gate is not None and gate.followed_before(response, url):
                continue  # the trap middleware would drop its request: none is made
            # as the page wrote it: the canonical URL is an identity key (the request
            # fingerprint, the dedup store), not a URL the site ever linked
            if views and canonical_or_as_is(url) in views:
                # another view of this page: fetched last, and only if the page is no
                # article (crawler/middlewares/alternates.py)
                yield scrapy.Request(
                    url,
                    callback=self.parse,
                    errback=self.skipped,
                    priority=ALTERNATE_PRIORITY,
                    meta=view_meta(page),
                )
                continue
            yield scrapy.Request(url, callback=self.parse, errback=self.skipped)

    def _link_urls(self, response: HtmlResponse, links: list[Link]) -> Iterator[str]:
        """The page's anchors, then the next pages its head names that no anchor links."""
        urls = [link.url for link in links]
        yield from urls
        extra = [url for url in next_page_links(response) if url not in urls]
        yield from dict.fromkeys(extra)

    def skipped(self, failure: Failure) -> None:
        """Every request that ends without a page becomes one counted, logged skip."""
        if isinstance(failure.value, AlternateView):
            return  # not an error: counted by the middleware that refused it
        kind = skip_kind(failure)
        self.crawler.stats.inc_value(f"{counters.SPIDER_SKIPPED}{kind}")
        request = getattr(failure, "request", None)
        self.logger.info("skipped %s: %s", getattr(request, "url", "?"), kind)

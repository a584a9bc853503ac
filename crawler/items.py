"""The two records that flow through the pipelines.

``PageItem`` is what the spider saw (raw HTML of a page that looks like an
article); ``ArticleItem`` is what cleaning made of it and what gets written.
"""

from __future__ import annotations

from collections.abc import Iterable

import scrapy
from scrapy.exceptions import DropItem

from snapcrawl.dedup.types import Entry


class PageItem(scrapy.Item):
    url = scrapy.Field()
    html = scrapy.Field()  # the body's bytes as received
    content_type = scrapy.Field()  # the Content-Type header, if any
    status = scrapy.Field()
    fetched_at = scrapy.Field()
    # the canonical URLs that redirected here for good (301, 308: every hop of the
    # chain; crawler/spiders/moved_from.py), first hop first; empty when none
    redirect_urls = scrapy.Field()


class ArticleItem(scrapy.Item):
    """The article's columns, and beside them (not columns, not exported) what
    CleanPipeline's worker computed from the body in the same call as extraction, so
    that later pipelines need not compute it on the crawler's thread or send the body
    to a worker again: :attr:`dedup_entry` and :attr:`worker_keywords`; and the URLs
    the page was reached through, :attr:`redirect_urls`."""

    _dedup_entry: Entry | None = None
    _worker_keywords: list[str] | None = None
    _redirect_urls: tuple[str, ...] = ()

    @property
    def redirect_urls(self) -> tuple[str, ...]:
        """The canonical URLs that redirected here for good (every hop), which
        DedupPipeline records so later runs do not fetch them again; not a column."""
        return self._redirect_urls

    def reached_through(self, urls: Iterable[str]) -> None:
        self._redirect_urls = tuple(urls)

    @property
    def dedup_entry(self) -> Entry | None:
        """The body's dedup entry; None: DedupPipeline makes it."""
        return self._dedup_entry

    @property
    def worker_keywords(self) -> list[str] | None:
        """The keywords of title and body; None: KeywordsPipeline computes them."""
        return self._worker_keywords

    def attach_worker_results(self, dedup_entry: Entry | None, keywords: list[str] | None) -> None:
        # an Item refuses public attributes (they look like fields): private ones here
        self._dedup_entry = dedup_entry
        self._worker_keywords = keywords

    # the contract's columns
    url = scrapy.Field()
    title = scrapy.Field()
    body = scrapy.Field()
    category = scrapy.Field()
    published_at = scrapy.Field()
    source = scrapy.Field()
    source_url = scrapy.Field()
    snapshot_at = scrapy.Field()
    crawled_at = scrapy.Field()
    run_id = scrapy.Field()
    content_hash = scrapy.Field()
    # beside them
    author = scrapy.Field()
    editor = scrapy.Field()
    original_title = scrapy.Field()
    host = scrapy.Field()
    noise = scrapy.Field()
    keywords = scrapy.Field()
    crawl_date = scrapy.Field()


class NotAnArticleDrop(DropItem):
    """CleanPipeline's drop of a page that is no article (a list, an empty page): by its
    class, not its wording, the trap middleware knows the page held no article."""

"""The two records that flow through the pipelines.

``PageItem`` is what the spider saw (raw HTML of a page that looks like an
article); ``ArticleItem`` is what cleaning made of it and what gets written.
"""

from __future__ import annotations

import scrapy
from scrapy.exceptions import DropItem


class PageItem(scrapy.Item):
    url = scrapy.Field()
    html = scrapy.Field()  # the body's bytes as received
    content_type = scrapy.Field()  # the Content-Type header, if any
    status = scrapy.Field()
    fetched_at = scrapy.Field()


class ArticleItem(scrapy.Item):
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

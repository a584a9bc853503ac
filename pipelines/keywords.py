"""KeywordsPipeline: each kept article gets its top keywords (``keywords`` column).

A thin adapter over ``snapcrawl.dataset.keywords.KeywordExtractor`` (jieba
TF-IDF, ~10 ms an article), run in the crawler's worker pool
(``crawler.workers``) like extraction, so scoring does not stall downloading.
It runs after deduplication, so dropped copies cost nothing. jieba is loaded
once per process: in each worker on its first article, or, inline
(``SNAPCRAWL_WORKERS = 0``), when the spider opens.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from crawler.items import ArticleItem
from crawler.workers import WorkerPool, get_worker_pool
from snapcrawl.dataset.keywords import KeywordExtractor, extract_keywords, load_model
from snapcrawl.errors import ConfigError

logger = logging.getLogger(__name__)
STAT_PREFIX = "snapcrawl/keywords"
DEFAULT_TOP_K = 10
MAX_TOP_K = 100


def top_k_setting(settings: BaseSettings) -> int:
    """SNAPCRAWL_KEYWORDS_TOP_K as a whole number from 1 to MAX_TOP_K."""
    name = "SNAPCRAWL_KEYWORDS_TOP_K"
    raw = settings.get(name, DEFAULT_TOP_K)
    fix = f"use a whole number of keywords from 1 to {MAX_TOP_K} (default {DEFAULT_TOP_K})"
    if isinstance(raw, bool):
        raise ConfigError(name, raw, fix)
    try:
        value = int(str(raw).strip())
    except (TypeError, ValueError):
        raise ConfigError(name, raw, fix) from None
    if not 1 <= value <= MAX_TOP_K:
        raise ConfigError(name, raw, fix)
    return value


class KeywordsPipeline:
    def __init__(
        self, stats: Any, extractor: KeywordExtractor, pool: WorkerPool | None = None
    ) -> None:
        self.stats = stats
        self.extractor = extractor
        self.pool = pool or WorkerPool(0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KeywordsPipeline:
        settings = crawler.settings
        if not settings.getbool("SNAPCRAWL_KEYWORDS_ENABLED", True):
            raise NotConfigured("SNAPCRAWL_KEYWORDS_ENABLED is off")
        extractor = KeywordExtractor(top_k=top_k_setting(settings))
        return cls(crawler.stats, extractor, get_worker_pool(crawler))

    def open_spider(self) -> None:
        if self.pool.workers == 0:  # workers load their own copy; none here then
            model = load_model()
            logger.info("keywords: jieba loaded in %.2fs", model.load_seconds)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        article = ItemAdapter(item)
        keywords = await self.pool.run(
            extract_keywords, self.extractor, article.get("title"), article.get("body")
        )
        article["keywords"] = keywords
        self.stats.inc_value(f"{STAT_PREFIX}/articles")
        if not keywords:
            self.stats.inc_value(f"{STAT_PREFIX}/none_found")
        return item

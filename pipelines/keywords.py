"""KeywordsPipeline: each kept article gets its top keywords (``keywords`` column).

A thin adapter over ``snapcrawl.dataset.keywords.KeywordExtractor`` (jieba
TF-IDF). It runs after deduplication, so dropped copies cost nothing, and
loads jieba when the spider opens rather than on the first article.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from crawler.items import ArticleItem
from snapcrawl.dataset.keywords import KeywordExtractor, load_model
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
    def __init__(self, stats: Any, extractor: KeywordExtractor) -> None:
        self.stats = stats
        self.extractor = extractor

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KeywordsPipeline:
        settings = crawler.settings
        if not settings.getbool("SNAPCRAWL_KEYWORDS_ENABLED", True):
            raise NotConfigured("SNAPCRAWL_KEYWORDS_ENABLED is off")
        return cls(crawler.stats, KeywordExtractor(top_k=top_k_setting(settings)))

    def open_spider(self) -> None:
        model = load_model()
        logger.info("keywords: jieba ready (loaded in %.2fs)", model.load_seconds)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        article = ItemAdapter(item)
        keywords = self.extractor.extract(article.get("title"), article.get("body"))
        article["keywords"] = keywords
        self.stats.inc_value(f"{STAT_PREFIX}/articles")
        if not keywords:
            self.stats.inc_value(f"{STAT_PREFIX}/none_found")
        return item

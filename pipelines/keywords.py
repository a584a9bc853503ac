"""KeywordsPipeline: each kept article gets its top keywords (``keywords`` column).

A thin adapter over ``snapcrawl.dataset.keywords.KeywordExtractor`` (TF-IDF
with jieba's dictionary and IDF table, segmented by rjieba: about a millisecond
or two an article). CleanPipeline's worker computes them in the same call as
the extraction (``ArticleItem.worker_keywords``), so scoring neither stalls
downloading nor sends the body to a worker a second time; this pipeline, after
deduplication, files them into the ``keywords`` column of the copies kept. An
article that arrives without them (built elsewhere) is scored here, in the
crawler's worker pool (``CrawlServices.worker_pool``). The model is loaded
once per process: in each worker on its first article, or, inline
(``SNAPCRAWL_WORKERS = 0``), when the spider opens.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.items import ArticleItem
from crawler.services import crawl_services
from crawler.workers import WorkerPool
from snapcrawl import counters
from snapcrawl.dataset.keywords import KeywordExtractor, extract_keywords, load_model

logger = logging.getLogger(__name__)


class KeywordsPipeline:
    def __init__(
        self, stats: Any, extractor: KeywordExtractor, pool: WorkerPool | None = None
    ) -> None:
        self.stats = stats
        self.extractor = extractor
        self.pool = pool or WorkerPool(0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KeywordsPipeline:
        services = crawl_services(crawler)
        if not services.config.keywords_enabled:
            raise NotConfigured("SNAPCRAWL_KEYWORDS_ENABLED is off")
        extractor = KeywordExtractor(top_k=services.config.keywords_top_k)
        return cls(crawler.stats, extractor, services.worker_pool)

    def open_spider(self) -> None:
        if self.pool.workers == 0:  # workers load their own copy; none here then
            model = load_model()
            logger.info("keywords: model loaded in %.2fs", model.load_seconds)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        article = ItemAdapter(item)
        keywords = item.worker_keywords
        if keywords is None:
            keywords = await self.pool.run(
                extract_keywords, self.extractor, article.get("title"), article.get("body")
            )
        article["keywords"] = keywords
        self.stats.inc_value(counters.KEYWORDS_ARTICLES)
        if not keywords:
            self.stats.inc_value(counters.KEYWORDS_NONE_FOUND)
        return item

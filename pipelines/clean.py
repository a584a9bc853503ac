"""CleanPipeline: raw page in, clean article out (or a counted drop).

A thin adapter over ``snapcrawl.extract.extract_article``, run in the crawl's
worker pool (``CrawlServices.worker_pool``) so extraction does not stall downloading.
The spider hands over every HTML page; list pages, indexes and empty pages
leave here as counted drops (``snapcrawl/clean/not_article/<reason>``). The
per-host boilerplate learned on the way is kept under DATA_DIR/state so the
next run starts knowing it. The same worker call hashes the body for the
``content_hash`` column and, when they are on, makes its dedup entry and its
keywords (attached to the ``ArticleItem`` for DedupPipeline and
KeywordsPipeline), so the crawler's thread never normalises, shingles or
segments a body, and a page costs one round trip to a worker, not two. A copy
that deduplication then drops has had its keywords computed for nothing (about
a millisecond of a worker's time), unless the worker scored the same title and
body recently (``extraction_task.keywords_of``), as when a story is reached again
under another URL.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.items import ArticleItem, NotAnArticleDrop, PageItem
from crawler.services import crawl_services
from crawler.workers import WorkerPool
from pipelines.extraction_task import Extracted, close_memories, extract_and_key, warm_up
from snapcrawl import counters
from snapcrawl.dataset.keywords import KeywordExtractor
from snapcrawl.dedup import DedupConfig, url_host
from snapcrawl.errors import StateError
from snapcrawl.state.repair import check_sqlite

logger = logging.getLogger(__name__)


class CleanPipeline:
    def __init__(
        self,
        stats: Any,
        run_id: str,
        boilerplate_path: Path | None = None,
        profile_path: str = "",
        pool: WorkerPool | None = None,
        dedup: DedupConfig | None = None,
        keywords: KeywordExtractor | None = None,
    ) -> None:
        self.stats = stats
        self.run_id = run_id
        self.boilerplate_path = str(boilerplate_path) if boilerplate_path else None
        if profile_path:
            from snapcrawl.extract import load_profile  # the crawler needs it only here

            load_profile(profile_path)  # a broken profile stops the run here, not per page
        self.profile_path = profile_path or None
        self.pool = pool or WorkerPool(0)
        self.dedup = dedup  # the config to make dedup entries with; None: dedup is off
        self.keywords = keywords  # None: keywords are off

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        services = crawl_services(crawler)
        config = services.config
        if not config.clean_enabled:
            raise NotConfigured("SNAPCRAWL_CLEAN_ENABLED is off")
        boilerplate = services.layout.boilerplate_store if config.clean_boilerplate else None
        if boilerplate is not None:  # opened in the workers, where it failed every page
            report = check_sqlite(boilerplate, thorough=False)  # at every start: quick
            if not report.ok:
                raise StateError(str(boilerplate), str(report.problem), str(services.layout.root))
        return cls(
            crawler.stats,
            services.run_id,
            boilerplate,
            config.clean_profile,
            services.worker_pool,
            config.dedup if config.dedup_enabled else None,
            KeywordExtractor(top_k=config.keywords_top_k) if config.keywords_enabled else None,
        )

    def open_spider(self) -> None:
        # the workers load while the dedup index and the incremental middleware open
        self.pool.warm_up(warm_up, self.keywords)

    def close_spider(self) -> None:
        self.pool.begin_close()  # no more items: workers close their memories on exit
        close_memories()  # inline mode

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        page = ItemAdapter(item)
        url = page["url"]
        extracted = await self.pool.run(
            extract_and_key,
            page["html"],
            url,
            page.get("content_type"),
            self.boilerplate_path,
            self.profile_path,
            self.dedup,
            self.run_id,
            self.keywords,
        )
        if not isinstance(extracted, Extracted):
            reason, detail = extracted
            self.stats.inc_value(f"{counters.CLEAN_NOT_ARTICLE}{reason}")
            raise NotAnArticleDrop(f"not an article ({reason}{': ' + detail if detail else ''})")
        article = extracted.article
        crawled_at = page.get("fetched_at") or datetime.now(UTC)
        self.stats.inc_value(counters.CLEAN_ARTICLES)
        self.stats.inc_value(counters.CLEAN_NOISE_REMOVED, len(article["noise"]))
        item = ArticleItem(
            url=url,
            title=article["title"],
            body=article["body"],
            category=article["category"],
            published_at=article["published_at"],
            source=article["source"],
            source_url=article["source_url"],
            snapshot_at=article["snapshot_at"],
            crawled_at=crawled_at,
            run_id=self.run_id,
            content_hash=extracted.content_hash,
            author=article["author"],
            editor=article["editor"],
            original_title=article["original_title"],
            host=url_host(url),
            noise=list(article["noise"]),
            crawl_date=crawled_at.astimezone(UTC).date(),
        )
        item.attach_worker_results(extracted.dedup_entry, extracted.keywords)
        item.reached_through(page.get("redirect_urls") or ())
        return item

"""DedupPipeline: keep one row per story, and record every copy it drops.

A thin adapter over ``snapcrawl.dedup.DedupIndex``: canonical URL, exact body
hash, then near-duplicate (verified before a drop). Kept stories stay
*pending* in the state store until their Parquet file is on disk
(``crawler.signals.articles_written``), so a killed run never leaves the store
believing in rows the dataset does not hold.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from crawler import signals as snapcrawl_signals
from crawler.dedup_index import share_dedup_index
from crawler.items import ArticleItem
from crawler.run import get_run_id
from crawler.settings_values import data_dir, dataset_root, positive_int
from crawler.storage_guard import STORAGE_ERRORS, stop_on_write_error
from snapcrawl.dedup import DedupConfig, DedupIndex, canonicalize_url, open_store
from snapcrawl.errors import ConfigError, StateError
from snapcrawl.store import DUPLICATE_SCHEMA, ParquetSink

logger = logging.getLogger(__name__)
STAT_PREFIX = "snapcrawl/dedup"


def resolve_store_spec(explicit: str, redis_url: str, data_dir: Path) -> str:
    """SNAPCRAWL_DEDUP_STORE, else REDIS_URL (distributed mode), else SQLite under DATA_DIR."""
    return explicit or redis_url or str(data_dir / "state" / "dedup.sqlite")


class DedupPipeline:
    def __init__(
        self,
        stats: Any,
        run_id: str,
        store_spec: str,
        config: DedupConfig,
        duplicates_root: Path,
        batch_rows: int = 2000,
        open_index: Callable[[], DedupIndex] | None = None,
    ) -> None:
        self.stats = stats
        self.open_index = open_index  # shared with the incremental middleware when set
        self.run_id = run_id
        self.store_spec = store_spec
        self.config = config
        self.duplicates = ParquetSink(
            duplicates_root, DUPLICATE_SCHEMA, run_id, batch_rows=batch_rows
        )
        self.index: DedupIndex | None = None
        self.crawler: Crawler | None = None  # set by from_crawler: needed to stop the run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        settings = crawler.settings
        if not settings.getbool("SNAPCRAWL_DEDUP_ENABLED"):
            raise NotConfigured("SNAPCRAWL_DEDUP_ENABLED is off")
        raw_threshold = settings.get("SNAPCRAWL_DEDUP_THRESHOLD")
        try:
            config = DedupConfig(threshold=float(raw_threshold))
        except (TypeError, ValueError) as error:
            raise ConfigError(
                "SNAPCRAWL_DEDUP_THRESHOLD",
                raw_threshold,
                f"use a Jaccard between 0 and 1 (default 0.8) [{error}]",
            ) from None
        root = data_dir(settings)
        spec = resolve_store_spec(
            settings.get("SNAPCRAWL_DEDUP_STORE") or "", settings.get("REDIS_URL") or "", root
        )
        pipeline = cls(
            crawler.stats,
            get_run_id(crawler),
            spec,
            config,
            dataset_root(settings) / "duplicates",
            positive_int(settings, "SNAPCRAWL_PARQUET_BATCH_ROWS"),
            open_index=lambda: share_dedup_index(crawler, spec, config),
        )
        pipeline.crawler = crawler
        crawler.signals.connect(
            pipeline.articles_written, signal=snapcrawl_signals.articles_written
        )
        crawler.signals.connect(pipeline.flush_duplicates, signal=signals.spider_idle)
        return pipeline

    def open_spider(self) -> None:
        try:
            if self.open_index is not None:
                self.index = self.open_index()
            else:
                self.index = DedupIndex(open_store(self.store_spec), self.config)
        except sqlite3.DatabaseError as error:
            data_dir = str(Path(self.store_spec).parent.parent)
            raise StateError(self.store_spec, str(error), data_dir) from None
        logger.info("dedup state: %s", self.store_spec)

    def close_spider(self) -> None:
        self.flush_duplicates()
        if self.index is not None:
            try:
                self.index.close()
            except STORAGE_ERRORS as error:
                self._storage_failed(error, "the dedup state")
            self.index = None

    def articles_written(self, urls: list[str]) -> None:
        if self.index is not None:
            try:
                self.index.commit(urls)
            except STORAGE_ERRORS as error:
                # the rows are on disk; their entries stay pending and the next run
                # fetches those stories again
                self._storage_failed(error, "the dedup state")

    def flush_duplicates(self) -> None:
        try:
            self.duplicates.flush()
        except STORAGE_ERRORS as error:
            self._storage_failed(error, "the duplicates log")

    def _storage_failed(self, error: Exception, what: str) -> None:
        if self.crawler is None:
            raise error
        stop_on_write_error(self.crawler, error, what)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem) or self.index is None:
            return item
        article = ItemAdapter(item)
        url = canonicalize_url(article["url"])
        article["url"] = url
        if self.stats.get_value("snapcrawl/storage/stopped"):
            raise DropItem("not checked: DATA_DIR is not writable")
        try:
            verdict = self.index.check_and_add(url, article["body"], run_id=self.run_id)
        except STORAGE_ERRORS as error:
            self._storage_failed(error, "the dedup state")
            raise DropItem("not checked: the dedup state cannot be written") from None
        if verdict is None:
            self.stats.inc_value(f"{STAT_PREFIX}/kept")
            return item
        self.stats.inc_value(f"{STAT_PREFIX}/dropped/{verdict.kind}")
        self._record_duplicate(
            {
                "url": url,
                "dup_of": verdict.dup_of,
                "kind": verdict.kind,
                "similarity": verdict.similarity,
                "run_id": self.run_id,
                "host": article.get("host"),
                "title": article.get("title"),
                "detected_at": datetime.now(UTC),
                "crawl_date": article.get("crawl_date"),
            }
        )
        raise DropItem(f"{verdict.kind} duplicate of {verdict.dup_of} ({verdict.similarity:.3f})")

    def _record_duplicate(self, row: dict[str, Any]) -> None:
        try:
            self.duplicates.add(row)
        except STORAGE_ERRORS as error:
            self._storage_failed(error, "the duplicates log")

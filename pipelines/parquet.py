"""ParquetPipeline: write kept articles to DATA_DIR/articles, one complete file at a time.

The dataset may live elsewhere: ``SNAPCRAWL_PARQUET_URI`` names a local
directory or any pyarrow filesystem URI (``s3://bucket/news``), shared by every
worker of a distributed crawl; each writes its own files, named by its run id.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler import signals as snapcrawl_signals
from crawler.distributed.lost import REDIS_ERRORS, redis_lost
from crawler.items import ArticleItem
from crawler.services import CrawlServices, crawl_services
from crawler.storage_guard import STORAGE_ERRORS, check_writable
from snapcrawl import counters
from snapcrawl.dedup import Verdict
from snapcrawl.layout import ARTICLES
from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink, WrittenFile, remove_stale_temp_files
from snapcrawl.store.filesystem import DatasetLocation, open_location
from snapcrawl.store.staging import recover_compactions

logger = logging.getLogger(__name__)


class ParquetPipeline:
    def __init__(self, services: CrawlServices, root: Path | DatasetLocation) -> None:
        config = services.config
        self.crawler = services.crawler
        self.layout = services.layout
        self.storage = services.storage
        self.replaced: set[str] = set()  # kept copies replaced before reaching this pipeline
        self.root = root
        self.location = open_location(root)
        self.sink = ParquetSink(
            root,
            ARTICLE_SCHEMA,
            services.run_id,
            partition_by=config.parquet_partition_by or None,
            batch_rows=config.parquet_batch_rows,
            compression=config.parquet_compression,
            on_written=self._written,
            before_write=self._seal,
        )
        self.services = services

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParquetPipeline:
        services = crawl_services(crawler)
        root = services.layout.table(ARTICLES)
        if root.local:
            check_writable(Path(root.path))
        pipeline = cls(services, root)
        crawler.signals.connect(
            pipeline.article_replaced, signal=snapcrawl_signals.article_replaced
        )
        return pipeline

    def article_replaced(self, url: str, verdict: Verdict | None = None) -> None:
        """A better copy replaces the kept one at ``url``: its row must not be written
        (with ``verdict``: another worker replaced it and this sink left the row out)."""
        if verdict is None and not self.sink.discard("url", url):
            self.replaced.add(url)  # still on its way through the pipelines

    def open_spider(self) -> None:
        if not self.location.local:  # object stores: no temporary files, no directories
            logger.info("articles go to %s", self.location.describe())
            return
        root = Path(self.location.path)
        root.mkdir(parents=True, exist_ok=True)
        removed = remove_stale_temp_files(root, older_than=time.time() - 3600)
        if removed:
            logger.info("removed %d temporary files left by killed runs", removed)
        recover_compactions(self.layout.compact_staging)  # cheap: one directory listing

    def close_spider(self) -> None:
        # Scrapy closes the last pipeline first: the workers exit while this writes
        self.services.items_done()
        try:
            self.sink.close()
        except STORAGE_ERRORS as error:
            self.storage.write_failed(error, f"the articles to {self.root}")

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        if self.storage.stopped:
            raise DropItem("not written: DATA_DIR is not writable")
        url = ItemAdapter(item).get("url")
        if url in self.replaced:
            self.replaced.discard(url)
            raise DropItem(f"replaced by a better copy of its story: {url}")
        try:
            self.sink.add(item)  # its fields, shallow: ItemAdapter.asdict's deep copy costs 0.4 ms
        except STORAGE_ERRORS as error:
            self.storage.write_failed(error, f"the articles to {self.root}")
            raise DropItem("not written: DATA_DIR is not writable") from None
        return item

    def _seal(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows to write: those whose dedup entries are still this worker's. With a
        shared store (Redis) another worker may have replaced one by a better copy of
        its story: this one leaves the row out (and the dedup pipeline logs it)."""
        index = self.services.dedup_index
        if index is None or not rows:
            return rows
        try:
            replaced = index.seal(row["url"] for row in rows)
        except REDIS_ERRORS as error:  # write what is held: the next start refills Redis
            redis_lost(self.crawler, error, "sealing the rows to write")
            return rows
        if not replaced:
            return rows
        for url, verdict in replaced.items():
            logger.info(
                "not writing %s: another worker kept a better copy, %s", url, verdict.dup_of
            )
            self.crawler.signals.send_catch_log(
                signal=snapcrawl_signals.article_replaced, url=url, verdict=verdict
            )
        return [row for row in rows if row["url"] not in replaced]

    def _written(self, written: WrittenFile) -> None:
        # Arrow's allocator (mimalloc) keeps the freed pages of a file's buffers for
        # reuse: tens of MB of the crawler's RSS for the whole crawl, from the first file
        # on (benchmarks/crawl/long.py); give them back once a file is written.
        pa.default_memory_pool().release_unused()
        stats = self.crawler.stats
        stats.inc_value(counters.PARQUET_FILES)
        stats.inc_value(counters.PARQUET_ROWS, len(written.rows))
        stats.inc_value(counters.PARQUET_BYTES, written.bytes)
        self.crawler.signals.send_catch_log(
            signal=snapcrawl_signals.articles_written, urls=[row["url"] for row in written.rows]
        )

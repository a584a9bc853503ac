"""ParquetPipeline: write kept articles to DATA_DIR/articles, one complete file at a time."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from crawler import signals as snapcrawl_signals
from crawler.items import ArticleItem
from crawler.run import get_run_id
from crawler.settings_values import data_dir, positive_int
from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink, WrittenFile, remove_stale_temp_files

logger = logging.getLogger(__name__)
STAT_PREFIX = "snapcrawl/parquet"


class ParquetPipeline:
    def __init__(
        self,
        crawler: Crawler,
        root: Path,
        run_id: str,
        batch_rows: int,
        partition_by: str,
        compression: str,
    ) -> None:
        self.crawler = crawler
        self.root = root
        self.sink = ParquetSink(
            root,
            ARTICLE_SCHEMA,
            run_id,
            partition_by=partition_by or None,
            batch_rows=batch_rows,
            compression=compression,
            on_written=self._written,
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParquetPipeline:
        settings = crawler.settings
        return cls(
            crawler,
            data_dir(settings) / "articles",
            get_run_id(crawler),
            positive_int(settings, "SNAPCRAWL_PARQUET_BATCH_ROWS"),
            settings.get("SNAPCRAWL_PARQUET_PARTITION_BY") or "",
            settings.get("SNAPCRAWL_PARQUET_COMPRESSION") or "zstd",
        )

    def open_spider(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        removed = remove_stale_temp_files(self.root, older_than=time.time() - 3600)
        if removed:
            logger.info("removed %d temporary files left by killed runs", removed)

    def close_spider(self) -> None:
        self.sink.close()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticleItem):
            self.sink.add(ItemAdapter(item).asdict())
        return item

    def _written(self, written: WrittenFile) -> None:
        stats = self.crawler.stats
        stats.inc_value(f"{STAT_PREFIX}/files")
        stats.inc_value(f"{STAT_PREFIX}/rows", len(written.rows))
        stats.inc_value(f"{STAT_PREFIX}/bytes", written.bytes)
        self.crawler.signals.send_catch_log(
            signal=snapcrawl_signals.articles_written, urls=[row["url"] for row in written.rows]
        )

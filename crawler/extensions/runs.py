"""RunRecorder: one row per run in DATA_DIR/runs, from the crawl's stats.

Signals in, a Parquet row out, nothing else: the row is what a person reads
to see what a scheduled run did while nobody watched.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.distributed.config import worker_name
from crawler.run import get_run_id
from crawler.settings_values import dataset_root
from crawler.storage_guard import STORAGE_ERRORS, describe
from snapcrawl.store import RUN_SCHEMA, ParquetSink

logger = logging.getLogger(__name__)

ERROR_STAT_PREFIXES = {
    "snapcrawl/spider/skipped/": "skipped/",
    "downloader/exception_type_count/": "exception/",
    "httperror/response_ignored_status_count/": "http/",
    "spider_exceptions/": "spider_exception/",
}


def errors_by_kind(stats: dict[str, Any]) -> dict[str, int]:
    """Collect Scrapy's scattered error counters under one readable map."""
    errors: dict[str, int] = {}
    for key, value in stats.items():
        for prefix, kind in ERROR_STAT_PREFIXES.items():
            if key.startswith(prefix):
                errors[kind + key[len(prefix) :].rsplit(".", 1)[-1]] = int(value)
    return errors


def run_row(run_id: str, spider: Spider, stats: dict[str, Any], reason: str) -> dict[str, Any]:
    def count(key: str) -> int:
        return int(stats.get(key, 0) or 0)

    not_articles = sum(
        int(v) for k, v in stats.items() if k.startswith("snapcrawl/clean/not_article/")
    )
    return {
        "run_id": run_id,
        "spider": spider.name,
        "start_url": getattr(spider, "start_url", None),
        "started_at": stats.get("start_time"),
        "finished_at": stats.get("finish_time") or datetime.now(UTC),
        "finish_reason": reason,
        "pages_fetched": count("response_received_count"),
        "articles_kept": count("snapcrawl/parquet/rows"),
        "duplicates_url": count("snapcrawl/dedup/dropped/url"),
        "duplicates_exact": count("snapcrawl/dedup/dropped/exact"),
        "duplicates_near": count("snapcrawl/dedup/dropped/near"),
        "not_articles": not_articles,
        "errors": errors_by_kind(stats),
        "noise_removed": count("snapcrawl/clean/noise_removed"),
        "bytes_written": count("snapcrawl/parquet/bytes"),
        "worker": stats.get("snapcrawl/worker") or worker_name(),
    }


class RunRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run_id = get_run_id(crawler)
        self.root = dataset_root(crawler.settings) / "runs"  # DATA_DIR or SNAPCRAWL_PARQUET_URI

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        recorder = cls(crawler)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def spider_opened(self, spider: Spider) -> None:
        self.crawler.stats.set_value("snapcrawl/run_id", self.run_id)
        logger.info("run %s started", self.run_id)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault("finish_time", datetime.now(UTC))
        row = run_row(self.run_id, spider, stats, reason)
        sink = ParquetSink(self.root, RUN_SCHEMA, self.run_id, partition_by=None)
        sink.add(row)
        try:
            sink.close()
        except STORAGE_ERRORS as error:
            logger.error("could not write the run's row to %s (%s)", self.root, describe(error))
        logger.info(
            "run %s finished (%s): %d pages, %d articles kept, %d duplicates dropped",
            self.run_id,
            reason,
            row["pages_fetched"],
            row["articles_kept"],
            row["duplicates_url"] + row["duplicates_exact"] + row["duplicates_near"],
        )

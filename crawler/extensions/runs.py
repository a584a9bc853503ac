"""RunRecorder: one row per run in DATA_DIR/runs, from the crawl's stats.

Signals in, a Parquet row out, nothing else: the row is what a person reads
to see what a scheduled run did while nobody watched. The run id and the
table's place come from ``CrawlServices``, found when the spider opens (Scrapy
builds extensions before it can look one up).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.distributed.config import worker_name
from crawler.services import crawl_services
from crawler.storage_guard import STORAGE_ERRORS, describe
from snapcrawl import counters
from snapcrawl import finish_reasons as reasons
from snapcrawl.counters import count, errors_by_kind, total
from snapcrawl.layout import RUNS
from snapcrawl.store import RUN_SCHEMA, ParquetSink

logger = logging.getLogger(__name__)


def run_row(run_id: str, spider: Spider, stats: dict[str, Any], reason: str) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "spider": spider.name,
        "start_url": getattr(spider, "start_url", None),
        "started_at": stats.get(counters.START_TIME),
        "finished_at": stats.get(counters.FINISH_TIME) or datetime.now(UTC),
        "finish_reason": reason,
        "pages_fetched": count(stats, counters.PAGES_FETCHED),
        "articles_kept": count(stats, counters.PARQUET_ROWS),
        "duplicates_url": count(stats, f"{counters.DEDUP_DROPPED}url"),
        "duplicates_exact": count(stats, f"{counters.DEDUP_DROPPED}exact"),
        "duplicates_near": count(stats, f"{counters.DEDUP_DROPPED}near"),
        "not_articles": total(stats, counters.CLEAN_NOT_ARTICLE),
        "errors": errors_by_kind(stats),
        "noise_removed": count(stats, counters.CLEAN_NOISE_REMOVED),
        "bytes_written": count(stats, counters.PARQUET_BYTES),
        "worker": stats.get(counters.WORKER) or worker_name(),
    }


class RunRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.opened = False  # spider_opened came: the run started

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        recorder = cls(crawler)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    @property
    def run_id(self) -> str:
        return crawl_services(self.crawler).run_id

    def spider_opened(self, spider: Spider) -> None:
        self.opened = True
        self.crawler.stats.set_value(counters.RUN_ID, self.run_id)
        logger.info("run %s started", self.run_id)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if not self.opened:  # a pipeline failed to open: Scrapy says "shutdown", as for Ctrl-C
            reason = reasons.OPEN_FAILED
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault(counters.FINISH_TIME, datetime.now(UTC))
        row = run_row(self.run_id, spider, stats, reason)
        root = crawl_services(self.crawler).layout.table(RUNS)  # DATA_DIR or SNAPCRAWL_PARQUET_URI
        sink = ParquetSink(root, RUN_SCHEMA, self.run_id, partition_by=None)
        sink.add(row)
        try:
            sink.close()
        except STORAGE_ERRORS as error:
            logger.error("could not write the run's row to %s (%s)", root, describe(error))
        logger.info(
            "run %s finished (%s): %d pages, %d articles kept, %d duplicates dropped",
            self.run_id,
            reason,
            row["pages_fetched"],
            row["articles_kept"],
            row["duplicates_url"] + row["duplicates_exact"] + row["duplicates_near"],
        )

"""CrawlServices (crawler/services.py) and the components that share it, in process.

Built with Scrapy's ``get_crawler`` as Scrapy's own tests do: no crawl, no
network; the components are the real ones, wired through the real extension.
"""

from __future__ import annotations

import asyncio
import errno
import json
import logging
from datetime import UTC, date, datetime

import pyarrow.parquet as pq
import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.extensions.runlog import RunLogHandler
from crawler.extensions.stats_file import StatsFile
from crawler.items import ArticleItem, PageItem
from crawler.middlewares.incremental import IncrementalMiddleware
from crawler.services import CrawlServices, crawl_services
from pipelines.clean import CleanPipeline
from pipelines.dedup import DedupPipeline
from pipelines.keywords import KeywordsPipeline
from pipelines.parquet import ParquetPipeline
from snapcrawl.errors import ConfigError
from snapcrawl.layout import DataDir
from tests.crawling import DEMO_DIR

SERVICES = {"crawler.services.CrawlServices": -1000}
BODY = "今天上午，市民纷纷来到公园赏花踏青，享受春日的好时光。" * 4


def crawler_for(tmp_path, **settings):
    return get_crawler(
        settings_dict={
            "EXTENSIONS": SERVICES,
            "DATA_DIR": str(tmp_path),
            "SNAPCRAWL_WORKERS": 0,
            "SNAPCRAWL_PARQUET_BATCH_ROWS": 2,
            **settings,
        }
    )


@pytest.fixture
def crawler(tmp_path):
    crawler = crawler_for(tmp_path, SNAPCRAWL_RUN_ID="run-1")
    yield crawler
    crawl_services(crawler).engine_stopped()  # closes the run log


def article(url: str, body: str = BODY) -> ArticleItem:
    now = datetime(2025, 3, 5, 8, 0, tzinfo=UTC)
    return ArticleItem(
        url=url, title="标题", body=body, host="news.example", crawled_at=now,
        crawl_date=date(2025, 3, 5), run_id="run-1", content_hash="h",
    )  # fmt: skip


def test_components_find_the_one_extension_through_scrapys_api(crawler, tmp_path):
    services = crawler.get_extension(CrawlServices)
    assert services is not None
    assert crawl_services(crawler) is services
    assert services.run_id == "run-1"
    assert services.layout == DataDir(tmp_path)
    assert not [name for name in vars(crawler) if name.startswith("_snapcrawl")]
    clean = CleanPipeline.from_crawler(crawler)
    keywords = KeywordsPipeline.from_crawler(crawler)
    assert clean.pool is keywords.pool is services.worker_pool  # one pool per crawl
    assert clean.run_id == "run-1"
    assert clean.boilerplate_path == str(tmp_path / "state" / "boilerplate.sqlite")


def test_a_crawler_without_the_extension_still_shares_one_set_of_services(tmp_path):
    crawler = crawler_for(tmp_path, EXTENSIONS={}, SNAPCRAWL_RUN_ID="alone")
    services = crawl_services(crawler)
    assert services is crawl_services(crawler)  # the dedup pipeline and the middleware agree
    assert services.run_id == "alone"
    services.engine_stopped()


def test_the_run_log_is_named_by_the_run_id_the_services_own(tmp_path):
    crawler = crawler_for(tmp_path)  # no SNAPCRAWL_RUN_ID: the services make one
    run_id = crawl_services(crawler).run_id
    crawl_services(crawler).engine_stopped()
    assert [p.name for p in (tmp_path / "logs").iterdir()] == [f"{run_id}.log"]


def test_the_incremental_middleware_sees_the_index_the_crawl_opened(crawler):
    dedup = DedupPipeline.from_crawler(crawler)
    middleware = IncrementalMiddleware.from_crawler(crawler)
    assert middleware.index() is None
    dedup.open_index()
    assert middleware.index() is crawl_services(crawler).dedup_index is dedup.index
    dedup.process_item(article("http://news.example/a/1.html"))
    assert middleware.is_kept("http://news.example/a/1.html")
    dedup.close_spider()
    assert crawl_services(crawler).dedup_index is None


def test_the_dedup_store_gets_the_cache_cap_of_its_setting(tmp_path):
    crawler = crawler_for(tmp_path, SNAPCRAWL_DEDUP_CACHE_MB=8)
    services = crawl_services(crawler)
    index = services.open_dedup_index()
    try:
        assert index.store._db.execute("PRAGMA cache_size").fetchone()[0] == -8 * 1024
    finally:
        services.close_dedup_index()
        services.engine_stopped()


def test_dedup_then_parquet_write_rows_log_copies_and_commit(crawler, tmp_path):
    dedup = DedupPipeline.from_crawler(crawler)
    parquet = ParquetPipeline.from_crawler(crawler)
    dedup.open_index()
    parquet.open_spider()
    kept = dedup.process_item(article("http://news.example/a/1.html"))
    parquet.process_item(kept)
    with pytest.raises(DropItem, match=r"exact duplicate of http://news\.example/a/1\.html"):
        dedup.process_item(article("http://news.example/b/9.html", BODY + "（记者 王小明）"))
    parquet.close_spider()
    dedup.close_spider()
    stats = crawler.stats.get_stats()
    assert stats["snapcrawl/dedup/kept"] == 1
    assert stats["snapcrawl/dedup/dropped/exact"] == 1
    assert stats["snapcrawl/parquet/rows"] == 1
    written = list((tmp_path / "articles").rglob("*.parquet"))
    assert [p.name for p in written] == ["part-run-1-00001.parquet"]
    assert pq.read_table(written[0]).column("url").to_pylist() == ["http://news.example/a/1.html"]
    copies = pq.read_table(next((tmp_path / "duplicates").rglob("*.parquet")))
    assert copies.column("kind").to_pylist() == ["exact"]


def test_a_failed_write_stops_every_writer_once(crawler):
    services = crawl_services(crawler)
    dedup = DedupPipeline.from_crawler(crawler)
    parquet = ParquetPipeline.from_crawler(crawler)
    dedup.open_index()
    services.storage.write_failed(OSError(errno.ENOSPC, "No space left on device"), "x")
    services.storage.write_failed(OSError(errno.ENOSPC, "No space left on device"), "y")
    with pytest.raises(DropItem, match="not checked: DATA_DIR is not writable"):
        dedup.process_item(article("http://news.example/a/2.html"))
    with pytest.raises(DropItem, match="not written: DATA_DIR is not writable"):
        parquet.process_item(article("http://news.example/a/2.html"))
    stats = crawler.stats.get_stats()
    assert stats["snapcrawl/storage/write_errors/ENOSPC"] == 2
    assert stats["snapcrawl/storage/stopped"] is True
    dedup.close_spider()


def test_clean_turns_a_demo_page_into_an_article(crawler):
    html = (DEMO_DIR / "site" / "a" / "1407.html").read_bytes()
    clean = CleanPipeline.from_crawler(crawler)
    page = PageItem(url="http://127.0.0.1:8701/a/1407.html", html=html, content_type="text/html")
    item = asyncio.run(clean.process_item(page))
    clean.close_spider()
    assert isinstance(item, ArticleItem)
    assert item["title"] == "图书馆延时开放至晚上十点 “夜读”成为年轻人新选择"
    assert item["content_hash"] == "3e3973d8b6573c48458b6bcc6c01f07171e24823"  # as expected.json
    assert item["run_id"] == "run-1"
    assert crawler.stats.get_value("snapcrawl/clean/articles") == 1


def test_the_stats_file_holds_the_final_stats_as_json(crawler, tmp_path):
    extension = StatsFile.from_crawler(crawler)
    crawler.stats.set_value("finish_reason", "finished")
    crawler.stats.set_value("start_time", datetime(2025, 1, 1, tzinfo=UTC))
    crawler.stats.inc_value("snapcrawl/replay/responses", 4)
    extension.engine_stopped()
    stats = json.loads((tmp_path / "logs" / "run-1.stats.json").read_text("utf-8"))
    assert stats["finish_reason"] == "finished"
    assert stats["snapcrawl/replay/responses"] == 4
    assert stats["start_time"] == "2025-01-01T00:00:00+00:00"


def test_a_wrong_setting_stops_the_crawl_and_still_reaches_the_run_log(tmp_path):
    try:
        with pytest.raises(ConfigError, match="SNAPCRAWL_PARQUET_BATCH_ROWS=0"):
            crawler_for(tmp_path, SNAPCRAWL_PARQUET_BATCH_ROWS=0, SNAPCRAWL_RUN_ID="bad")
        logging.getLogger("scrapy.crawler").error("the error Scrapy logs next")
    finally:
        for handler in [h for h in logging.root.handlers if isinstance(h, RunLogHandler)]:
            logging.root.removeHandler(handler)
            handler.close()
    assert "the error Scrapy logs next" in (tmp_path / "logs" / "bad.log").read_text("utf-8")


def test_a_component_alone_gets_services_of_its_own(tmp_path):
    bare = get_crawler(settings_dict={"DATA_DIR": str(tmp_path), "SNAPCRAWL_RUN_ID": "r9"})
    services = crawl_services(bare)
    assert bare.get_extension(CrawlServices) is None
    assert services.run_id == "r9"
    assert services.run_log is None  # not started: no run log, no lock, no probe
    assert not (tmp_path / "logs").exists()


def test_start_up_objects_are_frozen_during_the_crawl_and_given_back_at_close(crawler):
    import gc

    services = crawl_services(crawler)
    before = gc.get_freeze_count()  # 0, or 375 that Python 3.12 itself freezes at start-up
    assert before < 1000
    services._freeze_start_up()  # what spider_opened schedules for the reactor's next turn
    try:
        assert gc.get_freeze_count() > before + 1000
    finally:
        services.spider_closed()
    assert gc.get_freeze_count() == 0
    services._freeze_start_up()  # a turn that comes after the close freezes nothing
    assert gc.get_freeze_count() == 0

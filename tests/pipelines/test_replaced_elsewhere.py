"""Two crawlers sharing one Redis dedup store: a copy one holds, the other replaces.

In process (``get_crawler``), with the real pipelines and a real redis-server:
the worker holding the replaced copy leaves its row out of its file, logs it as
a duplicate with its own details, and the replacing worker counts it, as a single
process does with SQLite.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from pipelines.dedup import DedupPipeline
from pipelines.parquet import ParquetPipeline
from snapcrawl import counters
from tests.snapcrawl.dedup.texts import TREES, join


def worker(data_dir, spec):
    crawler = get_crawler(
        settings_dict={
            "SNAPCRAWL_WORKERS": 0,
            "DATA_DIR": str(data_dir),
            "SNAPCRAWL_DEDUP_STORE": spec,
        }
    )
    dedup, parquet = DedupPipeline.from_crawler(crawler), ParquetPipeline.from_crawler(crawler)
    dedup.open_index()
    parquet.open_spider()
    return crawler, dedup, parquet


def copy(url: str, day: int) -> ArticleItem:
    return ArticleItem(
        url=url,
        host="site.example",
        title=f"同一个故事 {url[-6:]}",
        body=join(TREES),
        snapshot_at=datetime(2025, 2, day, 8, 0, tzinfo=UTC),
        crawled_at=datetime(2026, 1, 18, 8, 0, tzinfo=UTC),
        crawl_date=date(2026, 1, 18),
    )


def close(dedup: DedupPipeline, parquet: ParquetPipeline) -> None:
    parquet.close_spider()  # Scrapy closes the pipelines in reverse order
    dedup.close_spider()


def test_the_holder_leaves_the_row_out_and_logs_it(redis_server, tmp_path):
    spec = f"{redis_server}/0?prefix=elsewhere-{uuid.uuid4().hex[:12]}"
    first, first_dedup, first_parquet = worker(tmp_path, spec)
    second, second_dedup, second_parquet = worker(tmp_path, spec)
    late = copy("http://site.example/late.html", 9)
    later = copy("http://site.example/later.html", 10)
    early = copy("http://site.example/early.html", 2)
    assert first_parquet.process_item(first_dedup.process_item(late)) is late  # buffered
    with pytest.raises(DropItem):  # a copy of the copy this worker holds
        first_dedup.process_item(later)
    assert second_parquet.process_item(second_dedup.process_item(early)) is early
    close(first_dedup, first_parquet)
    close(second_dedup, second_parquet)

    articles = pd.read_parquet(tmp_path / "articles")
    assert list(articles["url"]) == ["http://site.example/early.html"]
    duplicates = pd.read_parquet(tmp_path / "duplicates").set_index("url")
    assert sorted(duplicates.index) == [late["url"], later["url"]]
    row = duplicates.loc[late["url"]]
    assert (row["dup_of"], row["kind"]) == (early["url"], "exact")
    # the copy logged as a duplicate of the replaced one now names the kept one
    assert duplicates.loc[later["url"], "dup_of"] == early["url"]
    assert row["title"] == late["title"]  # the holder's details
    assert row["run_id"] == first_dedup.run_id
    assert second.stats.get_value(counters.DEDUP_REPLACED) == 1
    assert second.stats.get_value(f"{counters.DEDUP_DROPPED}exact") == 1
    assert first.stats.get_value(counters.DEDUP_REPLACED) is None
    assert first.stats.get_value(counters.PARQUET_ROWS) is None  # nothing written

"""The spine, end to end: scrapy crawl snapshot over real HTTP into a Parquet dataset."""

from __future__ import annotations

import json
import urllib.request
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from snapcrawl.dedup import canonicalize_url
from snapcrawl.fixtures.server import serve_site
from snapcrawl.store import ARTICLE_SCHEMA
from tests.crawling import DEMO_DIR, crawl_stats, run_scrapy_crawl

SHANGHAI = ZoneInfo("Asia/Shanghai")
CONTRACT_COLUMNS = [
    "url",
    "title",
    "body",
    "category",
    "published_at",
    "source",
    "source_url",
    "snapshot_at",
    "crawled_at",
    "run_id",
    "content_hash",
]


@pytest.fixture(scope="module")
def crawled(demo_site, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("demo-crawl")
    result = run_scrapy_crawl(demo_site.url, data_dir)
    return data_dir, result


def shanghai(text: str | None) -> pd.Timestamp | None:
    if not text:
        return None
    return pd.Timestamp(datetime.fromisoformat(text).replace(tzinfo=SHANGHAI))


def test_three_readers_see_the_contract_columns(crawled):
    data_dir, _ = crawled
    path = data_dir / "articles"
    table = ds.dataset(path, partitioning="hive").to_table()
    assert set(CONTRACT_COLUMNS) <= set(table.schema.names)
    for name in ARTICLE_SCHEMA.names:
        assert table.schema.field(name).type == ARTICLE_SCHEMA.field(name).type, name
    frame = pd.read_parquet(path)
    assert len(frame) == table.num_rows > 0
    count = (
        duckdb.connect()
        .execute(f"SELECT count(*) FROM read_parquet('{path}/**/*.parquet', hive_partitioning=1)")
        .fetchone()[0]
    )
    assert count == table.num_rows


def test_one_row_per_demo_story_matching_the_truth_column_by_column(crawled, demo_site, demo_truth):
    data_dir, _ = crawled
    site = demo_truth["sites"]["site"]
    by_path = {a["path"]: a for a in site["articles"]}
    duplicates = {d["path"]: d["dup_of"] for d in site["duplicates"]}
    frame = pd.read_parquet(data_dir / "articles")
    stories_seen = []
    for row in frame.to_dict("records"):
        path = row["url"].removeprefix(demo_site.url.rstrip("/"))
        truth = by_path.get(duplicates.get(path, path))
        assert truth is not None, f"{row['url']} is not a demo article"
        stories_seen.append(truth["story"])
        for column in ("title", "body", "category", "source", "source_url"):
            assert row[column] == truth[column], (column, row["url"])
        assert row["published_at"] == shanghai(truth["published_at"]), row["url"]
        if path == truth["path"]:
            assert row["snapshot_at"] == shanghai(truth.get("snapshot_at")), row["url"]
        assert len(row["content_hash"] or "") >= 32
        assert row["run_id"] == frame["run_id"].iloc[0]
    assert sorted(stories_seen) == sorted({a["story"] for a in site["articles"]})


def test_the_demo_dataset_holds_no_host_noise(crawled, demo_truth):
    data_dir, _ = crawled
    frame = pd.read_parquet(data_dir / "articles")
    markers = demo_truth["sites"]["site"]["noise_markers"]
    for column in ("title", "body", "category", "source"):
        for value in frame[column].dropna():
            found = [marker for marker in markers if marker in value]
            assert not found, (column, found, value[:80])


def test_errors_are_counted_and_5xx_retried(crawled):
    _, result = crawled
    stats = crawl_stats(result)
    assert "'downloader/response_status_count/404'" in stats
    assert "'downloader/response_status_count/500'" in stats
    assert "'retry/reason_count/500 Internal Server Error'" in stats
    assert "'snapcrawl/clean/not_article/list_page'" in stats


def test_the_run_is_recorded(crawled):
    data_dir, _ = crawled
    runs = pd.read_parquet(data_dir / "runs")
    assert len(runs) == 1
    run = runs.iloc[0]
    assert run["articles_kept"] == len(pd.read_parquet(data_dir / "articles"))
    assert run["pages_fetched"] > run["articles_kept"]
    assert dict(run["errors"]).get("skipped/http_404") == 1


def test_no_temp_files_are_left(crawled):
    data_dir, _ = crawled
    assert not list(data_dir.rglob("*.tmp"))


def test_a_second_run_appends_and_keeps_earlier_files(demo_site, tmp_path):
    run_scrapy_crawl(
        demo_site.url, tmp_path, "SNAPCRAWL_DEDUP_ENABLED=False", "CLOSESPIDER_ITEMCOUNT=5"
    )
    first_files = {p: p.read_bytes() for p in (tmp_path / "articles").rglob("*.parquet")}
    first_rows = len(pd.read_parquet(tmp_path / "articles"))
    run_scrapy_crawl(
        demo_site.url, tmp_path, "SNAPCRAWL_DEDUP_ENABLED=False", "CLOSESPIDER_ITEMCOUNT=5"
    )
    assert all(p.read_bytes() == data for p, data in first_files.items())
    frame = pd.read_parquet(tmp_path / "articles")
    assert len(frame) > first_rows
    assert frame["run_id"].nunique() == 2
    assert len(pd.read_parquet(tmp_path / "runs")) == 2


def test_scrapy_settings_keep_working(demo_site, tmp_path):
    result = run_scrapy_crawl(demo_site.url, tmp_path, "CLOSESPIDER_PAGECOUNT=5", "DEPTH_LIMIT=1")
    assert "'finish_reason': 'closespider_pagecount'" in crawl_stats(result)


def test_every_page_is_fetched_once_whatever_its_tracking_query(tmp_path):
    with serve_site(DEMO_DIR / "site") as server:
        run_scrapy_crawl(server.url, tmp_path, "SNAPCRAWL_DEDUP_ENABLED=False")
        counts = json.loads(urllib.request.urlopen(server.url + "_snapcrawl/requests").read())
    # links are requested as the page wrote them (?from=rss included), each page once
    by_page: Counter[str] = Counter()
    for path, n in counts.items():
        by_page[canonicalize_url(server.url + path.lstrip("/"))] += n
    repeated = {page: n for page, n in by_page.items() if n > 1 and "500" not in page}
    assert not repeated


def test_the_report_renders_for_the_demo_data(crawled):
    from PIL import Image

    from snapcrawl.dataset.report import IMAGES, write_report

    data_dir, _ = crawled
    page = write_report(data_dir)
    html = page.read_text("utf-8")
    for name in IMAGES:
        path = page.parent / name
        assert f'src="{name}"' in html
        with Image.open(path) as image:
            assert image.format == "PNG"
            assert min(image.size) > 200
            assert len(image.convert("L").getcolors(1 << 16) or []) > 20  # drawn, not blank

"""Incremental crawling: IncrementalMiddleware and the pages it reads as seen (state/seen.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.middlewares.incremental import IncrementalMiddleware
from snapcrawl.errors import ConfigError
from snapcrawl.state import SeenPages, load_seen_pages
from snapcrawl.store import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, ParquetSink

SITE = "http://news.example.cn"
SHANGHAI = ZoneInfo("Asia/Shanghai")


class KeptUrls:
    """Stands in for a DedupIndex: only ``known_url`` is used."""

    def __init__(self, *urls: str) -> None:
        self.urls = set(urls)
        self.asked: list[str] = []

    def known_url(self, url: str) -> bool:
        self.asked.append(url)
        return url in self.urls


def middleware(index: KeptUrls | None, seen: SeenPages | None = None) -> IncrementalMiddleware:
    crawler = get_crawler()
    mw = IncrementalMiddleware(crawler.stats, lambda: index, dataset=Path("unused"))
    mw.seen = seen or SeenPages()
    return mw


def through(mw: IncrementalMiddleware, *urls: str, **request_kwargs) -> list[str]:
    response = HtmlResponse(f"{SITE}/", body=b"<html></html>")
    requests = [Request(url, **request_kwargs) for url in urls]
    return [r.url for r in mw.process_spider_output(response, requests)]


def test_kept_articles_and_known_duplicates_are_not_fetched_again():
    index = KeptUrls(f"{SITE}/a/1.html")
    seen = SeenPages(duplicates=frozenset({f"{SITE}/copy/1.html"}))
    mw = middleware(index, seen)
    urls = ("/a/1.html", "/copy/1.html", "/a/2.html", "/list_2.html")
    left = through(mw, *(SITE + url for url in urls))
    assert left == [f"{SITE}/a/2.html", f"{SITE}/list_2.html"]
    stats = mw.stats.get_stats()
    assert stats["snapcrawl/incremental/skipped"] == 2
    assert stats["snapcrawl/incremental/skipped/kept"] == 1
    assert stats["snapcrawl/incremental/skipped/duplicate"] == 1


def test_urls_that_redirected_to_a_story_are_not_fetched_again():
    mw = middleware(KeptUrls(), SeenPages(redirects=frozenset({f"{SITE}/old/1.html"})))
    left = through(mw, f"{SITE}/old/1.html?from=rss", f"{SITE}/old/2.html")
    assert left == [f"{SITE}/old/2.html"]
    assert mw.stats.get_value("snapcrawl/incremental/skipped/redirect") == 1


def test_urls_are_checked_canonical_and_each_skip_counts_once():
    index = KeptUrls(f"{SITE}/a/1.html")
    mw = middleware(index)
    assert through(mw, f"{SITE}/a/1.html?utm_source=x", f"{SITE}/a/1.html#top") == []
    assert through(mw, f"{SITE}/a/1.html") == []
    assert index.asked[0] == f"{SITE}/a/1.html"
    assert mw.stats.get_value("snapcrawl/incremental/skipped") == 1


def test_recent_articles_are_rechecked():
    index = KeptUrls(f"{SITE}/a/1.html", f"{SITE}/a/2.html")
    mw = middleware(index, SeenPages(recent=frozenset({f"{SITE}/a/2.html"})))
    assert through(mw, f"{SITE}/a/1.html", f"{SITE}/a/2.html") == [f"{SITE}/a/2.html"]
    assert mw.stats.get_value("snapcrawl/incremental/rechecked") == 1


def test_start_and_dont_filter_requests_always_go():
    index = KeptUrls(f"{SITE}/a/1.html")
    mw = middleware(index)
    assert through(mw, f"{SITE}/a/1.html", dont_filter=True) == [f"{SITE}/a/1.html"]
    start = [Request(f"{SITE}/a/1.html")]
    assert mw.get_processed_request(start[0], None) is start[0]


def test_items_pass_untouched():
    mw = middleware(KeptUrls())
    response = HtmlResponse(f"{SITE}/", body=b"")
    item = {"url": f"{SITE}/a/1.html"}
    assert list(mw.process_spider_output(response, [item])) == [item]


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        ({"SNAPCRAWL_INCREMENTAL_ENABLED": False}, NotConfigured),
        ({"SNAPCRAWL_INCREMENTAL_ENABLED": True, "SNAPCRAWL_DEDUP_ENABLED": False}, NotConfigured),
        ({"SNAPCRAWL_INCREMENTAL_RECHECK_DAYS": -1}, ConfigError),
        ({"SNAPCRAWL_INCREMENTAL_RECHECK_DAYS": "a week"}, ConfigError),
        ({"SNAPCRAWL_INCREMENTAL_RECHECK_DAYS": "nan"}, ConfigError),
    ],
)
def test_settings_that_turn_it_off_or_stop_the_run(settings, error):
    base = {
        "SNAPCRAWL_INCREMENTAL_ENABLED": True,
        "SNAPCRAWL_DEDUP_ENABLED": True,
        "SNAPCRAWL_INCREMENTAL_RECHECK_DAYS": 0,
    }
    with pytest.raises(error):
        IncrementalMiddleware.from_crawler(get_crawler(settings_dict={**base, **settings}))


def test_recheck_days_accepts_fractions():
    settings = {
        "SNAPCRAWL_INCREMENTAL_ENABLED": True,
        "SNAPCRAWL_DEDUP_ENABLED": True,
        "SNAPCRAWL_INCREMENTAL_RECHECK_DAYS": "1.5",
    }
    mw = IncrementalMiddleware.from_crawler(get_crawler(settings_dict=settings))
    assert mw.recheck_days == 1.5


NOW = datetime(2025, 3, 24, 12, 0, tzinfo=UTC)


def write_rows(root, schema, rows) -> None:
    sink = ParquetSink(root, schema, "run-1")
    for row in rows:
        sink.add({"crawl_date": date(2025, 3, 24), "run_id": "run-1", **row})
    sink.close()


@pytest.fixture
def dataset(tmp_path):
    def article(path: str, published: datetime | None, host: str = "news.example.cn") -> dict:
        return {
            "url": f"http://{host}{path}",
            "host": host,
            "published_at": published,
            "crawled_at": NOW - timedelta(days=30),
        }

    write_rows(
        tmp_path / "articles",
        ARTICLE_SCHEMA,
        [
            article("/old.html", datetime(2025, 1, 1, 8, 0, tzinfo=SHANGHAI)),
            article("/today.html", datetime(2025, 3, 24, 9, 0, tzinfo=SHANGHAI)),
            article("/undated.html", None),
            article("/other.html", datetime(2025, 3, 24, 9, 0, tzinfo=SHANGHAI), host="other.cn"),
        ],
    )
    write_rows(
        tmp_path / "duplicates",
        DUPLICATE_SCHEMA,
        [
            {"url": f"{SITE}/copy.html", "kind": "exact", "host": "news.example.cn"},
            {"url": f"{SITE}/edited.html", "kind": "near", "host": "news.example.cn"},
            {"url": f"{SITE}/today.html", "kind": "url", "host": "news.example.cn"},
            {"url": "http://other.cn/copy.html", "kind": "exact", "host": "other.cn"},
            {"url": f"{SITE}/old/9.html", "kind": "redirect", "host": "news.example.cn"},
        ],
    )
    return tmp_path


def test_seen_pages_of_one_host(dataset):
    seen = load_seen_pages(dataset, host="news.example.cn", recheck_days=2, now=NOW)
    assert seen.duplicates == {f"{SITE}/copy.html", f"{SITE}/edited.html"}
    assert seen.recent == {f"{SITE}/today.html"}
    assert seen.redirects == {f"{SITE}/old/9.html"}


def test_seen_pages_of_several_spellings_of_a_site_in_one_read(dataset):
    seen = load_seen_pages(dataset, host=["www.news.example.cn", "news.example.cn"], now=NOW)
    assert seen.duplicates == {f"{SITE}/copy.html", f"{SITE}/edited.html"}
    both = load_seen_pages(dataset, host=["news.example.cn", "other.cn"], recheck_days=2, now=NOW)
    assert both.duplicates == {
        f"{SITE}/copy.html",
        f"{SITE}/edited.html",
        "http://other.cn/copy.html",
    }
    assert both.recent == {f"{SITE}/today.html", "http://other.cn/other.html"}
    assert load_seen_pages(dataset, host=[None]) == load_seen_pages(dataset)  # no host known


def test_undated_articles_count_from_their_crawl(dataset):
    seen = load_seen_pages(dataset, host="news.example.cn", recheck_days=31, now=NOW)
    assert f"{SITE}/undated.html" in seen.recent
    assert f"{SITE}/old.html" not in seen.recent


def test_no_recheck_reads_no_articles_and_no_dataset_is_empty(dataset, tmp_path_factory):
    assert load_seen_pages(dataset, recheck_days=0).recent == frozenset()
    assert len(load_seen_pages(dataset).duplicates) == 3  # every host
    assert load_seen_pages(tmp_path_factory.mktemp("empty"), recheck_days=5) == SeenPages()


def test_a_first_run_reads_nothing_and_converts_nothing(tmp_path):
    """No table yet: no filter is built, so pyarrow imports neither its compute module
    nor pandas (which its first conversion of a Python value would import, ~0.2 s)."""
    script = (
        "import sys\n"
        "from snapcrawl.state import load_seen_pages\n"
        f"seen = load_seen_pages({str(tmp_path)!r}, host='news.example.cn', recheck_days=5)\n"
        "assert not seen.duplicates and not seen.recent\n"
        "print(sorted(m for m in ('pandas', 'pyarrow.compute') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_seen_pages_from_a_filesystem_uri_and_from_files_older_than_a_column(dataset, tmp_path):
    by_uri = load_seen_pages(f"file://{dataset}", host="news.example.cn", recheck_days=2, now=NOW)
    assert by_uri == load_seen_pages(dataset, host="news.example.cn", recheck_days=2, now=NOW)

    old = tmp_path / "old" / "duplicates" / "crawl_date=2024-12-01"
    old.mkdir(parents=True)
    pq.write_table(  # written before duplicates had a host column
        pa.table({"url": [f"{SITE}/older-copy.html"], "dup_of": ["x"], "kind": ["near"]}),
        old / "part-r0-00001.parquet",
    )
    seen = load_seen_pages(tmp_path / "old", host="news.example.cn")
    assert seen.duplicates == {f"{SITE}/older-copy.html"}


def test_links_to_articles_this_run_kept_are_left_to_the_dupefilter():
    index = KeptUrls(f"{SITE}/a/1.html", f"{SITE}/a/2.html")  # 1.html: kept by this run
    mw = middleware(index)
    mw.item_scraped({"url": f"{SITE}/a/1.html"})
    assert through(mw, f"{SITE}/a/1.html", f"{SITE}/a/2.html") == [f"{SITE}/a/1.html"]
    assert mw.stats.get_value("snapcrawl/incremental/skipped") == 1


def test_the_rows_of_a_crawl_are_looked_up_under_both_spellings_of_its_host():
    from crawler.middlewares.incremental import host_spellings

    assert host_spellings("http://news.cn/") == ["news.cn", "www.news.cn"]
    assert host_spellings("https://WWW.news.cn:8443/a") == ["www.news.cn:8443", "news.cn:8443"]
    assert host_spellings(None) == [None]

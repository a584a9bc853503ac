"""Killed and terminated crawls: the dataset always reads, and the next run makes it whole.

SIGKILL gives the process no chance to clean up: only what was renamed into
place is visible, and stories whose rows never reached the disk are still
"pending" in the dedup state, so the next run keeps them again, once.
SIGTERM is a polite stop: Scrapy closes the spider and the pipelines write
what they hold.
"""

from __future__ import annotations

import os
import signal
import time

import pyarrow.dataset as ds
import pytest

from tests.crawling import run_scrapy_crawl, start_scrapy_crawl

SLOW = (
    "SNAPCRAWL_PARQUET_BATCH_ROWS=4",
    "DOWNLOAD_DELAY=0.1",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS_PER_DOMAIN=2",
)


def wait_for_files(root, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(list(root.rglob("*.parquet"))) < count:
        if time.monotonic() > deadline:
            pytest.fail(f"the crawl wrote fewer than {count} files in {timeout} s")
        time.sleep(0.02)


def story_count(truth) -> int:
    return len({a["story"] for a in truth["sites"]["site"]["articles"]})


def urls_in(data_dir) -> list[str]:
    return (
        ds.dataset(data_dir / "articles", partitioning="hive").to_table().column("url").to_pylist()
    )


def test_sigkill_mid_crawl_then_a_resumed_run_loses_no_story_and_repeats_none(
    demo_site, demo_truth, tmp_path
):
    crawl = start_scrapy_crawl(demo_site.url, tmp_path, *SLOW)
    wait_for_files(tmp_path / "articles", 2)
    os.killpg(crawl.pid, signal.SIGKILL)  # the crawler and its worker process
    crawl.wait(timeout=30)
    partial = urls_in(tmp_path)  # every visible file reads
    assert 0 < len(partial) < story_count(demo_truth)

    run_scrapy_crawl(demo_site.url, tmp_path, *SLOW[:1])
    urls = urls_in(tmp_path)
    assert len(urls) == len(set(urls)), "a story was written twice"
    assert len(urls) == story_count(demo_truth), "a story was lost"
    assert set(partial) <= set(urls)


def test_sigterm_finishes_writing_what_it_has(demo_site, tmp_path):
    crawl = start_scrapy_crawl(demo_site.url, tmp_path, *SLOW)
    wait_for_files(tmp_path / "articles", 1)
    os.killpg(crawl.pid, signal.SIGTERM)
    _, stderr = crawl.communicate(timeout=60)
    assert "'finish_reason': 'shutdown'" in stderr
    kept = int(stderr.split("'snapcrawl/dedup/kept': ")[1].split(",")[0])
    assert len(urls_in(tmp_path)) == kept  # every kept story reached the dataset
    assert not list(tmp_path.rglob("*.tmp"))

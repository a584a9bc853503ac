"""The keep rule holds across distributed workers: two crawler processes, one real Redis.

The kept-copy site (``test_kept_copy``: each story published twice, the copies
linked from one page and answered after a random delay) is crawled by two
``scrapy crawl`` workers sharing a redis-server (queue, dupefilter, dedup state)
and one DATA_DIR. Either worker may fetch either copy of a story, in any order, so
the rule's copy can only be kept if one worker replaces the copy the other holds
(the Redis store's ``replace``) and that worker leaves its row out (``seal``). The
kept URLs and the logged duplicates must equal a local (SQLite) crawl's.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from tests.crawling import run_scrapy_crawl
from tests.e2e.test_distributed import finish, start_worker
from tests.e2e.test_kept_copy import (
    STORIES,
    JitteryHandler,
    copies_site,
    jittery_site,
    kept_and_logged,
)


class SlowJitteryHandler(JitteryHandler):
    """Answers the copies 0.4-1.0 s later still: a worker polls the shared queue every
    few seconds when idle, so the second one joins while the first has most copies to
    fetch, and the copies of a story split between them."""

    def _respond(self, send_body: bool) -> None:
        if self.path.startswith("/c/"):
            time.sleep(self.server.rng.uniform(0.4, 1.0))
        super()._respond(send_body)


def dedup_counts(data_dir: Path) -> Counter[str]:
    """The dedup counters of every run in DATA_DIR, summed (one run per worker)."""
    total: Counter[str] = Counter()
    for path in (data_dir / "logs").glob("*.stats.json"):
        stats = json.loads(path.read_text("utf-8"))
        total.update({k: v for k, v in stats.items() if k.startswith("snapcrawl/dedup/")})
    return total


# few requests at a time per worker: the pages split evenly between the workers
SETTINGS = ("SNAPCRAWL_KEYWORDS_ENABLED=False", "AUTOTHROTTLE_ENABLED=False")


def test_two_workers_keep_the_copies_a_local_crawl_keeps(redis_server, tmp_path):
    site_root = tmp_path / "site"
    expected = copies_site(site_root)
    with jittery_site(site_root, seed=3) as site:
        run_scrapy_crawl(site.url, tmp_path / "local", *SETTINGS, "CONCURRENT_REQUESTS=16")
        url, port = site.url, site.server_address[1]
    local_kept, local_logged = kept_and_logged(tmp_path / "local")
    local_counts = dedup_counts(tmp_path / "local")
    assert local_kept == {url.rstrip("/") + path for path in expected}

    for n, db in enumerate((8, 9)):  # a database each: a fresh queue and dedup state
        data_dir = tmp_path / f"distributed-{n}"
        redis = f"{redis_server}/{db}"
        with jittery_site(site_root, 10 + n, port, SlowJitteryHandler):
            first = start_worker(
                url, redis, data_dir, f"kept{n}a", *SETTINGS, "CONCURRENT_REQUESTS=2"
            )
            time.sleep(0.5 * n)
            second = start_worker(
                url, redis, data_dir, f"kept{n}b", *SETTINGS, "CONCURRENT_REQUESTS=2"
            )
            logs = [finish(first, timeout=120), finish(second, timeout=120)]
        kept, logged = kept_and_logged(data_dir)
        articles = pd.read_parquet(data_dir / "articles")
        assert articles["run_id"].nunique() == 2, "each worker kept stories"
        assert kept == local_kept
        assert logged == local_logged
        assert len(logged) == STORIES
        # counted as in the local crawl: each story kept once at first, each other copy
        # dropped once (a replaced copy too); how many were replaced depends on timing
        counts = dedup_counts(data_dir)
        for name in ("snapcrawl/dedup/kept", "snapcrawl/dedup/dropped/exact"):
            assert counts[name] == local_counts[name] == STORIES, name
        left_out = sum(log.count("another worker kept a better copy") for log in logs)
        replaced = counts["snapcrawl/dedup/replaced"]
        print(f"run {n}: {replaced} replaced, {left_out} of them held by the other worker")

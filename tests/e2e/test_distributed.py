"""Distributed mode end to end: real worker processes, a real redis-server, real HTTP.

Two ``scrapy crawl`` processes share one Redis (queue, dupefilter, dedup state)
and one DATA_DIR. The fixture server counts every request, so "fetched once in
total" is measured, not assumed; killing a worker's process group with SIGKILL
checks that its in-flight requests and buffered rows are not lost.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import pytest

from snapcrawl.fixtures.server import serve_site
from tests.crawling import DEMO_DIR, REPO_ROOT

FAST = [
    "SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS=1",
    "SNAPCRAWL_DISTRIBUTED_HEARTBEAT_SECONDS=0.5",
    "AUTOTHROTTLE_ENABLED=False",
    "LOG_LEVEL=INFO",
]


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def pid(self) -> int:
        return self.process.pid


def start_worker(start_url: str, redis: str, data_dir: Path, name: str, *settings: str) -> Worker:
    """The command every worker runs, in its own process group (so it can be killed whole)."""
    command = [sys.executable, "-m", "scrapy", "crawl", "snapshot", "-a", f"start_url={start_url}"]
    for setting in (f"REDIS_URL={redis}", f"DATA_DIR={data_dir}", *FAST, *settings):
        command += ["-s", setting]
    command += ["-s", f"SNAPCRAWL_DISTRIBUTED_WORKER={name}"]
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    log = data_dir.parent / f"{name}.log"
    with open(log, "wb") as stderr:
        process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    return Worker(process, log)


def finish(worker: Worker, timeout: float = 60) -> str:
    """Wait for a worker to stop by itself; its log."""
    try:
        worker.process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.process.wait()
        raise
    text = worker.log.read_text("utf-8", errors="replace")
    assert worker.process.returncode == 0, text[-3000:]
    return text


def request_counts(server_url: str) -> Counter[str]:
    with urllib.request.urlopen(server_url + "_snapcrawl/requests") as response:
        return Counter(json.load(response))


def stories_in(data_dir: Path, server_url: str, truth: dict) -> Counter[str]:
    """How many rows each demo story has in the dataset."""
    site = truth["sites"]["site"]
    story_of = {a["path"]: a["story"] for a in site["articles"]}
    dup_of = {d["path"]: d["dup_of"] for d in site["duplicates"]}
    stories: Counter[str] = Counter()
    for url in pd.read_parquet(data_dir / "articles")["url"]:
        path = urlsplit(url).path
        stories[story_of.get(dup_of.get(path, path), f"not a story: {path}")] += 1
    return stories


def test_two_workers_fetch_each_page_once_and_keep_each_story_once(
    redis_server, demo_truth, tmp_path
):
    data_dir = tmp_path / "data"
    redis = f"{redis_server}/1"
    with serve_site(DEMO_DIR / "site") as server:
        first = start_worker(server.url, redis, data_dir, "w1")
        second = start_worker(server.url, redis, data_dir, "w2")
        logs = [finish(first), finish(second)]
        counts = request_counts(server.url)
    requests_served = sum(counts.values())
    assert counts.pop("/robots.txt") in (1, 2)  # once per worker that fetched anything
    assert counts.pop("/a/1500.html") == 3  # a 500: the first try and two retries, in all
    assert len(counts) > 80
    assert set(counts.values()) == {1}, counts.most_common(5)
    stories = stories_in(data_dir, server.url, demo_truth)
    expected = {a["story"] for a in demo_truth["sites"]["site"]["articles"]}
    assert set(stories) == expected
    assert set(stories.values()) == {1}
    runs = pd.read_parquet(data_dir / "runs")
    assert len(runs) == 2
    assert runs["run_id"].nunique() == 2
    assert runs["pages_fetched"].sum() == requests_served - 2  # two 500s were retried
    if "worker" in runs:
        assert sorted(runs["worker"]) == ["w1", "w2"]
    articles = pd.read_parquet(data_dir / "articles")
    assert set(articles["run_id"]) <= set(runs["run_id"])
    assert any("left crawl" in log and "(finished)" in log for log in logs)


@pytest.mark.parametrize("finisher", ["other", "restarted"])
def test_a_killed_worker_loses_no_story(finisher, redis_server, demo_truth, tmp_path):
    """SIGKILL mid-crawl: another worker, or the same one restarted, finishes the crawl."""
    data_dir = tmp_path / "data"
    redis = f"{redis_server}/{2 if finisher == 'other' else 3}"
    slow = ("DOWNLOAD_DELAY=0.05", "CONCURRENT_REQUESTS=2")
    with serve_site(DEMO_DIR / "site") as server:
        victim = start_worker(server.url, redis, data_dir, "victim", *slow)
        deadline = time.monotonic() + 30
        while sum(request_counts(server.url).values()) < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
        if finisher == "other":
            survivor = start_worker(server.url, redis, data_dir, "survivor", *slow)
            time.sleep(0.5)
        os.killpg(victim.pid, signal.SIGKILL)  # mid-crawl: requests in flight, rows buffered
        victim.process.wait()
        if finisher == "restarted":
            survivor = start_worker(server.url, redis, data_dir, "victim", *slow)
        log = finish(survivor)
    assert "'snapcrawl/distributed/requeued'" in log, log[-3000:]
    stories = stories_in(data_dir, server.url, demo_truth)
    expected = {a["story"] for a in demo_truth["sites"]["site"]["articles"]}
    assert set(stories) == expected
    assert set(stories.values()) == {1}, [s for s, n in stories.items() if n > 1]

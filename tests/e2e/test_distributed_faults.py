"""Distributed mode under Redis faults: real workers, real redis-server processes, real HTTP.

* Redis killed mid-crawl: the worker stops by itself with one message and the
  finish reason ``redis_lost``, its kept rows are in Parquet, and a rerun against
  a new, empty Redis writes every missing story once and none twice (the dedup
  state is refilled from the dataset first).
* Redis unreachable at start: the run stops before it opens, naming REDIS_URL
  and the fix.
* A pickle in the queue is refused and never run; the crawl goes on.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time

import redis

from crawler.distributed.config import CrawlKeys, crawl_name
from crawler.exit_codes import EXIT_UNAVAILABLE
from snapcrawl.fixtures.server import serve_site
from snapcrawl.layout import is_visible_parquet
from tests.crawling import DEMO_DIR, REPO_ROOT
from tests.e2e.test_distributed import finish, request_counts, start_worker, stories_in
from tests.ports import free_port
from tests.redis_server import start_redis_server

SLOW = ("DOWNLOAD_DELAY=0.05", "CONCURRENT_REQUESTS=2", "SNAPCRAWL_PARQUET_BATCH_ROWS=5")


def expected_stories(truth: dict) -> set[str]:
    return {a["story"] for a in truth["sites"]["site"]["articles"]}


def wait_for_requests(server_url: str, count: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while sum(request_counts(server_url).values()) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def wait_for_written_rows(data_dir, timeout: float = 90) -> None:
    """Until the worker has written a Parquet file: on a busy machine its extraction pool
    may still be starting when 40 pages have been fetched, and a kill then finds nothing
    written, which is not what these tests are about."""
    table = data_dir / "articles"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if table.is_dir() and any(
            is_visible_parquet(path.relative_to(table)) for path in table.rglob("*.parquet")
        ):
            return
        time.sleep(0.05)


def test_redis_killed_mid_crawl_stops_the_worker_and_the_rerun_writes_no_story_twice(
    demo_truth, tmp_path
):
    data_dir = tmp_path / "data"
    first_redis, url = start_redis_server(tmp_path)
    try:
        with serve_site(DEMO_DIR / "site") as server:
            worker = start_worker(server.url, f"{url}/0", data_dir, "w1", *SLOW)
            wait_for_requests(server.url, 40)
            wait_for_written_rows(data_dir)
            first_redis.kill()  # SIGKILL: no goodbye, the connection just drops
            first_redis.wait()
            worker.process.wait(timeout=60)  # it stops by itself
            log = worker.log.read_text("utf-8", errors="replace")
            assert "'finish_reason': 'redis_lost'" in log, log[-3000:]
            assert log.count("lost Redis while") == 1, log[-3000:]
            assert "REDIS_URL=redis://127.0.0.1:" in log
            assert "start redis-server there (or fix REDIS_URL)" in log
            assert "Traceback" not in log, log[-5000:]
            assert worker.process.returncode == EXIT_UNAVAILABLE  # redis_lost: retry later
            written = stories_in(data_dir, server.url, demo_truth)
            assert written, "the rows the worker held were not written"
            assert set(written.values()) == {1}
            assert len(written) < len(expected_stories(demo_truth))  # really mid-crawl

            second_redis, url = start_redis_server(tmp_path)  # new and empty
            try:
                rerun = start_worker(server.url, f"{url}/0", data_dir, "w2", *SLOW)
                log = finish(rerun)
            finally:
                second_redis.terminate()
                second_redis.wait(timeout=10)
    finally:
        if first_redis.poll() is None:
            first_redis.kill()
            first_redis.wait()
    assert f"'snapcrawl/dedup/refilled': {sum(written.values())}" in log, log[-3000:]
    stories = stories_in(data_dir, server.url, demo_truth)
    assert set(stories) == expected_stories(demo_truth)
    assert set(stories.values()) == {1}, [s for s, n in stories.items() if n > 1]


def test_redis_restarted_empty_under_a_worker_stops_it_before_it_keeps_a_story_again(
    demo_truth, tmp_path
):
    """Redis comes back at once, without its data: the worker must not crawl on an empty
    dedup state (every story it wrote would be kept again) nor half a queue."""
    data_dir = tmp_path / "data"
    redis_proc, url = start_redis_server(tmp_path)
    port = int(url.rsplit(":", 1)[1])
    try:
        with serve_site(DEMO_DIR / "site") as server:
            worker = start_worker(server.url, f"{url}/0", data_dir, "w1", *SLOW)
            wait_for_requests(server.url, 40)
            wait_for_written_rows(data_dir)
            redis_proc.kill()
            redis_proc.wait()
            redis_proc, _ = start_redis_server(tmp_path, port)  # same port, empty
            worker.process.wait(timeout=60)
            log = worker.log.read_text("utf-8", errors="replace")
            assert "'finish_reason': 'redis_lost'" in log, log[-3000:]
            assert "Traceback" not in log, log[-5000:]
            written = stories_in(data_dir, server.url, demo_truth)
            assert set(written.values()) == {1}
            log = finish(start_worker(server.url, f"{url}/0", data_dir, "w2", *SLOW))
    finally:
        redis_proc.kill()
        redis_proc.wait()
    assert f"'snapcrawl/dedup/refilled': {sum(written.values())}" in log, log[-3000:]
    stories = stories_in(data_dir, server.url, demo_truth)
    assert set(stories) == expected_stories(demo_truth)
    assert set(stories.values()) == {1}, [s for s, n in stories.items() if n > 1]


def test_redis_unreachable_at_start_names_redis_url_and_the_fix(demo_site, tmp_path):
    url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    command = [sys.executable, "-m", "scrapy", "crawl", "snapshot"]
    command += ["-a", f"start_url={demo_site.url}", "-s", f"REDIS_URL={url}"]
    command += ["-s", f"DATA_DIR={tmp_path / 'data'}"]
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    line = f"REDIS_URL='{url}': cannot connect ("
    assert line in result.stderr, result.stderr[-3000:]
    assert "start redis-server there (or fix REDIS_URL)" in result.stderr
    assert "Engine slot not assigned" not in result.stderr
    assert "Spider opened" not in result.stderr  # stopped before anything opened
    assert result.returncode == EXIT_UNAVAILABLE
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data" / "articles").exists()
    # one line, no traceback: errors.py's one error path for scrapy crawl (issue 16, part A)


class RunsCode:
    """A pickle that, when loaded, creates ``marker``: what an attacker would push."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_pickle_in_the_queue_is_refused_and_never_run(
    redis_server, demo_site, demo_truth, tmp_path
):
    data_dir, marker = tmp_path / "data", tmp_path / "pwned"
    redis_url = f"{redis_server}/5"
    keys = CrawlKeys.for_crawl("snapshot", crawl_name(demo_site.url))
    client = redis.Redis.from_url(redis_url)
    payload = pickle.dumps({"url": demo_site.url, "callback": RunsCode(str(marker))})
    client.zadd(keys.requests, {payload: -100})  # the first one popped
    client.close()
    log = finish(start_worker(demo_site.url, redis_url, data_dir, "w1"))
    assert not marker.exists()
    assert "'snapcrawl/distributed/refused': 1" in log, log[-3000:]
    assert "refused a queue entry" in log
    assert "not JSON" in log
    stories = stories_in(data_dir, demo_site.url, demo_truth)
    assert set(stories) == expected_stories(demo_truth)
    assert set(stories.values()) == {1}
    stored = redis.Redis.from_url(redis_url).zrange(keys.requests, 0, -1)
    assert stored == []  # the worker queued JSON and left nothing behind


def test_the_pickle_payload_does_run_code_when_unpickled(tmp_path):
    """The control: the payload above is live, so its refusal is what kept the marker away."""
    marker = tmp_path / "pwned"
    pickle.loads(pickle.dumps({"x": RunsCode(str(marker))}))
    assert marker.exists()

"""Scrapy's JOBDIR pause and resume: stop a run partway with SIGINT, resume it, lose nothing.

The run is started with ``snapcrawl run`` (``-s JOBDIR=...``), slowed down so
it can be caught in the middle. While it runs, the job's lock is held by the
crawl process itself and a second start of the job is refused. SIGINT stops it
gracefully; the same command resumes it from the JOBDIR. Together the two
runs fetch every article page once and write every article once.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import time

from crawler.cli import run as schedule_run
from crawler.exit_codes import EXIT_INTERRUPTED
from snapcrawl.dataset.read import load_table
from snapcrawl.fixtures.server import serve_site
from snapcrawl.state import lock_path, probe_lock
from tests.crawling import REPO_ROOT
from tests.e2e.test_scheduled_runs import (
    EXIT_LOCKED,
    article_requests,
    snapcrawl,
    wait_for,
    write_schedule,
)
from tests.e2e.test_scheduled_site import STORIES, write_site

SLOW = [
    "-s",
    "DOWNLOAD_DELAY=0.5",
    "-s",
    "RANDOMIZE_DOWNLOAD_DELAY=False",
    "-s",
    "CONCURRENT_REQUESTS=1",
]


def test_a_run_stopped_with_sigint_resumes_from_its_jobdir(tmp_path, caplog):
    root = tmp_path / "site"
    write_site(root, STORIES, per_page=3)
    data_dir = tmp_path / "data"
    with serve_site(root) as server:
        schedule = write_schedule(tmp_path / "schedule.toml", server.url, every="1h")
        command = snapcrawl(
            "run", "news", "--schedule", str(schedule), "-s", f"JOBDIR={tmp_path / 'job'}", *SLOW
        )
        first = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(lambda: len(article_requests(dict(server.requests))) >= 2, "two articles")
            holder = probe_lock(lock_path(data_dir, "news"))
            assert holder is not None
            assert holder.pid != first.pid  # the crawl process holds it, not `snapcrawl run`
            # A second start is refused (in this process: a new one would start too slowly
            # to be sure the first is still running; test_scheduled_runs starts a real one).
            with caplog.at_level(logging.ERROR):
                assert schedule_run.main(["news", "--schedule", str(schedule)]) == EXIT_LOCKED
            assert f"job 'news' is already running (pid {holder.pid}" in caplog.text

            first.send_signal(signal.SIGINT)
            _, first_log = first.communicate(timeout=60)
        finally:
            first.kill()
        assert first.returncode == EXIT_INTERRUPTED, first_log
        paused = dict(server.requests)
        assert 2 <= len(article_requests(paused)) < len(STORIES), "stopped partway"
        assert probe_lock(lock_path(data_dir, "news")) is None  # released on the way out

        time.sleep(0.1)
        resumed = subprocess.run(
            command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
        )
        assert resumed.returncode == 0, resumed.stderr
        counts = dict(server.requests)

    assert article_requests(counts) == {story.path: 1 for story in STORIES}
    runs = load_table(data_dir, "runs").sort_values("started_at").to_dict("records")
    assert [run["finish_reason"] for run in runs] == ["shutdown", "finished"]
    assert sum(run["articles_kept"] for run in runs) == len(STORIES)
    articles = load_table(data_dir, "articles")
    assert len(articles) == len(STORIES)
    assert articles["url"].is_unique
    assert set(articles["title"]) == {story.title for story in STORIES}

"""``snapcrawl schedule``: a job every few seconds against a local site that gains articles.

The second run fetches only the new article pages (the server's request
counts show it) and writes only their rows; a run started while the job's
lock is held exits at once with a clear message and fetches nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from snapcrawl.dataset.read import load_table
from snapcrawl.fixtures.server import serve_site
from snapcrawl.state import RunLock, lock_path
from tests.crawling import REPO_ROOT
from tests.e2e.test_scheduled_site import STORIES, write_site

OLD, NEW = STORIES[:4], STORIES[4:6]
COPY = {"/news/copy-garden-roof.html": STORIES[0]}  # dropped as an exact duplicate in run 1
EXIT_LOCKED = 75


def write_schedule(path: Path, start_url: str, every: str = "3s") -> Path:
    path.write_text(
        f"""\
data_dir = "data"

[jobs.news]
every = "{every}"
args = {{ start_url = "{start_url}" }}
settings = {{ AUTOTHROTTLE_ENABLED = false }}
""",
        "utf-8",
    )
    return path


def snapcrawl(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", *args]


def finished_runs(data_dir: Path) -> list[dict[str, Any]]:
    if not (data_dir / "runs").is_dir():
        return []
    rows = load_table(data_dir, "runs").to_dict("records")
    return sorted(rows, key=lambda row: row["started_at"])


def wait_for(condition: Callable[[], Any], what: str, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def article_requests(counts: dict[str, int]) -> dict[str, int]:
    return {path: n for path, n in counts.items() if path.startswith("/news/")}


@pytest.fixture
def growing_site(tmp_path):
    root = tmp_path / "site"
    write_site(root, OLD, copies=COPY)
    with serve_site(root) as server:
        yield root, server


def test_scheduled_runs_fetch_and_write_only_what_is_new(growing_site, tmp_path):
    root, server = growing_site
    schedule = write_schedule(tmp_path / "schedule.toml", server.url)
    data_dir = tmp_path / "data"
    console = (tmp_path / "scheduler.log").open("w+", encoding="utf-8")
    scheduler = subprocess.Popen(
        snapcrawl("schedule", str(schedule)), cwd=REPO_ROOT, stdout=console, stderr=console
    )
    try:
        wait_for(lambda: finished_runs(data_dir), "the first run")
        grown_at = datetime.now(UTC)
        write_site(root, OLD + NEW, copies=COPY)
        wait_for(
            lambda: [r for r in finished_runs(data_dir) if r["started_at"] > grown_at],
            "a run started after the site grew",
        )
    finally:
        scheduler.send_signal(signal.SIGTERM)
        code = scheduler.wait(timeout=60)
    console.seek(0)
    log = console.read()
    assert code == 0, log
    assert "scheduler stopped" in log

    counts = dict(server.requests)
    fetched = article_requests(counts)
    # Every article page, old or new, was fetched exactly once; so was the duplicate.
    assert fetched == {story.path: 1 for story in OLD + NEW} | {path: 1 for path in COPY}
    assert counts["/"] >= 2  # the list page is fetched by every run

    runs = finished_runs(data_dir)
    first, later = runs[0], runs[1:]
    assert first["articles_kept"] == len(OLD)
    assert first["duplicates_exact"] == 1
    assert sum(run["articles_kept"] for run in later) == len(NEW)
    assert all(run["duplicates_url"] == 0 for run in runs)  # nothing kept was fetched again

    # One row per story: of the story and its copy, whichever came first is kept.
    articles = load_table(data_dir, "articles")
    assert articles["url"].is_unique
    assert sorted(articles["title"]) == sorted(s.title for s in OLD + NEW)
    by_run = articles.groupby("run_id")["title"].apply(set).to_dict()
    assert by_run[first["run_id"]] == {s.title for s in OLD}
    later_titles = set().union(*(by_run.get(run["run_id"], set()) for run in later))
    assert later_titles == {s.title for s in NEW}

    for run in runs:  # each run left its log and said so on the scheduler's console
        assert "Spider closed" in (data_dir / "logs" / f"{run['run_id']}.log").read_text("utf-8")
        assert f"job news: run {run['run_id']} started" in log
    assert f"job news: run {first['run_id']} finished" in log
    assert "4 articles kept, 1 duplicate dropped" in log


def test_a_run_while_the_lock_is_held_exits_with_a_clear_message(growing_site, tmp_path):
    _, server = growing_site
    schedule = write_schedule(tmp_path / "schedule.toml", server.url)
    held = RunLock.acquire(lock_path(tmp_path / "data", "news"), run_id="the-other-run")
    try:
        result = subprocess.run(
            snapcrawl("run", "news", "--schedule", str(schedule)),
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        held.release()
    assert result.returncode == EXIT_LOCKED
    assert "job 'news' is already running" in result.stderr
    assert "run the-other-run" in result.stderr
    assert "Wait for that run to finish" in result.stderr
    assert article_requests(dict(server.requests)) == {}
    assert "/" not in server.requests


def test_run_and_check_work_from_any_folder_as_under_cron(demo_site, tmp_path):
    """cron and systemd start ``snapcrawl run`` in the user's home, not in a checkout: the
    job's checks read the project's settings there too (they found no spider, exit 2)."""
    schedule = write_schedule(tmp_path / "schedule.toml", demo_site.url)
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}

    def in_home(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            snapcrawl(*args), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )

    check = in_home("schedule", str(schedule), "--check")
    assert check.returncode == 0, check.stderr
    assert "job news: snapshot" in check.stdout
    run = in_home("run", "news", "--schedule", str(schedule), "-s", "CLOSESPIDER_PAGECOUNT=3")
    assert run.returncode == 0, run.stderr
    assert [row["finish_reason"] for row in finished_runs(tmp_path / "data")] == [
        "closespider_pagecount"
    ]

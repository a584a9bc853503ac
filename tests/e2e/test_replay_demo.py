"""The demo sites, recorded and replayed: offline replays give what live crawls give.

``tests/fixtures/demo_site`` and ``demo_mirror`` were recorded from
``snapcrawl/demo_site`` served on fixed ports (see their README.md); the expected items
beside them are checked with the snapcrawl pytest plugin, as a user would.
"""

from __future__ import annotations

import json
import re
from importlib.metadata import entry_points

import pytest

from snapcrawl.fixtures.expected import DEFAULT_IGNORE, prepare_items
from snapcrawl.fixtures.format import load_recording
from snapcrawl.fixtures.replay_run import drop_replaced
from tests.crawling import REPO_ROOT, crawl_stats, run_scrapy_crawl

# the plugin comes with snapcrawl (entry point pytest11); load it here until that is installed
_INSTALLED = any(ep.value == "snapcrawl.pytest_plugin" for ep in entry_points(group="pytest11"))
pytest_plugins = [] if _INSTALLED else ["snapcrawl.pytest_plugin"]

FIXTURES = REPO_ROOT / "tests" / "fixtures"
# jieba keywords cost seconds per crawl and do not change what is fetched. The default
# concurrency: which copy of a story is kept follows a rule, not the order of arrival.
FAST = (
    "AUTOTHROTTLE_ENABLED=False",
    "LOG_LEVEL=INFO",
    "SNAPCRAWL_KEYWORDS_ENABLED=False",
)
STATUS_STAT = re.compile(r"'(downloader/response_status_count/\d+|retry/count)': (\d+)")


def crawl_items(start_url, tmp_path, name, *settings):
    feed = tmp_path / f"{name}.jsonl"
    result = run_scrapy_crawl(start_url, tmp_path / name, *FAST, *settings, args=("-O", str(feed)))
    items = [json.loads(line) for line in feed.read_text("utf-8").splitlines()]
    items = drop_replaced(items, tmp_path / name)  # what the dataset holds
    return prepare_items(items, DEFAULT_IGNORE), crawl_stats(result)


def test_recording_the_demo_site_replays_as_the_live_crawl(demo_site, tmp_path):
    # the live crawl records as it goes: RecordingMiddleware only looks at responses
    recording = tmp_path / "recording"
    live, live_stats = crawl_items(
        demo_site.url, tmp_path, "live", f"SNAPCRAWL_RECORD_DIR={recording}"
    )
    requests_before = sum(demo_site.requests.values())
    replayed, replayed_stats = crawl_items(
        demo_site.url, tmp_path, "replayed", f"REPLAY_DIR={recording}"
    )
    assert sum(demo_site.requests.values()) == requests_before  # replay never touched the site
    assert len(live) > 20
    assert replayed == live
    assert dict(STATUS_STAT.findall(replayed_stats)) == dict(STATUS_STAT.findall(live_stats))
    assert "'downloader/response_status_count/500'" in replayed_stats  # errors replay too
    assert "'snapcrawl/replay/missing'" not in replayed_stats
    assert len(load_recording(recording).responses) > len(live)


@pytest.mark.parametrize("name", ["demo_site", "demo_mirror"])
def test_the_committed_demo_fixtures_replay_to_their_expected_items(
    name, snapcrawl_replay, snapcrawl_expected
):
    replay = snapcrawl_replay(FIXTURES / name)
    assert replay.finish_reason == "finished"
    assert replay.stat("snapcrawl/replay/responses") >= len(replay.items) > 0
    assert not replay.stat("snapcrawl/replay/missing")
    snapcrawl_expected(replay.items, FIXTURES / name / "expected.json")

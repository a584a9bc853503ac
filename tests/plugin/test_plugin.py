"""The pytest plugin, run by pytest itself (``pytester``) against recorded fixtures."""

from __future__ import annotations

import hashlib
import json
import subprocess
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from snapcrawl import pytest_plugin
from snapcrawl.fixtures import replay_run
from snapcrawl.fixtures.format import RecordedResponse, update_fixtures
from snapcrawl.fixtures.replay_run import Replay, read_replay, replay_command
from snapcrawl.layout import DataDir
from snapcrawl.pytest_plugin import _check

pytest_plugins = ["pytester"]  # here, not in a conftest: pytest refuses it in non-root ones

START = "http://site.test/"
PAGE = """<html><head><meta charset="utf-8"><title>{t}_快照网</title></head><body>
<div class="detail"><h2>{t}</h2><div class="attr"><span>发布时间:2025-02-13 15:50:00</span></div>
<div class="txt">{body}</div></div></body></html>"""
SCRAPY_CFG = "[settings]\ndefault = crawler.settings\n"


def plugin_args() -> list[str]:
    """``-p snapcrawl.pytest_plugin`` until the pytest11 entry point is installed."""
    installed = any(ep.value == "snapcrawl.pytest_plugin" for ep in entry_points(group="pytest11"))
    quiet = ["-p", "no:cacheprovider", "-W", "ignore::pytest.PytestAssertRewriteWarning"]
    return quiet if installed else [*quiet, "-p", "snapcrawl.pytest_plugin"]


def article(title: str) -> bytes:
    body = "".join(
        f"<p>{title}第{n}段，这里是新闻正文的内容，足够长以便被识别为文章。</p>" for n in range(8)
    )
    return PAGE.format(t=title, body=body).encode()


def write_recording(root: Path, staging: Path) -> None:
    """Fixtures of a three-page site that was never online: replay needs no network."""
    pages = [
        ("", 200, b'<html><body><a href="/a.html">a</a> <a href="/b.html">b</a></body></html>'),
        ("robots.txt", 404, b"not found"),
        ("a.html", 200, article("第一篇")),
        ("b.html", 200, article("第二篇")),
    ]
    staging.mkdir(parents=True, exist_ok=True)
    responses = []
    for n, (path, status, body) in enumerate(pages):
        (staging / str(n)).write_bytes(body)
        responses.append(
            RecordedResponse(
                "GET",
                START + path,
                status,
                (("Content-Type", "text/html"),),
                staging / str(n),
                hashlib.sha256(body).hexdigest(),
                len(body),
            )
        )
    update_fixtures(root, responses, START)


INNER_TESTS = """
FAST = {"SNAPCRAWL_KEYWORDS_ENABLED": False}

def test_matches(snapcrawl_replay, snapcrawl_expected):
    replay = snapcrawl_replay("fixtures/site", settings=FAST)
    assert replay.finish_reason == "finished"
    snapcrawl_expected(replay.items, "fixtures/site/expected.json")

def test_differs(snapcrawl_replay, snapcrawl_expected):
    replay = snapcrawl_replay("fixtures/site", settings=FAST)
    snapcrawl_expected(replay.items, "fixtures/site/edited.json")

def test_no_file_yet(snapcrawl_replay, snapcrawl_expected):
    replay = snapcrawl_replay("fixtures/site", settings=FAST)
    snapcrawl_expected(replay.items, "fixtures/site/none.json")
"""


def test_the_plugin_writes_then_checks_expected_items(pytester):
    pytester.makeini("[pytest]\n")
    pytester.makefile(".cfg", scrapy=SCRAPY_CFG)
    root = pytester.path / "fixtures" / "site"
    write_recording(root, pytester.path / "staging")
    pytester.makepyfile(test_inner=INNER_TESTS.split("def test_differs")[0])

    result = pytester.runpytest(*plugin_args(), "--snapcrawl-update")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*snapcrawl*", f"updated {root / 'expected.json'}"])
    written = json.loads((root / "expected.json").read_text("utf-8"))
    assert [item["title"] for item in written] == ["第一篇", "第二篇"]
    assert [item["url"] for item in written] == [START + "a.html", START + "b.html"]
    assert not {"crawled_at", "run_id", "crawl_date"} & set(written[0])

    edited = [dict(written[0], title="第一篇（改）")]
    (root / "edited.json").write_text(json.dumps(edited, ensure_ascii=False), "utf-8")
    pytester.makepyfile(test_inner=INNER_TESTS)
    basetemp = pytester.path / "inner-tmp"
    result = pytester.runpytest(*plugin_args(), "--basetemp", str(basetemp))
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            f"items differ from {root / 'edited.json'} (0 missing, 1 new, 1 changed;*",
            f"*changed  {START}a.html",
            '*title: "第一篇（改）" -> "第一篇"',
            f"*new      {START}b.html",
        ]
    )
    result.stdout.fnmatch_lines(
        [f"*{root / 'none.json'} does not exist: run pytest --snapcrawl-update*"]
    )
    # three tests asked for the same replay: one crawl
    assert [p.name for p in basetemp.glob("snapcrawl-replay[0-9]*")] == ["snapcrawl-replay0"]


README_TEST = """
def test_my_site(snapcrawl_replay, snapcrawl_expected):
    replay = snapcrawl_replay("tests/fixtures/mysite", settings={"SNAPCRAWL_KEYWORDS_ENABLED": 0})
    assert replay.finish_reason == "finished"
    assert not replay.stat("snapcrawl/replay/missing")
    snapcrawl_expected(replay.items, "tests/fixtures/mysite/expected.json")
"""


def test_the_readme_test_runs_in_a_project_of_its_own_and_names_a_hand_edit(pytester):
    """A user's project has no scrapy.cfg: the replay's ``scrapy crawl`` said "no active
    project" (on stdout, which the failure did not show) and every such test failed with
    exit code 2. A body file deleted by hand was fetched three times, skipped, and showed
    only as a missing item; a bad index came with a chained traceback."""
    pytester.makeini("[pytest]\n")
    root = pytester.path / "tests" / "fixtures" / "mysite"
    write_recording(root, pytester.path / "staging")
    pytester.makepyfile(test_mysite=README_TEST)
    assert not any((folder / "scrapy.cfg").exists() for folder in [root, *root.parents])

    result = pytester.runpytest(*plugin_args(), "--snapcrawl-update")
    result.assert_outcomes(passed=1)
    assert (root / "expected.json").exists()
    result = pytester.runpytest(*plugin_args())
    result.assert_outcomes(passed=1)

    body = next(root.glob("pages/*/a.html*.html"))
    body.unlink()
    result = pytester.runpytest(*plugin_args())
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            f"snapcrawl_replay: 1 body file(s) of {root} are missing"
            f" ({body.relative_to(root)}, for {START}a.html): restore them (git checkout),"
            f" or re-record with `snapcrawl record {START} --to {root}`"
        ]
    )

    index = root / "index.json"
    index.write_text(index.read_text("utf-8").replace('",', '"', 1), "utf-8")
    result = pytester.runpytest(*plugin_args())
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"snapcrawl_replay: {index} is not readable JSON (*"])
    assert "During handling of the above exception" not in result.stdout.str()


def stats_dump(workdir: Path | None = None, **stats: object) -> dict:
    """The stats file a replay's crawl writes (DATA_DIR/logs/<run_id>.stats.json) in ``workdir``."""
    if workdir is not None:
        path = DataDir(workdir / "data").run_stats("run-1")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(stats), "utf-8")
    return dict(stats)


def completed(stderr: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess(["scrapy"], code, "", stderr)


def test_a_replay_is_read_from_the_feed_and_the_stats(tmp_path):
    (tmp_path / "items.jsonl").write_text('{"url": "u", "title": "题"}\n', "utf-8")
    log = "x [scrapy] INFO: ...\n"
    stats_dump(tmp_path, finish_reason="finished", **{"snapcrawl/replay/responses": 4})
    replay = read_replay(completed(log), tmp_path, ["scrapy"])
    assert replay.items == [{"url": "u", "title": "题"}]
    assert replay.finish_reason == "finished"
    assert replay.stat("snapcrawl/replay/responses") == 4
    assert replay.stat("snapcrawl/replay/missing") is None


def test_a_replay_missing_pages_fails_with_the_urls_and_the_fix(tmp_path):
    log = "2026 [crawler.middlewares.replay] ERROR: no recorded response for GET http://s/b.html\n"
    stats_dump(tmp_path, finish_reason="replay_missing", **{"snapcrawl/replay/missing": 1})
    replay = read_replay(completed(log), tmp_path, ["scrapy"])
    with pytest.raises(pytest.fail.Exception) as failed:
        _check(replay, tmp_path / "fx", "http://s/")
    message = str(failed.value)
    assert "GET http://s/b.html" in message
    assert f"snapcrawl record http://s/ --to {tmp_path / 'fx'}" in message
    with pytest.raises(pytest.fail.Exception, match="scrapy crawl news -s SNAPCRAWL_RECORD_DIR="):
        _check(replay, tmp_path / "fx", "http://s/", spider="news")


@pytest.mark.parametrize(("log", "code"), [("Traceback: boom", 1), ("crashed before the stats", 0)])
def test_a_failed_replay_crawl_fails_with_its_log(tmp_path, log, code):
    replay = read_replay(completed(log, code), tmp_path, ["scrapy", "crawl"])
    with pytest.raises(pytest.fail.Exception, match=r"the replay of .* failed"):
        _check(replay, tmp_path, "")


def test_a_good_replay_passes_through(tmp_path):
    replay = Replay([], "closespider_itemcount", stats_dump(), "", 0, ())
    assert _check(replay, tmp_path, "") is replay


def test_the_command_lets_the_caller_override_defaults_but_not_the_replay_dir(tmp_path):
    command = replay_command(
        tmp_path / "fx",
        "myspider",
        START,
        tmp_path,
        settings={"LOG_LEVEL": "DEBUG", "REPLAY_DIR": "elsewhere", "FEEDS": {"a": {}}},
        spider_args={"category": "社会"},
    )
    settings = [command[i + 1] for i, part in enumerate(command) if part == "-s"]
    assert command[3:5] == ["crawl", "myspider"]
    assert ["-a", f"start_url={START}"] == command[5:7]
    assert "category=社会" in command
    assert "LOG_LEVEL=DEBUG" in settings
    assert "LOG_LEVEL=INFO" not in settings
    assert [s for s in settings if s.startswith("REPLAY_DIR=")] == [f"REPLAY_DIR={tmp_path / 'fx'}"]
    assert 'FEEDS={"a": {}}' in settings
    assert command[-2:] == ["-O", str(tmp_path / "items.jsonl")]
    assert "-a" not in replay_command(tmp_path, "s", "", tmp_path)


@pytest.mark.parametrize("module", [pytest_plugin, replay_run])
def test_the_plugin_never_imports_scrapy(module):
    source = Path(module.__file__).read_text("utf-8")
    assert "import scrapy" not in source
    assert "from scrapy" not in source

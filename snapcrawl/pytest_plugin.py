"""pytest plugin: replay recorded fixtures through a spider, compare its items with expected JSON.

Installed with snapcrawl (entry point ``pytest11``), it gives every test suite:

``snapcrawl_replay(fixture_dir, spider="snapshot", settings=None, ...)``
    runs ``scrapy crawl SPIDER -s REPLAY_DIR=fixture_dir -O items.jsonl`` in a
    child process from the project directory (the start URL taken from the
    fixture's ``index.json``) and returns a ``Replay``: its items as dicts,
    finish reason, stats (read from the JSON file the crawl writes,
    ``DATA_DIR/logs/<run_id>.stats.json``) and log. A crawl that fails, or asks for a page the
    fixtures do not hold, fails the test with the log and the command that
    re-records them. Replays are cached for the session by their arguments,
    so several tests can look at one replay for the price of one crawl.

``snapcrawl_expected(items, path, key="url", ignore=None)``
    compares items with the JSON file at ``path``: volatile fields aside
    (ini ``snapcrawl_ignore_fields``; by default ``crawled_at crawl_date
    run_id fetched_at``), sorted by ``key``. A difference fails the test
    with a per-item, per-field diff. ``pytest --snapcrawl-update`` writes
    the files instead.

Relative paths are taken from pytest's rootdir. The plugin never imports
Scrapy: the crawl is ``scrapy crawl``, exactly as a user types it.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from snapcrawl import counters
from snapcrawl.dataset.read import load_table
from snapcrawl.files import write_atomic
from snapcrawl.finish_reasons import REPLAY_MISSING
from snapcrawl.fixtures.expected import (
    DEFAULT_IGNORE,
    diff_items,
    dump_expected,
    prepare_items,
    summarise_diff,
)
from snapcrawl.fixtures.format import FixtureError, load_recording
from snapcrawl.layout import DUPLICATES, STATS_SUFFIX, DataDir

UPDATED = pytest.StashKey[list[Path]]()
MISSING_REASON = REPLAY_MISSING


@dataclass(frozen=True)
class Replay:
    items: list[dict[str, Any]]
    finish_reason: str | None
    stats: dict[str, Any]  # the crawl's final stats (DATA_DIR/logs/<run_id>.stats.json)
    log: str
    returncode: int
    command: tuple[str, ...]

    def stat(self, name: str) -> int | None:
        """A numeric stat of the crawl, or None when it was not counted."""
        value = self.stats.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return int(value)

    def errors(self) -> list[str]:
        return [line for line in self.log.splitlines() if "] ERROR: " in line]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("snapcrawl")
    group.addoption(
        "--snapcrawl-update",
        action="store_true",
        default=False,
        help="write the expected JSON files of snapcrawl_expected from this run's items",
    )
    parser.addini(
        "snapcrawl_ignore_fields",
        type="args",
        default=list(DEFAULT_IGNORE),
        help="item fields snapcrawl_expected leaves out (they change from run to run)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[UPDATED] = []


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    updated = config.stash.get(UPDATED, [])
    if updated:
        terminalreporter.write_sep("-", "snapcrawl")
        for path in updated:
            terminalreporter.write_line(f"updated {path}")


@pytest.fixture(scope="session")
def _snapcrawl_replays() -> dict[tuple, Replay]:
    return {}


@pytest.fixture
def snapcrawl_replay(
    pytestconfig: pytest.Config,
    tmp_path_factory: pytest.TempPathFactory,
    _snapcrawl_replays: dict[tuple, Replay],
) -> Callable[..., Replay]:
    def replay(
        fixture_dir: str | os.PathLike[str],
        spider: str = "snapshot",
        *,
        start_url: str | None = None,
        settings: Mapping[str, Any] | None = None,
        spider_args: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
        timeout: float = 600,
    ) -> Replay:
        root = _from_rootdir(pytestconfig, fixture_dir)
        try:
            recorded_start = load_recording(root).start_url
        except FixtureError as error:
            pytest.fail(f"snapcrawl_replay: {error}", pytrace=False)
        start = recorded_start if start_url is None else start_url
        key = (
            str(root),
            spider,
            start,
            _frozen(settings),
            _frozen(spider_args),
            str(cwd or ""),
        )
        if key not in _snapcrawl_replays:
            workdir = tmp_path_factory.mktemp("snapcrawl-replay")
            command = replay_command(root, spider, start, workdir, settings, spider_args)
            result = subprocess.run(
                command,
                cwd=cwd or pytestconfig.rootpath,
                capture_output=True,
                text=True,
                timeout=timeout,
                env=os.environ.copy(),
            )
            replayed = _read_replay(result, workdir, command)
            _snapcrawl_replays[key] = _check(replayed, root, start, spider)
        return copy.deepcopy(_snapcrawl_replays[key])

    return replay


@pytest.fixture
def snapcrawl_expected(pytestconfig: pytest.Config) -> Callable[..., None]:
    update = bool(pytestconfig.getoption("snapcrawl_update", default=False))
    default_ignore = pytestconfig.getini("snapcrawl_ignore_fields")

    def check(
        items: list[Mapping[str, Any]],
        path: str | os.PathLike[str],
        *,
        key: str = "url",
        ignore: list[str] | tuple[str, ...] | None = None,
    ) -> None:
        target = _from_rootdir(pytestconfig, path)
        skip = default_ignore if ignore is None else ignore
        actual = prepare_items(items, skip, key)
        if update:
            text = dump_expected(actual)
            if not target.exists() or target.read_text("utf-8") != text:
                write_atomic(target, text)
                pytestconfig.stash[UPDATED].append(target)
            return
        if not target.exists():
            pytest.fail(
                f"{target} does not exist: run pytest --snapcrawl-update to write it "
                f"from these {len(actual)} items",
                pytrace=False,
            )
        expected = prepare_items(json.loads(target.read_text("utf-8")), skip, key)
        lines = diff_items(expected, actual, key)
        if lines:
            pytest.fail(
                f"items differ from {target} ({summarise_diff(lines)}; expected -> got); "
                "if the change is right, accept it with pytest --snapcrawl-update\n"
                + "\n".join(f"  {line}" for line in lines),
                pytrace=False,
            )

    return check


def replay_command(
    root: Path,
    spider: str,
    start_url: str,
    workdir: Path,
    settings: Mapping[str, Any] | None = None,
    spider_args: Mapping[str, str] | None = None,
) -> list[str]:
    """``scrapy crawl`` against the fixtures; the caller's settings come after the defaults."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider]
    if start_url:
        command += ["-a", f"start_url={start_url}"]
    for name, value in (spider_args or {}).items():
        command += ["-a", f"{name}={value}"]
    defaults = {"DATA_DIR": workdir / "data", "LOG_LEVEL": "INFO", "STATS_DUMP": True}
    for name, value in {**defaults, **(settings or {}), "REPLAY_DIR": root}.items():
        command += ["-s", f"{name}={_setting(value)}"]
    return [*command, "-O", str(workdir / "items.jsonl")]


def _read_replay(
    result: subprocess.CompletedProcess[str], workdir: Path, command: list[str]
) -> Replay:
    stats = read_stats(workdir / "data")
    reason = stats.get(counters.FINISH_REASON)
    feed = workdir / "items.jsonl"
    items = []
    if feed.exists():
        items = [json.loads(line) for line in feed.read_text("utf-8").splitlines() if line]
    items = drop_replaced(items, workdir / "data")
    return Replay(
        items,
        reason if isinstance(reason, str) else None,
        stats,
        result.stderr,
        result.returncode,
        tuple(command),
    )


def drop_replaced(items: list[dict[str, Any]], data_dir: Path) -> list[dict[str, Any]]:
    """The feed's items without the copies a better copy replaced later in the run.

    A feed (``-O``) gets each item as it leaves the pipelines; a copy kept then, and
    replaced by a better copy of its story before its row was written (the keep rule
    of ``snapcrawl.dedup.rank``), is in the feed but not in the dataset: the
    duplicates table lists it (as an ``exact`` or ``near`` copy), so it is left out.
    """
    try:
        duplicates = load_table(DataDir(data_dir), DUPLICATES)
    except FileNotFoundError:
        return items
    copies = duplicates[duplicates["kind"].isin(["exact", "near"])]
    replaced = set(copies["url"])
    return [item for item in items if item.get("url") not in replaced]


def read_stats(data_dir: Path) -> dict[str, Any]:
    """The final stats the crawl wrote under ``data_dir`` (the replay's own), or {} if none.

    A replay's DATA_DIR is fresh, so it holds one run's stats file; with several
    (a test that crawled twice) the newest counts.
    """
    files = sorted(DataDir(data_dir).logs.glob(f"*{STATS_SUFFIX}"), key=lambda p: p.stat().st_mtime)
    if not files:
        return {}
    try:
        return dict(json.loads(files[-1].read_text("utf-8")))
    except (OSError, ValueError):
        return {}


def _check(replay: Replay, root: Path, start_url: str, spider: str = "snapshot") -> Replay:
    if replay.finish_reason == MISSING_REASON or replay.stat(counters.REPLAY_MISSING):
        missing = [
            line.split("ERROR: ", 1)[1]
            for line in replay.errors()
            if "no recorded response for" in line
        ]
        if spider == "snapshot":
            fix = f"snapcrawl record {start_url or 'START_URL'} --to {root}"
        else:
            fix = f"scrapy crawl {spider} -s SNAPCRAWL_RECORD_DIR={root}"
        pytest.fail(
            f"the spider asked for pages {root} does not hold; re-record with `{fix}`:\n  "
            + "\n  ".join(missing or replay.errors()),
            pytrace=False,
        )
    if replay.returncode != 0 or replay.finish_reason is None:
        pytest.fail(
            f"the replay of {root} failed (exit code {replay.returncode}, finish reason "
            f"{replay.finish_reason}):\n$ {' '.join(replay.command)}\n{replay.log[-4000:]}",
            pytrace=False,
        )
    return replay


def _from_rootdir(config: pytest.Config, path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path if path.is_absolute() else config.rootpath / path


def _frozen(mapping: Mapping[str, Any] | None) -> tuple:
    return tuple(sorted((str(k), _setting(v)) for k, v in (mapping or {}).items()))


def _setting(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value)
    return str(value)

"""Ctrl-C through a wrapper (``snapcrawl crawl``, ``snapcrawl demo``): the crawl gets one
SIGINT, stops gracefully and writes what it holds; the command exits 130 and leaves no
process behind (extraction workers and the multiprocessing resource tracker included)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from crawler.exit_codes import EXIT_INTERRUPTED
from tests.crawling import REPO_ROOT, _env
from tests.ports import demo_ports_held

SLOW = (
    "SNAPCRAWL_PARQUET_BATCH_ROWS=4",
    "SNAPCRAWL_WORKERS=1",  # an extraction worker process, and its resource tracker
    "DOWNLOAD_DELAY=0.2",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS_PER_DOMAIN=1",
)


@pytest.fixture
def demo_ports_if_demo(wrapper, tmp_path_factory) -> Iterator[None]:
    """``snapcrawl demo`` serves on the demo's fixed ports: held meanwhile (tests/ports.py)."""
    with demo_ports_held(tmp_path_factory) if wrapper == "demo" else nullcontext():
        yield


def children_of(pids: set[int]) -> set[int]:
    """Every live process descended from ``pids`` (read from /proc), ``pids`` included."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found = {pid for pid in pids if pid in parents}
    while True:
        more = {pid for pid, parent in parents.items() if parent in found} - found
        if not more:
            return found
        found |= more


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def parquet_rows(table: Path) -> int:
    files = list(table.rglob("*.parquet"))
    return ds.dataset(files).count_rows() if files else 0


@pytest.mark.parametrize("wrapper", ["crawl", "demo"])
@pytest.mark.usefixtures("demo_ports_if_demo")
def test_ctrl_c_stops_the_crawl_gracefully_writes_it_and_leaves_no_process(
    demo_site, tmp_path, wrapper
):
    data_dir = tmp_path / "data"
    settings = [arg for setting in SLOW for arg in ("-s", setting)]
    target = [demo_site.url] if wrapper == "crawl" else []
    command = [sys.executable, "-m", "crawler.cli", wrapper, *target, "--data-dir", str(data_dir)]
    process = subprocess.Popen(
        [*command, *settings],
        cwd=REPO_ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    try:
        wait_for(lambda: parquet_rows(data_dir / "articles") >= 4, "some articles")
        family = children_of({process.pid})
        assert len(family) >= 4, "the wrapper, the crawl, its worker and resource tracker"
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the terminal signals the group
        _, err = process.communicate(timeout=90)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == EXIT_INTERRUPTED, err[-3000:]
    assert "Traceback" not in err
    assert "KeyboardInterrupt" not in err
    wait_for(lambda: not [pid for pid in family if alive(pid)], "every process to end", 10)

    runs = ds.dataset(data_dir / "runs", partitioning="hive").to_table().to_pylist()
    assert [run["finish_reason"] for run in runs] == ["shutdown"]
    kept = parquet_rows(data_dir / "articles")
    assert kept == runs[0]["articles_kept"] > 0  # what it held was written
    assert kept < 62  # stopped partway through the site
    assert "worker pool broken" not in err  # the workers' exit after the stop is no death

    if wrapper == "crawl":  # the same command again resumes: only what is new, once
        again = subprocess.run(
            [*command, "-s", "AUTOTHROTTLE_ENABLED=False"],
            cwd=REPO_ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert again.returncode == 0, again.stderr[-3000:]
        urls = ds.dataset(data_dir / "articles", partitioning="hive").to_table(["url"])
        assert urls.num_rows == len(set(urls.column("url").to_pylist())) == 62


@pytest.mark.parametrize("wrapper", ["crawl", "demo"])
@pytest.mark.usefixtures("demo_ports_if_demo")
def test_a_second_ctrl_c_forces_the_stop_and_leaves_no_process(demo_site, tmp_path, wrapper):
    data_dir = tmp_path / "data"
    settings = [arg for setting in SLOW for arg in ("-s", setting)]
    target = [demo_site.url] if wrapper == "crawl" else []
    command = [sys.executable, "-m", "crawler.cli", wrapper, *target, "--data-dir"]
    process = subprocess.Popen(
        [*command, str(data_dir), *settings],
        cwd=REPO_ROOT,
        env=_env(),
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        wait_for(lambda: parquet_rows(data_dir / "articles") >= 4, "some articles")
        family = children_of({process.pid})
        os.killpg(process.pid, signal.SIGINT)
        time.sleep(0.2)
        os.killpg(process.pid, signal.SIGINT)  # again: force it
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == EXIT_INTERRUPTED, err[-3000:]
    assert "SIGINT again: forcing the crawl to stop" in err
    assert "Traceback" not in err
    if wrapper == "demo":  # not "what was fetched is written": the rows it held are lost
        assert "forced to stop: the rows the crawl held were not written" in err
    wait_for(lambda: not [pid for pid in family if alive(pid)], "every process to end", 10)

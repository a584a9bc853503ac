"""DATA_DIR read-only or full: the run stops at once, says why, and leaves nothing half-written.

These need a real small or read-only file system: a tmpfs mounted for the
test (root, as in CI). Where mounting is impossible they skip, except in CI.
"""

from __future__ import annotations

import os
import subprocess
import time

import pyarrow.dataset as ds
import pytest

from crawler.exit_codes import EXIT_IO
from tests.crawling import run_scrapy_crawl, run_snapcrawl, start_scrapy_crawl


def mount_tmpfs(path, size: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs for the storage tests: {result.stderr}")
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount_tmpfs(mount, "16m")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_data_dir_stops_the_run_before_it_starts(demo_site, small_disk):
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = run_scrapy_crawl(demo_site.url, small_disk / "data", check=False)
    assert result.returncode == EXIT_IO
    assert "Traceback" not in result.stderr
    assert "DATA_DIR=" in result.stderr
    assert "the file system is read-only: point DATA_DIR at a writable directory" in result.stderr
    assert "Spider opened" not in result.stderr  # stopped before anything opened


def test_a_full_disk_mid_run_stops_at_once_and_the_next_run_completes(
    demo_site, demo_truth, small_disk
):
    data_dir = small_disk / "data"
    articles = data_dir / "articles"
    command_settings = (
        "SNAPCRAWL_PARQUET_BATCH_ROWS=3",
        "DOWNLOAD_DELAY=0.05",
        "AUTOTHROTTLE_ENABLED=False",
    )
    crawl = start_scrapy_crawl(demo_site.url, data_dir, *command_settings)
    deadline = time.monotonic() + 60
    while not list(articles.rglob("*.parquet")) and time.monotonic() < deadline:
        time.sleep(0.05)
    filler = small_disk / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)  # full
    _, stderr = crawl.communicate(timeout=120)
    assert crawl.returncode == EXIT_IO  # a scheduler sees the fault
    assert "'finish_reason': 'data_dir_unwritable'" in stderr
    assert "no space left on the device" in stderr
    assert "LocalFileSystem object" not in stderr  # a location is named by its path
    partial = ds.dataset(articles, partitioning="hive").to_table()  # every visible file reads
    assert 0 < partial.num_rows < len({a["story"] for a in demo_truth["sites"]["site"]["articles"]})

    filler.unlink()
    run_scrapy_crawl(demo_site.url, data_dir, *command_settings)
    urls = ds.dataset(articles, partitioning="hive").to_table().column("url").to_pylist()
    assert len(urls) == len(set(urls))
    stories = len({a["story"] for a in demo_truth["sites"]["site"]["articles"]})
    assert len(urls) == stories
    assert not list(data_dir.rglob("*.tmp"))


def test_a_data_dir_that_cannot_be_made_exits_74_without_a_traceback(demo_site, tmp_path):
    """No mount needed: DATA_DIR below a file cannot be created (ENOTDIR)."""
    (tmp_path / "a-file").write_text("not a directory", "utf-8")
    result = run_scrapy_crawl(demo_site.url, tmp_path / "a-file" / "data", check=False)
    assert result.returncode == EXIT_IO
    assert "Traceback" not in result.stderr
    assert "DATA_DIR=" in result.stderr
    # what is wrong and what to do, not the bare "Not a directory"
    assert "a part of the path is a file: point DATA_DIR at a directory" in result.stderr


def test_a_data_dir_that_cannot_be_created_says_what_to_do(demo_site):
    """/proc refuses a new directory (ENOENT): the one line still names the fix."""
    result = run_snapcrawl("crawl", demo_site.url, "--data-dir", "/proc/snapcrawl-data")
    assert result.returncode == EXIT_IO
    assert "Traceback" not in result.stderr
    assert "point DATA_DIR at a directory you may create and write" in result.stderr


def test_snapcrawl_crawl_on_a_disk_too_small_says_so_in_lines_without_a_traceback(
    demo_site, tmp_path
):
    """A user's view of a full disk: ``snapcrawl crawl`` (no -v) into a 300 KB file system.
    The dedup store's WAL outgrows it first (its background commit used to log a traceback
    on stderr), then the rows: every message is one line, the exit code 74, and after the
    space is freed the same command goes on from what is there."""
    disk = tmp_path / "disk"
    mount_tmpfs(disk, "300k")
    try:
        data_dir = disk / "data"
        result = run_snapcrawl("crawl", demo_site.url, "--data-dir", str(data_dir))
        assert result.returncode == EXIT_IO, result.stderr[-3000:]
        assert "Traceback" not in result.stderr
        assert "no space left on the device: free some space" in result.stderr
        subprocess.run(["mount", "-o", "remount,size=16m", str(disk)], check=True)
        again = run_snapcrawl("crawl", demo_site.url, "--data-dir", str(data_dir))
        assert again.returncode == 0, again.stderr[-3000:]
        urls = ds.dataset(data_dir / "articles", partitioning="hive").to_table()["url"]
        assert len(urls) == len(set(urls.to_pylist())) > 0
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)

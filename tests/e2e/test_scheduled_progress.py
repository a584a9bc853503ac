"""The live progress line: on a terminal it shows; through a pipe (cron, CI) it stays quiet."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import termios

from snapcrawl.fixtures.server import serve_site
from tests.crawling import REPO_ROOT
from tests.e2e.test_scheduled_runs import snapcrawl, write_schedule
from tests.e2e.test_scheduled_site import STORIES, write_site

LINE = re.compile(
    r"snapshot: (\d+) pages \[[\d:]+,\s+[\d.?]+ pages/s\], (\d+) articles, (\d+) duplicates,"
    r" (\d+) errors, (\d+) skipped"
)


def run_on_a_terminal(command: list[str], columns: int) -> tuple[int, str]:
    """Run ``command`` with its output on a pseudo-terminal; its exit code and output."""
    leader, follower = pty.openpty()
    if columns:
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    process = subprocess.Popen(
        command, cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=follower, stderr=follower
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: every writer closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def test_a_progress_line_on_a_terminal_and_none_through_a_pipe(tmp_path):
    write_site(tmp_path / "site", STORIES[:3])
    with serve_site(tmp_path / "site") as server:
        schedule = write_schedule(tmp_path / "schedule.toml", server.url, every="1h")
        command = snapcrawl("run", "news", "--schedule", str(schedule))
        code, output = run_on_a_terminal(command, columns=160)
        assert code == 0, output
        pages, articles, duplicates, errors, skipped = map(int, LINE.findall(output)[-1])
        assert (articles, duplicates, errors, skipped) == (3, 0, 0, 0)
        assert pages >= 4

        piped = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert "pages/s" not in piped.stderr + piped.stdout
    assert "Disabled crawler.extensions.progress" not in piped.stderr  # quiet means quiet
    assert "0 articles kept" in piped.stderr  # the second run found nothing new


def test_snapcrawl_crawl_shows_the_progress_line_then_its_summary_on_a_terminal(tmp_path):
    write_site(tmp_path / "site", STORIES[:3])
    with serve_site(tmp_path / "site") as server:
        command = snapcrawl("crawl", server.url, "--data-dir", str(tmp_path / "data"))
        code, output = run_on_a_terminal(command, columns=160)
    assert code == 0, output
    _, articles, *_ = map(int, LINE.findall(output)[-1])
    assert articles == 3
    summary = output.rsplit("pages/s", 1)[1]  # after the last progress line
    assert "3 articles kept" in summary
    assert "[scrapy.core.engine] INFO" not in output  # Scrapy's log is in the run log
    assert "Traceback" not in output

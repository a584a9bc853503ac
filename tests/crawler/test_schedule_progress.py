"""The progress line's parts (crawler/extensions/progress.py); the live line is in tests/e2e."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import termios

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.extensions.progress import ProgressLine, progress_bar, progress_counts, progress_wanted
from snapcrawl.errors import ConfigError


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("value", "tty", "wanted"),
    [
        ("auto", True, True),
        ("auto", False, False),
        (" AUTO ", True, True),
        (True, False, True),
        (False, True, False),
        ("True", False, True),
        ("off", True, False),
        ("0", True, False),
        ("1", False, True),
    ],
)
def test_when_the_line_shows(value, tty, wanted):
    assert progress_wanted(value, Stream(tty)) is wanted


def test_a_wrong_value_stops_the_run():
    with pytest.raises(ConfigError, match="SNAPCRAWL_PROGRESS_ENABLED='sometimes': use auto"):
        progress_wanted("sometimes", Stream(True))


def test_off_when_not_on_a_terminal():  # pytest captures stderr: not a terminal
    with pytest.raises(NotConfigured):
        ProgressLine.from_crawler(get_crawler(settings_dict={"SNAPCRAWL_PROGRESS_ENABLED": "auto"}))


def test_counts_come_from_the_crawl_stats():
    stats = {
        "response_received_count": 12,
        "item_scraped_count": 5,
        "snapcrawl/dedup/dropped/exact": 2,
        "snapcrawl/dedup/dropped/near": 1,
        "downloader/exception_type_count/twisted.internet.error.TimeoutError": 1,
        "httperror/response_ignored_status_count/404": 2,
        "snapcrawl/incremental/skipped": 30,
        "snapcrawl/incremental/skipped/kept": 30,
    }
    assert progress_counts(stats) == {
        "pages": 12,
        "articles": 5,
        "duplicates": 3,
        "errors": 3,
        "skipped": 30,
    }
    assert progress_counts({}) == dict.fromkeys(
        ("pages", "articles", "duplicates", "errors", "skipped"), 0
    )


@pytest.mark.parametrize("columns", [0, 100])
def test_the_line_prints_on_terminals_that_report_no_size(columns):
    leader, follower = pty.openpty()
    if columns:
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    with os.fdopen(follower, "w", encoding="utf-8") as stream:
        bar = progress_bar(stream, "snapshot: ")
        bar.set_postfix_str("2 articles", refresh=False)
        bar.update(3)
        bar.close()
    chunks = []
    while True:  # until EIO: the writer closed its end
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    output = b"".join(chunks).decode()
    assert "snapshot: 3 pages [" in output
    assert "2 articles" in output

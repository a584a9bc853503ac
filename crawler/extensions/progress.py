"""ProgressLine: one live line on the terminal while a crawl runs.

    snapshot: 152 pages [00:12, 12.6 pages/s], 40 articles, 3 duplicates, 0 errors, 95 skipped

``SNAPCRAWL_PROGRESS_ENABLED`` is ``auto`` by default: on when stderr is a
terminal (``snapcrawl run``, ``snapcrawl demo``, ``scrapy crawl`` in a shell),
off under cron, systemd, pipes and tests. Console log records clear the line
before they print, so the two never garble each other; it is redrawn on the
next tick. Signals in, a line out, nothing else.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

from crawler.config import progress_setting
from crawler.defaults import SNAPCRAWL_PROGRESS_ENABLED
from snapcrawl import counters
from snapcrawl.counters import count, errors_by_kind, total

if TYPE_CHECKING:
    from tqdm import tqdm

SETTING = "SNAPCRAWL_PROGRESS_ENABLED"
UNSIZED = (120, 24)  # columns, rows of a terminal that reports no size (some pseudo-terminals)


def progress_wanted(value: Any, stream: TextIO) -> bool:
    """``auto``: only on a terminal; otherwise the setting as a boolean."""
    wanted = progress_setting(value)
    return stream.isatty() if wanted is None else wanted


def progress_counts(stats: dict[str, Any]) -> dict[str, int]:
    """The numbers the line shows, from a crawl's stats."""
    return {
        "pages": count(stats, counters.PAGES_FETCHED),
        "articles": count(stats, counters.ITEMS_SCRAPED),
        "duplicates": total(stats, counters.DEDUP_DROPPED),
        "errors": sum(errors_by_kind(stats).values()),
        "skipped": count(stats, counters.INCREMENTAL_SKIPPED),
    }


def progress_bar(stream: TextIO, desc: str) -> tqdm:
    """A tqdm status line (no bar: the total is unknown) that follows the terminal's width.
    tqdm is imported here: a crawl without a terminal never needs it."""
    from tqdm import tqdm

    try:
        sized = os.get_terminal_size(stream.fileno()).columns > 0
    except (OSError, ValueError):
        sized = False
    return tqdm(
        desc=desc,
        unit=" pages",
        file=stream,
        dynamic_ncols=sized,
        # a terminal that reports 0 x 0 would get an empty line from tqdm
        ncols=None if sized else UNSIZED[0],
        nrows=None if sized else UNSIZED[1],
        bar_format="{desc}{n_fmt} pages [{elapsed}, {rate_fmt}]{postfix}",
    )


class _ClearLine(logging.Filter):
    """Clears the progress line before a console handler prints a record."""

    def __init__(self, bar: tqdm) -> None:
        super().__init__()
        self.bar = bar

    def filter(self, record: logging.LogRecord) -> bool:
        self.bar.clear()
        return True


class ProgressLine:
    def __init__(self, stats: Any, stream: TextIO, interval: float = 0.5) -> None:
        self.stats = stats
        self.stream = stream
        self.interval = interval
        self.bar: tqdm | None = None
        self.task: Any = None
        self._filter: _ClearLine | None = None
        self._handlers: list[logging.Handler] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressLine:
        setting = crawler.settings.get(SETTING, SNAPCRAWL_PROGRESS_ENABLED)
        if not progress_wanted(setting, sys.stderr):
            raise NotConfigured  # no message: Scrapy would log it as a warning on every run
        line = cls(crawler.stats, sys.stderr)
        crawler.signals.connect(line.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(line.spider_closed, signal=signals.spider_closed)
        return line

    def spider_opened(self, spider: Spider) -> None:
        self.bar = progress_bar(self.stream, f"{spider.name}: ")
        self._filter = _ClearLine(self.bar)
        self._handlers = [
            h
            for h in logging.root.handlers
            if isinstance(h, logging.StreamHandler) and h.stream in (sys.stderr, sys.stdout)
        ]
        for handler in self._handlers:
            handler.addFilter(self._filter)
        self.task = create_looping_call(self.update)
        self.task.start(self.interval, now=True)

    def update(self) -> None:
        if self.bar is None:
            return
        counts = progress_counts(self.stats.get_stats())
        self.bar.set_postfix_str(
            f"{counts['articles']} articles, {counts['duplicates']} duplicates, "
            f"{counts['errors']} errors, {counts['skipped']} skipped",
            refresh=False,
        )
        self.bar.update(counts["pages"] - self.bar.n)  # feeds tqdm's smoothed rate
        self.bar.refresh()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.update()
        for handler in self._handlers:
            handler.removeFilter(self._filter)
        if self.bar is not None:
            self.bar.close()  # leaves the final line on the terminal
            self.bar = None

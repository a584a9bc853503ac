"""DATA_DIR must be writable before a crawl starts, and a write that fails stops it at once.

A crawl that cannot write is worse than no crawl: it keeps fetching, the
state store believes in rows that never reach the disk, and the user finds
out hours later. So: probe at start (a clear error, the run never begins),
and on a failed write mid-run (disk full, read-only remount) close the spider
with a reason and a message that says what to do. Files are only ever
renamed into place when whole, so nothing half-written is left behind, and
stories whose rows were not written stay uncommitted in the dedup state, so
the next run fetches them again.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import sqlite3
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro

from snapcrawl.counters import STORAGE_STOPPED, STORAGE_WRITE_ERRORS
from snapcrawl.errors import DataDirUnwritable
from snapcrawl.finish_reasons import DATA_DIR_UNWRITABLE

logger = logging.getLogger(__name__)
CLOSE_REASON = DATA_DIR_UNWRITABLE


def check_writable(directory: Path, setting: str = "DATA_DIR") -> None:
    """Create ``directory`` and write, sync and remove a probe file in it."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / f".write-probe-{secrets.token_hex(4)}"
        with open(probe, "wb") as handle:
            handle.write(b"snapcrawl")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as error:
        raise DataDirUnwritable(
            setting, str(directory), f"cannot write there ({describe(error)})"
        ) from None


def describe(error: Exception) -> str:
    if isinstance(error, sqlite3.Error):
        if "full" in str(error):
            return "no space left on the device: free some space or point DATA_DIR elsewhere"
        if "readonly" in str(error):
            return "the file system is read-only: point DATA_DIR at a writable directory"
        return f"the state store failed: {error}"
    if not isinstance(error, OSError):
        return str(error)
    if error.errno == errno.ENOSPC:
        return "no space left on the device: free some space or point DATA_DIR elsewhere"
    if error.errno == errno.EROFS:
        return "the file system is read-only: point DATA_DIR at a writable directory"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: point DATA_DIR at a directory you may write to"
    if error.errno == errno.ENOTDIR:
        return "a part of the path is a file: point DATA_DIR at a directory"
    return f"{error.strerror or error}: point DATA_DIR at a directory you may create and write"


STORAGE_ERRORS = (OSError, sqlite3.OperationalError)


class StorageHealth:
    """Whether this crawl can still write DATA_DIR: one flag every writer checks.

    The first failed write logs once, counts, and closes the spider; the
    pipelines then drop later items instead of trying again. Owned by
    ``CrawlServices``; ``snapcrawl/storage/stopped`` in the stats only reports it.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stopped = False

    def write_failed(self, error: Exception, what: str) -> None:
        """Log once, count, and close the spider; later items are dropped, not kept."""
        stats = self.crawler.stats
        code = getattr(error, "errno", None)
        kind = errno.errorcode.get(code, "other") if code else type(error).__name__
        stats.inc_value(f"{STORAGE_WRITE_ERRORS}/{kind}")
        if self.stopped:
            return
        self.stopped = True
        stats.set_value(STORAGE_STOPPED, True)
        logger.error(
            "cannot write %s (%s); stopping the run now. Nothing half-written is visible, and "
            "the stories not yet written will be fetched again by the next run.",
            what,
            describe(error),
        )
        try:
            engine = self.crawler.engine
        except RuntimeError:  # not crawling: a component used on its own
            engine = None
        if engine is not None and engine.spider is not None:
            deferred_from_coro(engine.close_spider_async(reason=CLOSE_REASON))

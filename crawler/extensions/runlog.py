"""RunLog: each run's full log in ``DATA_DIR/logs/<run_id>.log``.

The file gets every record at ``SNAPCRAWL_RUNLOG_LEVEL`` (INFO by default)
whatever ``LOG_LEVEL`` shows on the console, so a scheduled run that nobody
watched can be read afterwards next to its row in ``DATA_DIR/runs``. In a crawl,
``CrawlServices`` (which owns the run id) opens it before the other components
are built (their start-up errors land in it) and closes it when the engine
stops, after the final stats dump.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings
from scrapy.utils.log import TopLevelFormatter

from crawler.config import Config
from crawler.distributed.redis_url import redacted
from snapcrawl.layout import new_run_id

logger = logging.getLogger(__name__)


class RunLog:
    def __init__(
        self,
        path: Path,
        level: str = "INFO",
        fmt: str = "%(asctime)s [%(name)s] %(levelname)s: %(message)s",
        datefmt: str = "%Y-%m-%d %H:%M:%S",
        short_names: bool = False,
    ) -> None:
        self.path = path
        self.level = level
        self.formatter = logging.Formatter(fmt, datefmt)
        self.short_names = short_names
        self.handler: logging.Handler | None = None

    @classmethod
    def for_run(cls, settings: BaseSettings, path: Path, level: str) -> RunLog:
        """A run log at ``path``, formatted like the console log (not opened yet)."""
        return cls(
            path,
            level,
            settings.get("LOG_FORMAT"),
            settings.get("LOG_DATEFORMAT"),
            settings.getbool("LOG_SHORT_NAMES"),
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunLog:
        """A run log on its own (a test, or a crawl without CrawlServices): opened now."""
        config = Config.from_settings(crawler.settings)
        if not config.runlog_enabled:
            raise NotConfigured("SNAPCRAWL_RUNLOG_ENABLED is off")
        path = config.layout.run_log(config.run_id or new_run_id())
        runlog = cls.for_run(crawler.settings, path, config.runlog_level)
        runlog.open()
        crawler.signals.connect(runlog.close, signal=signals.engine_stopped)
        return runlog

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handler = RunLogHandler(self.path, encoding="utf-8")
        handler.setLevel(self.level)
        handler.setFormatter(self.formatter)
        if self.short_names:
            handler.addFilter(TopLevelFormatter(["scrapy"]))
        logging.root.addHandler(handler)
        self.handler = handler
        logger.info("run log %s: %s", self.path, redacted(" ".join(sys.argv)))

    def close(self) -> None:
        if self.handler is not None:
            logging.root.removeHandler(self.handler)
            with contextlib.suppress(OSError):  # a full disk: the console log said so
                self.handler.close()
            self.handler = None


class RunLogHandler(logging.FileHandler):
    """A run log that cannot be written (disk full) goes quiet instead of printing a
    traceback for every record: the console log carries on, and the storage guard
    stops the run."""

    def handleError(self, record: logging.LogRecord) -> None:
        if self.stream is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
        self.stream = None
        self.setLevel(logging.CRITICAL + 1)

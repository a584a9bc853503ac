"""``scrapy crawl``, with an exit code a scheduler can act on and one-line start-up errors.

Scrapy's own ``crawl`` exits 0 after a crawl that fetched nothing or was stopped
by a fault, and 1 only when the spider never opened, after an asyncio "Task
exception was never retrieved" traceback. This subclass (found through
``COMMANDS_MODULE``) keeps the crawl as it is and only reads how it ended: the
finish reason and stats when the spider closed, or the error that stopped its
start, and sets ``self.exitcode`` from the one table in ``crawler.exit_codes``.
A known start-up error is one ERROR line naming the setting, value and fix;
its traceback is logged at DEBUG (``-L DEBUG``, ``snapcrawl crawl -v``).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from typing import Any

from scrapy import signals
from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from crawler.exit_codes import (
    EXIT_FAILED,
    EXIT_FAULT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    FINISH_REASONS,
    error_exit_code,
    error_message,
    every_article_failed,
    every_article_failed_reason,
    nothing_fetched_reason,
    run_exit_code,
)
from crawler.setting_checks import log_level, misspelt_names
from crawler.spider_arguments import check_arguments
from snapcrawl.errors import ConfigError, did_you_mean

logger = logging.getLogger("snapcrawl")


class QuietRobotsErrors(logging.Filter):
    """robots.txt that cannot be fetched is one ERROR line, not a 60-line traceback (the
    traceback stays at DEBUG: ``-L DEBUG``). The crawl's exit code says the site is down."""

    def __init__(self, log_level: str) -> None:
        super().__init__()
        self.debug = str(log_level).upper() == "DEBUG"

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and not self.debug:
            record.exc_info = None  # the message already names the exception
        return True


class SkipCoreStatsAfterFailedOpen(logging.Filter):
    """Scrapy's CoreStats asserts in ``spider_closed`` when the spider failed to open (a
    damaged state store, say): a 10-line traceback after the one-line error that matters."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not (
            isinstance(error, AssertionError) and "CoreStats.spider_closed" in str(record.args)
        )


class CloseFailures(logging.Filter):
    """Notes the engine's "... close failure" errors: a pipeline that raised while closing
    (a bug) may not have written what it held, and the run exited 0 as if all was well."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and str(record.msg).endswith("close failure"):
            self.seen.append(str(record.msg))
        return True


ROBOTS_LOGGER = "scrapy.downloadermiddlewares.robotstxt"
ENGINE_LOGGER = "scrapy.core.engine"
SIGNALS_LOGGER = "scrapy.utils.signal"


class Command(ScrapyCrawlCommand):
    """``scrapy crawl SPIDER``; exit codes from ``crawler.exit_codes``."""

    def __init__(self) -> None:
        super().__init__()
        self.finish_reason: str | None = None
        self.final_stats: dict[str, Any] = {}
        self.start_error: BaseException | None = None
        self.close_failures = CloseFailures()

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's options, then LOG_LEVEL made one Python's logging takes: Scrapy sets it
        up before any crawl exists, so a wrong one is a one-line usage error here."""
        super().process_options(args, opts)
        assert self.settings is not None
        try:
            level = log_level(self.settings.get("LOG_LEVEL"))
        except ConfigError as error:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            sys.stderr.write(f"{stamp} [snapcrawl] ERROR: {error}\n")
            raise SystemExit(EXIT_USAGE) from None
        priority = self.settings.getpriority("LOG_LEVEL") or 0
        self.settings.set("LOG_LEVEL", level, priority=priority)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one spider: scrapy crawl snapshot -a start_url=URL")
        assert self.crawler_process
        log_level = self.settings.get("LOG_LEVEL") if self.settings else "INFO"
        logging.getLogger(ROBOTS_LOGGER).addFilter(QuietRobotsErrors(log_level))
        logging.getLogger(SIGNALS_LOGGER).addFilter(SkipCoreStatsAfterFailedOpen())
        logging.getLogger(ENGINE_LOGGER).addFilter(self.close_failures)
        for name, known in misspelt_names(self.settings):
            logger.warning("-s %s: no such setting, ignored: did you mean %s?", name, known)
        known = self.crawler_process.spider_loader.list()
        if args[0] not in known:  # Scrapy's KeyError traceback, exit 1
            hint = did_you_mean(args[0], known) or f"use one of {', '.join(known)}"
            logger.error("spider=%r: no such spider: %s", args[0], hint)
            self.exitcode = EXIT_USAGE
            return
        try:  # Scrapy sets an unknown one as an attribute nobody reads, and crawls on
            check_arguments(self.crawler_process.spider_loader.load(args[0]), opts.spargs)
        except ConfigError as error:
            logger.error("-a %s", error)
            self.exitcode = EXIT_USAGE
            return
        crawler = self._create_crawler(args[0])
        crawler.signals.connect(self._spider_closed, signal=signals.spider_closed)
        started = self.crawler_process.crawl(crawler, **opts.spargs)
        if isinstance(started, asyncio.Future):
            started.add_done_callback(self._task_done)
        elif isinstance(started, Deferred):
            started.addErrback(self._start_failed)
        self.crawler_process.start()
        self.exitcode = self.exit_code(crawler)

    def exit_code(self, crawler: Crawler) -> int:
        if self.start_error is not None:
            return error_exit_code(self.start_error) or EXIT_FAILED
        if self.finish_reason is None and getattr(crawler, "spider", None) is not None:
            return EXIT_INTERRUPTED  # a second Ctrl-C stopped the reactor before the close
        if self.finish_reason is None:
            return EXIT_FAILED  # failed before the spider opened, with its own traceback
        shared = bool(crawler.settings.get("REDIS_URL"))  # a worker of a distributed crawl
        code = run_exit_code(self.finish_reason, self.final_stats, shared=shared)
        if code == EXIT_OK and self.close_failures.seen:
            logger.error(
                "the crawl did not close cleanly (%s, traceback above and in the run log):"
                " what it held may not be written; report it with the run log",
                ", ".join(self.close_failures.seen),
            )
            return EXIT_FAILED
        ended_normally = FINISH_REASONS.get(self.finish_reason) == EXIT_OK
        if code == EXIT_UNAVAILABLE and ended_normally:
            logger.error("%s", nothing_fetched_reason(self.final_stats))
        if code == EXIT_FAULT and ended_normally and every_article_failed(self.final_stats):
            logger.error("%s", every_article_failed_reason(self.final_stats))
        return code

    def _spider_closed(self, spider: Any, reason: str) -> None:
        self.finish_reason = reason
        stats = spider.crawler.stats
        self.final_stats = dict(stats.get_stats() if stats else {})

    def _task_done(self, task: asyncio.Future[Any]) -> None:
        if task.cancelled():
            return
        error = task.exception()  # retrieved: asyncio logs nothing for a known error
        if error is not None and not self._known(error):
            # a bug: hand the traceback to the log as asyncio would have
            logger.error("the crawl failed to start", exc_info=error)

    def _start_failed(self, failure: Failure) -> Failure | None:
        if self._known(failure.value):
            return None
        return failure

    def _known(self, error: BaseException) -> bool:
        """Log a known start-up error in one line (traceback at DEBUG); False for a bug."""
        self.start_error = error
        if error_exit_code(error) is None:
            return False
        logger.error("%s", error_message(error))
        if self.settings and str(self.settings.get("LOG_LEVEL")).upper() == "DEBUG":
            logger.debug("traceback of the error above", exc_info=error)
        return True

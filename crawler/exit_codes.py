"""The exit codes of every crawl, in one table: ``snapcrawl crawl|run|demo`` and ``scrapy crawl``.

A scheduler acts on the exit code alone, so a crawl that fetched nothing, was
stopped by a fault, or wrote no article because extraction or a pipeline failed
on every page that could be one (70) must not exit 0; a site with no article at
all (list pages only) is not a failure and exits 0. The numbers follow sysexits.h where one
fits, so they mean the same to cron, systemd and CI. ``scrapy crawl`` gets them
from the project's own ``crawl`` command (``crawler.commands.crawl``); the
``snapcrawl`` wrappers pass the child's code on and use the same table for
their own errors (``crawler.cli.errors``).

No scrapy import here: the CLI reads this table before anything heavy loads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from snapcrawl import counters
from snapcrawl import finish_reasons as reasons
from snapcrawl.errors import (
    ConfigError,
    DataDirUnwritable,
    ServiceUnavailable,
    StateError,
    UnreadableDataset,
)
from snapcrawl.schedule.file import ScheduleError
from snapcrawl.state import LockHeld

EXIT_OK = 0
EXIT_FAILED = 1  # an unexpected error (a bug: its traceback is in the log)
EXIT_USAGE = 2  # a wrong setting, argument, start URL or file, as argparse exits
EXIT_DATA = 65  # EX_DATAERR: damaged state, unreadable Parquet, an unrecorded replay request
EXIT_UNAVAILABLE = 69  # EX_UNAVAILABLE: the site answered nothing, Redis unreachable
EXIT_FAULT = 70  # EX_SOFTWARE: the run was stopped by a fault not listed below
EXIT_IO = 74  # EX_IOERR: DATA_DIR cannot be written (at start or during the run)
EXIT_LOCKED = 75  # EX_TEMPFAIL: the job is already running, try again later
EXIT_INTERRUPTED = 130  # 128 + SIGINT: stopped by Ctrl-C or SIGTERM, what was held written


@dataclass(frozen=True)
class ExitCode:
    code: int
    meaning: str
    action: str  # what a scheduler or user should do


TABLE: tuple[ExitCode, ...] = (
    ExitCode(EXIT_OK, "finished with pages fetched", "nothing"),
    ExitCode(EXIT_FAILED, "unexpected error (a bug)", "report it with the run log"),
    ExitCode(EXIT_USAGE, "a wrong setting, argument, start URL or file", "fix the command"),
    ExitCode(EXIT_DATA, "damaged state store, unreadable Parquet file, replay_missing", "repair"),
    ExitCode(
        EXIT_UNAVAILABLE,
        "the site answered nothing; Redis unreachable or lost; no CJK font for a report",
        "retry later",
    ),
    ExitCode(
        EXIT_FAULT,
        "stopped by another fault (heartbeat_lost, ...); or no article written because"
        " every page that could be one failed in extraction or a pipeline",
        "read the run log",
    ),
    ExitCode(EXIT_IO, "DATA_DIR cannot be written (data_dir_unwritable)", "free space"),
    ExitCode(EXIT_LOCKED, "the job is already running", "retry later"),
    ExitCode(EXIT_INTERRUPTED, "stopped by Ctrl-C or SIGTERM, what was held written", "none"),
)

# A finish reason (Scrapy's, or one of ours) -> its exit code; any other reason is a fault.
FINISH_REASONS: Mapping[str, int] = {
    reasons.FINISHED: EXIT_OK,
    reasons.CLOSESPIDER_TIMEOUT: EXIT_OK,  # limits the user set: the run did what was asked
    reasons.CLOSESPIDER_ITEMCOUNT: EXIT_OK,
    reasons.CLOSESPIDER_PAGECOUNT: EXIT_OK,
    reasons.CLOSESPIDER_TIMEOUT_NO_ITEM: EXIT_OK,
    reasons.SHUTDOWN: EXIT_INTERRUPTED,
    reasons.DATA_DIR_UNWRITABLE: EXIT_IO,
    reasons.REPLAY_MISSING: EXIT_DATA,
    reasons.HEARTBEAT_LOST: EXIT_FAULT,
    reasons.REDIS_LOST: EXIT_UNAVAILABLE,  # the worker wrote what it held; run it again
    reasons.HOST_PAGE_BUDGET: EXIT_OK,  # SNAPCRAWL_TRAP_HOST_PAGES: a limit, like CLOSESPIDER_*
    reasons.OPEN_FAILED: EXIT_FAILED,  # the error that stopped the opening has its own code
}


def pages_fetched(stats: Mapping[str, Any]) -> int:
    """Responses other than robots.txt, an HTTP error the spider skipped or a response that
    is no HTML: a site whose robots.txt answered but no page did, a start URL answering 404,
    a site whose proxy answers 502 to everything, a start URL that is a feed, an image or a
    text file, answered nothing (they exited 0: the last one said nothing at all)."""
    stats = dict(stats)
    return (
        counters.count(stats, counters.PAGES_FETCHED)
        - counters.count(stats, counters.ROBOTS_RESPONSES)
        - counters.total(stats, f"{counters.SPIDER_SKIPPED}http_")
        - counters.count(stats, counters.SPIDER_NON_HTML)
    )


def nothing_fetched_reason(stats: Mapping[str, Any]) -> str:
    """Why a run that ended normally fetched no page, for the one line that comes with exit
    code 69: the summary counts pages and errors, and a start URL redirected to another host
    left no error at all."""
    stats = dict(stats)
    skips = {
        key.removeprefix(counters.SPIDER_SKIPPED): int(value)
        for key, value in sorted(stats.items())
        if key.startswith(counters.SPIDER_SKIPPED)
    }
    http = ", ".join(f"{kind} x{n}" for kind, n in skips.items() if kind.startswith("http_"))
    other = ", ".join(f"{kind} x{n}" for kind, n in skips.items() if not kind.startswith("http_"))
    why = []
    if http:
        why.append(f"every page answered an HTTP error ({http}): check the start URL")
    if counters.count(stats, counters.OFFSITE_FILTERED):
        why.append(
            "a redirect to another host was not followed (offsite/filtered): start from the"
            " address the start URL redirects to"
        )
    if counters.count(stats, counters.ROBOTS_FORBIDDEN):
        why.append("robots.txt forbids the start URL (robotstxt/forbidden)")
    if other:
        why.append(f"no answer ({other}): check that the site is up, then run again")
    if non_html := counters.count(stats, counters.SPIDER_NON_HTML):
        why.append(
            f"no answer was an HTML page (non_html x{non_html}; a feed, an image or a file is"
            " not crawled): start from a page of the site"
        )
    return "the site answered no page: " + ("; ".join(why) or "no request was made")


def failed_pages(stats: Mapping[str, Any]) -> dict[str, int]:
    """The pages the spider's callback or a pipeline raised on (extraction included), by
    kind: a bug or a fault on our side, not the site's answer (an HTTP error, a timeout)."""
    return {
        kind: n
        for kind, n in counters.errors_by_kind(dict(stats)).items()
        if kind.startswith(("item_error/", "spider_exception/"))
    }


def every_article_failed(stats: Mapping[str, Any]) -> bool:
    """Pages failed and no article got through: none written, none judged a duplicate.
    Each failed page may have been an article, and not one was written, so the run did
    not do its job. A site with list pages only fails no page (its pages are drops,
    ``not_article``); a re-run whose every article is a duplicate has drops, not errors."""
    stats = dict(stats)
    return (
        bool(failed_pages(stats))
        and counters.count(stats, counters.ITEMS_SCRAPED) == 0
        and counters.total(stats, counters.DEDUP_DROPPED) == 0
    )


def every_article_failed_reason(stats: Mapping[str, Any]) -> str:
    """The one line that comes with exit code 70 when :func:`every_article_failed`."""
    kinds = ", ".join(f"{kind} x{n}" for kind, n in sorted(failed_pages(stats).items()))
    return (
        f"no article was written: every page that could be one failed ({kinds}); their"
        " tracebacks are in the run log: report them with it"
    )


def run_exit_code(
    finish_reason: str | None, stats: Mapping[str, Any], *, shared: bool = False
) -> int:
    """The exit code of a crawl that started: its finish reason, 69 when a run that ended
    normally fetched no page, and 70 when it fetched pages but every page that could be
    an article failed (:func:`every_article_failed`). ``shared``: one worker of a
    distributed crawl, which may rightly fetch nothing while the others fetched everything."""
    if not finish_reason:
        return EXIT_FAILED  # the spider never closed: the engine failed
    code = FINISH_REASONS.get(finish_reason, EXIT_FAULT)
    if code == EXIT_OK and not shared and pages_fetched(stats) <= 0:
        return EXIT_UNAVAILABLE
    if code == EXIT_OK and every_article_failed(stats):
        return EXIT_FAULT
    return code


def known_error(error: BaseException) -> BaseException | None:
    """``error``, or the error it was raised while handling (Scrapy's engine wraps a Redis
    connection error in its own), when that one is known here; else None."""
    seen: BaseException | None = error
    for _ in range(5):
        if seen is None:
            return None
        if _exit_code(seen) is not None:
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def error_exit_code(error: BaseException) -> int | None:
    """The exit code of an error that stops a start, or None for an unexpected one (a bug)."""
    known = known_error(error)
    return None if known is None else _exit_code(known)


def _exit_code(error: BaseException) -> int | None:
    if isinstance(error, LockHeld):
        return EXIT_LOCKED
    if isinstance(error, (StateError, UnreadableDataset)):
        return EXIT_DATA
    if isinstance(error, ServiceUnavailable):
        return EXIT_UNAVAILABLE
    if isinstance(error, DataDirUnwritable):
        return EXIT_IO
    if isinstance(error, (ConfigError, ScheduleError)):
        return EXIT_USAGE
    if type(error).__module__.startswith("redis") and "Connection" in type(error).__name__:
        return EXIT_UNAVAILABLE
    return None


def error_message(error: BaseException) -> str:
    """The one line shown for an error that stops a start."""
    error = known_error(error) or error
    if type(error).__module__.startswith("redis"):
        return f"Redis is unreachable ({error}): check REDIS_URL and that redis-server runs"
    return str(error)

"""Run one job of a schedule file: ``scrapy crawl`` in a child process, then read its record.

Not a command: the machinery the ``run`` and ``schedule`` commands share.

Shared by ``snapcrawl run`` (one job now) and ``snapcrawl schedule`` (jobs on
their times). The child is the command a user would type, with three settings
added: ``DATA_DIR`` (the job's), ``SNAPCRAWL_LOCK_NAME`` (the job's name: the
crawl holds the job's lock) and ``SNAPCRAWL_RUN_ID`` (made here, so the run's
log file and its row in ``DATA_DIR/runs`` can be named before it starts).

The child runs in its own session, so a terminal's Ctrl-C reaches only this
process, which passes each signal on exactly once: the first stops the crawl
gracefully (its JOBDIR, Parquet files and dedup state are saved), a second
one forces it, as with ``scrapy crawl``.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow.compute as pc

from crawler.cli.options import parquet_uri, setting_values
from crawler.cli.scrapy_crawl import (
    child_environment,
    crawl_command,
    project_settings,
    snapshot_command,
)
from crawler.exit_codes import EXIT_INTERRUPTED
from snapcrawl.dataset.read import read_columns
from snapcrawl.errors import ConfigError
from snapcrawl.layout import RUNS, DataDir, new_run_id
from snapcrawl.schedule import Job
from snapcrawl.state import LockHeld, lock_path, probe_lock
from snapcrawl.store import RUN_SCHEMA

logger = logging.getLogger(__name__)

CONSOLE_LOG_LEVEL = "WARNING"  # the full log is in DATA_DIR/logs/<run_id>.log


@dataclass(frozen=True)
class RunOutcome:
    """What one run of a job did, as this process saw it."""

    job: str
    run_id: str
    exit_code: int
    seconds: float
    log_path: Path
    row: dict[str, Any] | None  # the run's row in DATA_DIR/runs; None if none was written
    kind: str = "job"  # what ran: "job" (run, schedule) or "crawl" (job is then the start URL)
    data: str | Path | None = None  # where the tables are, when the summary should say so

    @property
    def ok(self) -> bool:
        """Finished, or stopped by a signal after writing its record (a graceful stop)."""
        stopped = self.exit_code in (128 + signal.SIGINT, 128 + signal.SIGTERM)
        return self.exit_code == 0 or (stopped and self.row is not None)

    def summary(self) -> str:
        head = f"{self.kind} {self.job}: run {self.run_id}"
        if self.row is None:
            where = (
                f"see {self.log_path}"
                if self.log_path.exists()
                else "it stopped before its run log opened: its error is above"
            )
            return (
                f"{head} failed in {self.seconds:.1f} s (exit code {self.exit_code}),"
                f" no run record; {where}"
            )
        row = self.row
        duplicates = row["duplicates_url"] + row["duplicates_exact"] + row["duplicates_near"]
        errors = sum(dict(row["errors"] or []).values())
        return (
            f"{head} {row['finish_reason']} in {self.seconds:.1f} s (exit code {self.exit_code}):"
            f" {counted(row['pages_fetched'], 'page')} fetched,"
            f" {counted(row['articles_kept'], 'article')} kept,"
            f" {counted(duplicates, 'duplicate')} dropped, {counted(errors, 'error')};"
            + (f" data in {self.data};" if self.data is not None else "")
            + f" log {self.log_path}"
        )


def counted(number: int, noun: str) -> str:
    """``1 page``, ``2 pages``: a summary line reads as a sentence."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class Stopping(Exception):
    """A stop was asked for: no new crawl starts."""


class ChildProcesses:
    """The crawls this process started and has not seen end; signals are passed on to them.

    After the first SIGINT or SIGTERM no new crawl starts (:class:`Stopping`).
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()  # re-entered by signal handlers on the main thread
        self._running: set[subprocess.Popen[bytes]] = set()
        self.stopping = False

    def start(self, command: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        with self._lock:
            if self.stopping:
                raise Stopping
            process = subprocess.Popen(command, env=env, start_new_session=True)
            self._running.add(process)
        return process

    def wait(self, process: subprocess.Popen[bytes]) -> int:
        try:
            return process.wait()
        finally:
            with self._lock:
                self._running.discard(process)

    def send_signal(self, signum: int) -> int:
        """Pass ``signum`` to every running crawl; returns how many got it."""
        with self._lock:
            self.stopping = True
            running = [p for p in self._running if p.poll() is None]
        for process in running:
            process.send_signal(signum)
        return len(running)

    def forward_signals(self) -> None:
        """From the main thread: SIGINT and SIGTERM go to the crawls instead of killing us."""

        def forward(signum: int, frame: object) -> None:
            name = signal.Signals(signum).name
            again = self.stopping
            if not self.send_signal(signum):
                logger.warning("%s: stopping", name)
            elif again:
                logger.warning("%s again: forcing the crawl to stop (what it holds is lost)", name)
            else:
                logger.warning("%s: stopping the running crawl (again to force it)", name)

        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, forward)


def run_in_foreground(start: Callable[[ChildProcesses], RunOutcome]) -> int:
    """The foreground tail ``snapcrawl crawl`` and ``snapcrawl run`` share: ``start`` runs
    the crawl child with Ctrl-C and SIGTERM passed on once; then its one-line summary, and
    its exit code (130 when interrupted before the crawl started)."""
    children = ChildProcesses()
    children.forward_signals()
    try:
        outcome = start(children)
    except Stopping:
        return EXIT_INTERRUPTED  # interrupted before the crawl started
    (logger.info if outcome.ok else logger.error)("%s", outcome.summary())
    return outcome.exit_code


def configure_logging() -> None:
    """The console of ``run`` and ``schedule``: timestamped lines on stderr."""
    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s [snapcrawl] %(levelname)s: %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
    )


def job_command(job: Job, run_id: str, extra_settings: Sequence[str] = ()) -> list[str]:
    """``scrapy crawl`` for one run of ``job``; later ``-s`` values win over earlier ones."""
    settings = [
        f"LOG_LEVEL={CONSOLE_LOG_LEVEL}",
        *(f"{name}={value}" for name, value in job.settings),
        *extra_settings,
        f"DATA_DIR={job.data_dir}",
        f"SNAPCRAWL_LOCK_NAME={job.name}",
        f"SNAPCRAWL_RUN_ID={run_id}",
    ]
    return crawl_command(job.spider, job.args, settings)


def check_not_running(job: Job) -> None:
    """Raise :class:`LockHeld` when a run of ``job`` holds its lock (any process)."""
    path = lock_path(job.data_dir, job.name)
    holder = probe_lock(path)
    if holder is not None:
        raise LockHeld(job.name, path, holder)


def run_job(job: Job, children: ChildProcesses, extra_settings: Sequence[str] = ()) -> RunOutcome:
    """Run ``job`` once and wait for it; :class:`LockHeld` if it is already running,
    :class:`Stopping` if a stop was asked for before it started.

    The lock is checked here for a clear message before anything starts, and
    taken by the crawl itself (``JobLock``), which settles a race between two
    starts: the loser stops at start with the same message in its log.
    """
    check_not_running(job)
    run_id = new_run_id()
    outcome = run_child(
        job_command(job, run_id, extra_settings),
        children,
        RunOutcome(job.name, run_id, 0, 0.0, DataDir(job.data_dir).run_log(run_id), None),
        dataset_of(job, extra_settings),
    )
    if outcome.row is None and outcome.exit_code != 0:
        check_not_running(job)  # lost a race to another start: say so, as above
    return outcome


def run_child(
    command: list[str], children: ChildProcesses, planned: RunOutcome, dataset: str | Path
) -> RunOutcome:
    """Run one crawl ``command`` (which sets SNAPCRAWL_RUN_ID to ``planned.run_id``) in its own
    session, wait for it, and read its row: ``planned`` with the exit code, time and row."""
    started = time.monotonic()
    process = children.start(command, child_environment())
    logger.info(
        "%s %s: run %s started (pid %d)", planned.kind, planned.job, planned.run_id, process.pid
    )
    code = children.wait(process)
    if code < 0:  # killed by a signal, as a shell reports it
        code = 128 - code
    row = read_run_row(dataset, planned.run_id)
    return replace(planned, exit_code=code, seconds=time.monotonic() - started, row=row)


def dataset_of(job: Job, extra_settings: Sequence[str] = ()) -> str | Path:
    """Where the job's tables are written: SNAPCRAWL_PARQUET_URI if set, else its data_dir.

    A path or URI rather than a :class:`DataDir`: callers compare it and print it.
    """
    pairs = [*(f"{name}={value}" for name, value in job.settings), *extra_settings]
    return parquet_uri(pairs) or job.data_dir


def read_run_row(dataset: str | Path, run_id: str) -> dict[str, Any] | None:
    """The row ``RunRecorder`` wrote for ``run_id``, or None."""
    try:
        rows = read_columns(dataset, RUNS, RUN_SCHEMA, pc.field("run_id") == run_id)
    except (OSError, ValueError):
        return None
    return rows.to_pylist()[0] if rows is not None and rows.num_rows else None


def run_snapshot(
    start_url: str,
    data_dir: Path,
    children: ChildProcesses,
    settings: Sequence[str] = (),
    *,
    verbose: bool = False,
) -> RunOutcome:
    """``scrapy crawl snapshot`` from ``start_url`` into ``data_dir``, as ``run`` runs a job:
    a new run id, the full log in DATA_DIR/logs only (on stderr too with ``verbose``)."""
    run_id = new_run_id()
    console = "DEBUG" if verbose else CONSOLE_LOG_LEVEL
    settings = [f"LOG_LEVEL={console}", *settings, f"SNAPCRAWL_RUN_ID={run_id}"]
    dataset = parquet_uri(settings) or data_dir
    planned = RunOutcome(
        start_url, run_id, 0, 0.0, DataDir(data_dir).run_log(run_id), None, "crawl", dataset
    )
    return run_child(snapshot_command(start_url, data_dir, settings), children, planned, dataset)


def check_job(job: Job, extra_settings: Sequence[str] = (), *, name_typos: bool = True) -> None:
    """The checks a run of ``job`` makes at start, made now: its settings (names and values,
    as :class:`crawler.config.Config` parses them) and its spider's arguments (a missing or
    bad start_url, a name the spider does not take). :class:`ConfigError` names the job;
    nothing is created or started.
    ``name_typos``: warn of a setting name a letter off a known one (``run`` leaves it to the
    crawl it starts at once, which warns of it too)."""
    from scrapy.spiderloader import get_spider_loader

    from crawler.config import Config
    from crawler.setting_checks import misspelt_names
    from crawler.spider_arguments import check_arguments

    settings = project_settings()
    pairs = [*(f"{name}={value}" for name, value in job.settings), *extra_settings]
    settings.setdict(setting_values(pairs), priority="cmdline")
    settings.set("DATA_DIR", str(job.data_dir), priority="cmdline")
    for name, known in misspelt_names(settings) if name_typos else ():
        logger.warning(
            "%s: no such setting, ignored: did you mean %s? (job %s)", name, known, job.name
        )
    try:
        Config.from_settings(settings)
        spider = get_spider_loader(settings).load(job.spider)
        check_arguments(spider, dict(job.args))
        spider(**dict(job.args))
    except ConfigError as error:
        raise ConfigError(error.setting, error.value, f"{error.fix} (job {job.name})") from None
    except KeyError:
        raise ConfigError("spider", job.spider, f"no such spider (job {job.name})") from None

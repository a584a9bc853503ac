"""``snapcrawl run JOB --schedule FILE``: run one job of a schedule file now, in the foreground.

The run is the same as a scheduled one: the job's lock, a new run id, the full
log in ``DATA_DIR/logs/<run_id>.log`` and a row in ``DATA_DIR/runs``. On a
terminal a live progress line shows pages, articles, duplicates, errors and
the rate. Exit codes (``crawler.exit_codes``): the crawl's own (0 when it
finished with pages fetched, 130 after Ctrl-C), 2 for a wrong schedule file or
setting, 75 when the job is already running.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

from crawler.cli.errors import EXIT_INTERRUPTED, command
from crawler.cli.jobs import ChildProcesses, Stopping, check_job, configure_logging, run_job
from crawler.cli.options import add_settings_option
from snapcrawl.schedule import load_schedule

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl run", description="Run one job of a schedule file now."
    )
    parser.add_argument("job", help="the job's name: its [jobs.NAME] table")
    parser.add_argument("--schedule", required=True, metavar="FILE", help="the schedule file")
    add_settings_option(
        parser, "a setting for this run only, over the job's (e.g. -s LOG_LEVEL=INFO)"
    )
    return parser


@command("run", log_errors=True)
def main(argv: Sequence[str]) -> int:
    """A wrong schedule file exits 2, a job already running 75 (``crawler.cli.errors``)."""
    args = build_parser().parse_args(argv)
    configure_logging()
    job = load_schedule(args.schedule).job(args.job)
    check_job(job, args.set)  # a wrong setting or start_url: one line, before anything starts
    children = ChildProcesses()
    children.forward_signals()
    try:
        outcome = run_job(job, children, args.set)
    except Stopping:
        return EXIT_INTERRUPTED  # interrupted before the crawl started
    (logger.info if outcome.ok else logger.error)("%s", outcome.summary())
    return outcome.exit_code

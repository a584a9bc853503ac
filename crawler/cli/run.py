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
from collections.abc import Sequence

from crawler.cli.errors import command
from crawler.cli.jobs import check_job, configure_logging, run_in_foreground, run_job
from crawler.cli.options import add_settings_option
from snapcrawl.schedule import load_schedule


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
    # a wrong setting or start_url: one line, before anything starts
    check_job(job, args.set, name_typos=False)
    return run_in_foreground(lambda children: run_job(job, children, args.set))

"""``snapcrawl schedule FILE``: run the jobs of a schedule file on their times, in the foreground.

APScheduler (3.x, the stable series) keeps the times. Each run is a child
``scrapy crawl`` (see ``crawler.cli.jobs``) and is logged when it starts and ends,
with its record's numbers. Runs of one job never overlap: while one runs, its
next due times are skipped here (``max_instances=1``), and the job's lock,
held by the crawl process itself, keeps out runs started elsewhere (cron, a
second scheduler, ``snapcrawl run``). Missed times, e.g. while the machine
slept, are coalesced into one run. ``every`` jobs run once at start, then on
their interval; ``cron`` jobs only at their times. SIGINT or SIGTERM stops the
scheduler after the running crawls close gracefully.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from crawler.cli.errors import command
from crawler.cli.jobs import ChildProcesses, Stopping, check_job, configure_logging, run_job
from crawler.cli.options import add_settings_option
from snapcrawl.schedule import Job, Schedule, load_schedule
from snapcrawl.schedule.cron import crontab_trigger
from snapcrawl.state import LockHeld

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl schedule",
        description="Run the jobs of a schedule file on their times, in the foreground.",
    )
    parser.add_argument("file", help="the schedule file (TOML)")
    parser.add_argument(
        "--check", action="store_true", help="check the file, print each job's next run, exit"
    )
    add_settings_option(parser, "a setting for every run, over the jobs' own")
    return parser


def make_trigger(job: Job) -> Any:
    from apscheduler.triggers.interval import IntervalTrigger

    if job.cron:
        return crontab_trigger(job.cron, timezone=job.timezone)
    return IntervalTrigger(seconds=job.every, timezone=job.timezone)


def run_scheduled(job: Job, children: ChildProcesses, extra_settings: list[str]) -> None:
    """One due run of ``job``: never raises, always logs what happened."""
    try:
        outcome = run_job(job, children, extra_settings)
    except LockHeld as error:
        logger.warning("skipped: %s", error)
        return
    except Stopping:
        logger.info("job %s: not started, the scheduler is stopping", job.name)
        return
    except Exception:
        logger.exception("job %s: the run could not start", job.name)
        return
    (logger.info if outcome.ok else logger.error)("%s", outcome.summary())


def build_scheduler(schedule: Schedule, children: ChildProcesses, extra_settings: list[str]) -> Any:
    from apscheduler.schedulers.background import BackgroundScheduler

    timezone = next((job.timezone for job in schedule.jobs if job.timezone), None)
    scheduler = BackgroundScheduler(
        timezone=ZoneInfo(timezone) if timezone else None,
        executors={"default": {"type": "threadpool", "max_workers": max(len(schedule.jobs), 1)}},
        job_defaults={
            "coalesce": True,  # missed times become one run
            "max_instances": 1,  # a run still going: the due time is skipped
            "misfire_grace_time": None,  # a late run still runs (once, coalesced)
        },
    )
    for job in schedule.jobs:
        first = {}
        if job.every is not None:
            now = datetime.now(ZoneInfo(job.timezone)) if job.timezone else datetime.now()
            first["next_run_time"] = now  # every-jobs run once at start
        scheduler.add_job(
            run_scheduled,
            make_trigger(job),
            args=(job, children, extra_settings),
            id=job.name,
            name=job.name,
            **first,
        )
    return scheduler


def describe(schedule: Schedule, scheduler: Any) -> list[str]:
    lines = []
    for job in schedule.jobs:
        planned = scheduler.get_job(job.name)
        trigger = planned.trigger
        upcoming = getattr(planned, "next_run_time", None) or trigger.get_next_fire_time(
            None, datetime.now(getattr(trigger, "timezone", None) or scheduler.timezone)
        )  # an OrTrigger (crontab's day-or-weekday rule) has no time zone of its own
        lines.append(
            f"job {job.name}: {job.spider} {dict(job.args)}, {job.when},"
            f" next run {upcoming:%Y-%m-%d %H:%M:%S %Z}; data in {job.data_dir}"
        )
    return lines


@command("schedule", log_errors=True)
def main(argv: Sequence[str]) -> int:
    """A wrong schedule file exits 2 (``crawler.cli.errors``)."""
    args = build_parser().parse_args(argv)
    configure_logging()
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    schedule = load_schedule(args.file)
    for job in schedule.jobs:  # what each run checks at start, checked now
        check_job(job, args.set)
    children = ChildProcesses()
    scheduler = build_scheduler(schedule, children, args.set)
    if args.check:
        for line in describe(schedule, scheduler):
            sys.stdout.write(line + "\n")
        return 0
    stop = threading.Event()

    def request_stop(signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        if children.send_signal(signum):
            logger.warning("%s: stopping; waiting for the running crawls to close", name)
        else:
            logger.info("%s: stopping", name)
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, request_stop)
    for line in describe(schedule, scheduler):
        logger.info("%s", line)
    scheduler.start()
    while not stop.wait(1.0):
        pass
    scheduler.shutdown(wait=True)  # waits for running crawls, which got the signal
    logger.info("scheduler stopped")
    return 0

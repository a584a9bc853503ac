"""``snapcrawl state check|rebuild DATA_DIR``: the recovery command for damaged state and data.

``check`` looks at the state stores and at every Parquet file of the dataset
(its footer must read) and exits 1 when something is wrong; ``--quarantine``
moves unreadable data files to ``DATA_DIR/quarantine/``. ``rebuild`` builds a
new dedup store from the dataset beside the old one and swaps it in only when
complete.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from crawler.cli.errors import EXIT_DATA, EXIT_USAGE, CommandError, command
from crawler.cli.options import (
    add_data_dir_argument,
    add_settings_option,
    chosen_data_dir,
    parquet_uri,
)
from crawler.cli.state_redis import redis_store_spec, run_on_redis
from snapcrawl.layout import DataDir
from snapcrawl.state.dataset_check import BadFile, UnreadableFiles, check_dataset, quarantine
from snapcrawl.state.repair import check_state, rebuild_dedup, set_aside


@command("state")
def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="snapcrawl state",
        description="Check the state stores under DATA_DIR/state and the dataset's files, "
        "or rebuild the dedup state from the dataset.",
    )
    parser.add_argument("action", choices=["check", "rebuild"])
    add_data_dir_argument(parser)
    parser.add_argument(
        "--quarantine",
        action="store_true",
        help="move unreadable Parquet files to DATA_DIR/quarantine/ (nothing is deleted)",
    )
    add_settings_option(
        parser,
        help="a setting of the crawl; SNAPCRAWL_PARQUET_URI=URI: its tables are there;"
        " REDIS_URL=URL: its dedup state is in that Redis",
    )
    parser.add_argument(
        "--store", metavar="redis://HOST:PORT/DB", help="the Redis dedup store to work on"
    )
    args = parser.parse_intermixed_args(argv)  # DATA_DIR may follow an option
    chosen_data_dir(parser, args)
    if not args.data_dir.is_dir():  # rebuild must not create a DATA_DIR that was mistyped
        problem = "is a file" if args.data_dir.exists() else "no such directory"
        raise CommandError(f"{args.data_dir}: {problem}: give the DATA_DIR of a crawl", EXIT_USAGE)
    layout = DataDir(args.data_dir, parquet_uri(args.set))
    redis_spec = redis_store_spec(args.store, args.set)
    if redis_spec is not None:  # distributed mode's store (crawler.cli.state_redis)
        data_dir = str(args.data_dir)
        return run_on_redis(args.action, redis_spec, layout, data_dir, sys.stdout, args.set)
    if args.action == "check":
        return check(layout, args.data_dir, move=args.quarantine)
    return rebuild(layout, move=args.quarantine)


def check(layout: DataDir, data_dir: Path, *, move: bool) -> int:
    out = sys.stdout
    reports = check_state(layout)
    for report in reports:
        state = "ok" if report.ok else f"DAMAGED: {report.problem}"
        out.write(f"{report.path}: {state}\n")
    checked, bad = check_dataset(layout)
    for file in bad:
        if move:
            out.write(
                f"{file.path}: UNREADABLE ({file.problem}), moved to {quarantine(layout, file)}\n"
            )
        else:
            out.write(f"{file.path}: UNREADABLE ({file.problem})\n")
    out.write(f"dataset: {checked - len(bad)} of {checked} Parquet files readable\n")
    damaged = not all(report.ok for report in reports)
    if bad and not move:
        out.write(
            f"move them aside and rebuild with: snapcrawl state rebuild --quarantine {data_dir}\n"
        )
    elif damaged or bad:
        out.write(f"repair with: snapcrawl state rebuild {data_dir}\n")
    return 1 if damaged or bad else 0


def rebuild(layout: DataDir, *, move: bool) -> int:
    """The dedup store always (cheap, and the only way to be sure), the boilerplate
    memory only when damaged (it is learned again while crawling)."""
    out = sys.stdout
    for report in check_state(layout):
        if report.path == layout.boilerplate_store and not report.ok:
            moved = set_aside(report.path)
            out.write(f"{report.path}: damaged, moved to {moved}; it is learned again\n")

    def move_aside(file: BadFile) -> None:
        target = quarantine(layout, file)
        out.write(f"{file.path}: UNREADABLE ({file.problem}), moved to {target}\n")

    try:
        count = rebuild_dedup(layout, on_unreadable=move_aside if move else None)
    except UnreadableFiles as error:
        raise CommandError(f"{error}; {layout.dedup_store} is unchanged", EXIT_DATA) from None
    out.write(f"{layout.dedup_store}: rebuilt from the dataset, {count} stories\n")
    return 0

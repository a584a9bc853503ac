"""``snapcrawl state check|rebuild DATA_DIR``: the recovery command for damaged state stores."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from crawler.cli.errors import EXIT_USAGE, CommandError, command
from crawler.cli.options import add_settings_option
from snapcrawl.layout import DataDir, parquet_uri_setting
from snapcrawl.state.repair import check_state, rebuild_dedup, set_aside


@command("state")
def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="snapcrawl state",
        description="Check the state stores under DATA_DIR/state, or rebuild them "
        "from the dataset.",
    )
    parser.add_argument("action", choices=["check", "rebuild"])
    parser.add_argument("data_dir", type=Path, help="the DATA_DIR of a crawl")
    add_settings_option(
        parser, help="a setting of the crawl; SNAPCRAWL_PARQUET_URI=URI: its tables are there"
    )
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():  # rebuild must not create a DATA_DIR that was mistyped
        problem = "is a file" if args.data_dir.exists() else "no such directory"
        raise CommandError(f"{args.data_dir}: {problem}: give the DATA_DIR of a crawl", EXIT_USAGE)
    out = sys.stdout
    layout = DataDir(args.data_dir, parquet_uri_setting(args.set))
    reports = check_state(layout)
    if args.action == "check":
        for report in reports:
            state = "ok" if report.ok else f"DAMAGED: {report.problem}"
            out.write(f"{report.path}: {state}\n")
        if not all(report.ok for report in reports):
            out.write(f"repair with: snapcrawl state rebuild {args.data_dir}\n")
            return 1
        return 0
    # rebuild: the dedup store always (cheap, and the only way to be sure), the
    # boilerplate memory only when damaged (it is learned again while crawling)
    for report in reports:
        if report.path == layout.boilerplate_store and not report.ok:
            moved = set_aside(report.path)
            out.write(f"{report.path}: damaged, moved to {moved}; it is learned again\n")
    count = rebuild_dedup(layout)
    out.write(f"{layout.dedup_store}: rebuilt from the dataset, {count} stories\n")
    return 0

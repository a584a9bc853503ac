"""``snapcrawl state check|rebuild DATA_DIR``: the recovery command for damaged state stores."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from crawler.cli.errors import command
from crawler.cli.options import add_settings_option
from crawler.cli.state_redis import redis_store_spec, run_on_redis
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
        parser,
        help="a setting of the crawl; SNAPCRAWL_PARQUET_URI=URI: its tables are there;"
        " REDIS_URL=URL: its dedup state is in that Redis",
    )
    parser.add_argument(
        "--store", metavar="redis://HOST:PORT/DB", help="the Redis dedup store to work on"
    )
    args = parser.parse_args(argv)
    out = sys.stdout
    layout = DataDir(args.data_dir, parquet_uri_setting(args.set))
    redis_spec = redis_store_spec(args.store, args.set)
    if redis_spec is not None:  # distributed mode's store (crawler.cli.state_redis)
        return run_on_redis(args.action, redis_spec, layout, str(args.data_dir), out, args.set)
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

"""``snapcrawl compact DATA_DIR``: merge a dataset's small Parquet files, atomically.

The work is ``snapcrawl.store.compact.compact_table``; this prints one line per table.
New files are staged in ``DATA_DIR/state/compact/`` (outside every table), and
what a killed compaction left there is finished or removed first.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.fs as pafs

from crawler.cli.errors import EXIT_DATA, EXIT_USAGE, CommandError, command
from crawler.cli.options import add_data_dir_argument, chosen_data_dir, whole_number
from snapcrawl.layout import TABLES, DataDir
from snapcrawl.state.dataset_check import footer_problem
from snapcrawl.store.compact import compact_table
from snapcrawl.store.staging import visible_files


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl compact",
        description="Merge each partition's small Parquet files, atomically (safe beside a"
        " running crawl).",
    )
    add_data_dir_argument(parser)
    parser.add_argument(
        "--tables", nargs="+", choices=TABLES, default=list(TABLES), help="tables to compact"
    )
    parser.add_argument(
        "--target-rows", type=whole_number(1), default=500_000, help="rows per output file"
    )
    return parser


@command("compact")
def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_intermixed_args(argv)  # DATA_DIR may follow an option
    data_dir = chosen_data_dir(parser, args)
    if not data_dir.is_dir():
        raise CommandError(
            f"{data_dir}: no such directory: give the DATA_DIR of a crawl", EXIT_USAGE
        )
    if not any((data_dir / table).is_dir() for table in args.tables):  # printed nothing, 0
        tables = ", ".join(f"{table}/" for table in args.tables)
        raise CommandError(
            f"{data_dir}: no dataset ({tables} not in it): give the DATA_DIR of a crawl",
            EXIT_USAGE,
        )
    for table in args.tables:
        root = data_dir / table
        if not root.is_dir():
            continue
        try:
            results = compact_table(
                root, target_rows=args.target_rows, staging=DataDir(data_dir).compact_staging
            )
        except (OSError, pa.ArrowException):
            found = unreadable_file(root, table)
            if found is None:
                raise
            bad, problem = found
            raise CommandError(
                f"{bad}: not a readable Parquet file ({problem}); move it out of"
                f" {root} (`snapcrawl state check {data_dir} --quarantine` does) and run"
                " compact again (its partition was left as it was)",
                EXIT_DATA,
            ) from None
        before = sum(r.files_before for r in results)
        after = sum(r.files_after for r in results)
        sys.stdout.write(
            f"{table}: {len(results)} partitions compacted, {before} files -> {after}\n"
        )
    return 0


def unreadable_file(root: Path, table: str) -> tuple[Path, str] | None:
    """The first Parquet file readers see under ``root`` that ``snapcrawl state check``
    would call unreadable, and why (:func:`snapcrawl.state.dataset_check.footer_problem`)."""
    local = pafs.LocalFileSystem()
    for path in visible_files(root, recursive=True):
        problem = footer_problem(local, str(path), table)
        if problem is not None:
            return path, problem
    return None

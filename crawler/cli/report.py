"""``snapcrawl report DATA_DIR [--out PATH]``: write the HTML report of a dataset, print its path.

The report is ``snapcrawl.dataset.report.write_report``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from crawler.cli.errors import EXIT_UNAVAILABLE, EXIT_USAGE, CommandError, command
from crawler.cli.options import (
    add_data_dir_argument,
    add_settings_option,
    chosen_data_dir,
    parquet_uri,
)
from snapcrawl.dataset.report import write_report
from snapcrawl.dataset.report_fonts import MissingCjkFontError
from snapcrawl.layout import DataDir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl report", description="Write an HTML report with charts of a dataset."
    )
    add_data_dir_argument(parser)
    add_settings_option(
        parser, help="a setting of the crawl; SNAPCRAWL_PARQUET_URI=URI reads the tables from there"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="HTML file to write (default DATA_DIR/report/index.html)",
    )
    return parser


@command("report")
def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_intermixed_args(argv)  # DATA_DIR may follow an option
    chosen_data_dir(parser, args)
    try:
        layout = DataDir(args.data_dir, parquet_uri(args.set))
        path = write_report(layout, args.out)
    except (FileNotFoundError, ValueError) as error:
        raise CommandError(str(error), EXIT_USAGE) from error
    except MissingCjkFontError as error:  # a program the report needs is missing: sysexits 69
        raise CommandError(str(error), EXIT_UNAVAILABLE) from error
    sys.stdout.write(f"{path}\n")
    return 0

"""``snapcrawl extract PATH_OR_URL...``: extract saved pages or fetched URLs to JSON lines.

A thin adapter: the command (arguments, output, exit codes) is the library's
``snapcrawl.extract.commandline``, usable without Scrapy. The one error it adds:
``--boilerplate FILE`` naming a file that is no SQLite store (another file, a
damaged store) is one line and exit 65, as a damaged state store is for a crawl (one that
names no file is the library's usage error, exit 2).
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Sequence

from crawler.cli.errors import EXIT_DATA, CommandError, command
from snapcrawl.extract import commandline


@command("extract")
def main(argv: Sequence[str]) -> int:
    try:
        return commandline.main(list(argv))
    except sqlite3.DatabaseError as error:  # only the boilerplate memory is SQLite here
        path = _boilerplate_argument(argv)
        raise CommandError(
            f"--boilerplate {path}: not a usable SQLite boilerplate store ({error}): give"
            " the DATA_DIR/state/boilerplate.sqlite of a crawl (`snapcrawl state check"
            " DATA_DIR` says whether it is damaged), or leave --boilerplate out",
            EXIT_DATA,
        ) from None


def _boilerplate_argument(argv: Sequence[str]) -> str:
    """The ``--boilerplate`` path as the command read it (the last one given)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--boilerplate", default="")
    return parser.parse_known_args(list(argv))[0].boilerplate

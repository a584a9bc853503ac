"""``snapcrawl extract PATH_OR_URL...``: extract saved pages or fetched URLs to JSON lines.

A thin adapter: the command (arguments, output, exit codes) is the library's
``snapcrawl.extract.commandline``, usable without Scrapy. The one error it adds:
``--boilerplate FILE`` naming a file that is no SQLite store (another file, a
damaged store) is one line and exit 65, as a damaged state store is for a crawl; one
that names no file is one line and exit 2 (SQLite would make an empty store there).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Sequence

from crawler.cli.errors import EXIT_DATA, EXIT_USAGE, CommandError, command
from snapcrawl.extract import commandline


@command("extract")
def main(argv: Sequence[str]) -> int:
    path = _boilerplate_argument(argv)
    if path and not os.path.exists(path):
        # SQLite would create an empty store there: a mistyped path then extracts with no
        # learned boilerplate, silently, and leaves a stray file behind.
        raise CommandError(
            f"--boilerplate {path}: no such file: give the DATA_DIR/state/boilerplate.sqlite"
            " of a crawl, or leave --boilerplate out",
            EXIT_USAGE,
        )
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

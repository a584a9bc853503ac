"""Command-line options shared by the ``snapcrawl`` subcommands."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path

from crawler import defaults
from snapcrawl.layout import PARQUET_URI_SETTING


def add_settings_option(
    parser: argparse.ArgumentParser,
    help: str = "a Scrapy or snapcrawl setting, as with scrapy crawl -s",
) -> None:
    """``-s NAME=VALUE``, repeatable, collected in ``args.set``, exactly as ``scrapy crawl -s``."""
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        type=_name_value,
        metavar="NAME=VALUE",
        help=help,
    )


def _name_value(text: str) -> str:
    """A ``NAME=VALUE`` pair as typed; anything else is a usage error (exit 2, one line)."""
    if "=" not in text or not text.partition("=")[0].strip():
        raise argparse.ArgumentTypeError(f"{text!r}: give a setting as NAME=VALUE")
    return text


def setting_values(pairs: Iterable[str]) -> dict[str, str]:
    """``-s NAME=VALUE`` pairs as a dict, names and values stripped; the last one wins,
    as with ``scrapy crawl -s``. The one reader of ``args.set`` and of a job's settings.

    >>> setting_values(["A=1", " B = x=y ", "A=2"])
    {'A': '2', 'B': 'x=y'}
    """
    values = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        values[name.strip()] = value.strip()
    return values


def parquet_uri(pairs: Iterable[str]) -> str:
    """SNAPCRAWL_PARQUET_URI from ``-s`` pairs ("" if none): the commands that read a
    dataset (``report``, ``state``, ``demo``, ``run``) read it from there."""
    return setting_values(pairs).get(PARQUET_URI_SETTING, "")


def add_crawl_options(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` and ``-s``: the options of the commands that crawl into a DATA_DIR."""
    parser.add_argument(
        "--data-dir",
        default=defaults.DATA_DIR,
        help=f"output and state (default: {defaults.DATA_DIR})",
    )
    add_settings_option(parser)


def add_data_dir_argument(parser: argparse.ArgumentParser) -> None:
    """DATA_DIR for the commands that read a crawl's output, as an argument (``snapcrawl
    compact out``) or spelled as ``crawl`` and ``demo`` spell it (``--data-dir out``): a user
    who has just typed ``--data-dir`` for the crawl types it again. Read it with
    ``chosen_data_dir``, after ``parse_intermixed_args`` (plain ``parse_args`` will not take
    an optional argument after another option: ``state rebuild --quarantine out``)."""
    parser.add_argument("data_dir", nargs="?", type=Path, help="the DATA_DIR of a crawl")
    parser.add_argument(
        "--data-dir",
        dest="data_dir_option",
        type=Path,
        metavar="DATA_DIR",
        help="the same, as crawl and demo take it",
    )


def chosen_data_dir(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Path:
    """The one DATA_DIR given either way; none, or two that differ, is a usage error (exit 2)."""
    given = [path for path in (args.data_dir, args.data_dir_option) if path is not None]
    if not given:
        parser.error("give the DATA_DIR of a crawl (as an argument or with --data-dir)")
    if len(given) == 2 and given[0] != given[1]:
        parser.error(f"two DATA_DIRs given ({given[0]} and --data-dir {given[1]}): give one")
    args.data_dir = given[0]
    return given[0]


def add_verbose_option(parser: argparse.ArgumentParser) -> None:
    """``-v``: Scrapy's whole log on stderr, tracebacks of errors included."""
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show Scrapy's log and tracebacks on stderr"
    )


def whole_number(minimum: int, maximum: int | None = None) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``minimum`` (to ``maximum``), else a usage
    error naming the range (``--port 99999`` was an OverflowError traceback, ``compact
    --target-rows 0`` rewrote every partition)."""
    span = f"from {minimum} to {maximum}" if maximum is not None else f"{minimum} or more"

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < minimum or (maximum is not None and value > maximum):
            raise argparse.ArgumentTypeError(f"{text!r}: give a whole number {span}")
        return value

    return parse

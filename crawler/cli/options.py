"""Command-line options shared by the ``snapcrawl`` subcommands."""

from __future__ import annotations

import argparse


def add_settings_option(
    parser: argparse.ArgumentParser,
    help: str = "a Scrapy or snapcrawl setting, as with scrapy crawl -s",
) -> None:
    """``-s NAME=VALUE``, repeatable, collected in ``args.set``, exactly as ``scrapy crawl -s``."""
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help=help)

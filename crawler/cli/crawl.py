"""``snapcrawl crawl START_URL``: crawl a site from its start URL, in the foreground."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from crawler.cli import scrapy_crawl
from crawler.cli.errors import command
from crawler.cli.options import add_crawl_options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="snapcrawl crawl")
    parser.add_argument("start_url")
    add_crawl_options(parser)
    return parser


@command("crawl")
def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    return scrapy_crawl.run_crawl(args.start_url, Path(args.data_dir).resolve(), args.set)

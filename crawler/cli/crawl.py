"""``snapcrawl crawl START_URL``: crawl a site from its start URL, in the foreground.

Run as ``snapcrawl run`` runs a job: the crawl is a child ``scrapy crawl`` in its
own session, Scrapy's log goes to ``DATA_DIR/logs/<run_id>.log`` (``-v`` shows
it on stderr too), a progress line shows on a terminal, and a one-line summary
ends the run. Ctrl-C reaches the crawl once (a graceful stop that writes what
it holds; again to force it). The exit code is the crawl's (``crawler.exit_codes``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from crawler.cli.errors import command
from crawler.cli.jobs import configure_logging, run_in_foreground, run_snapshot
from crawler.cli.options import add_crawl_options, add_verbose_option
from crawler.start_url import check_start_url


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl crawl",
        description="Crawl a site from its start URL into DATA_DIR; Ctrl-C stops it and keeps"
        " what it fetched. Exit codes: see the README (Errors and exit codes).",
    )
    parser.add_argument("start_url", help="the site's first page, an absolute http(s) URL")
    add_crawl_options(parser)
    add_verbose_option(parser)
    return parser


@command("crawl", log_errors=True)
def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging()
    check_start_url(args.start_url)  # a usage error before any start-up
    data_dir = Path(args.data_dir).resolve()
    return run_in_foreground(
        lambda children: run_snapshot(
            args.start_url, data_dir, children, args.set, verbose=args.verbose
        )
    )

"""``snapcrawl record START_URL --to DIR``: crawl a site and keep its responses as fixtures.

It runs ``scrapy crawl snapshot`` in a child process, as ``snapcrawl crawl``
does, with ``SNAPCRAWL_RECORD_DIR`` pointing at a fresh temporary directory
and ``DATA_DIR`` at another, so recording never writes a dataset into the
user's ``data/``. Only when the crawl ended and recorded something does it
update ``DIR`` in place (``snapcrawl.fixtures.format.update_fixtures``) and
print what changed; an interrupted crawl or an unreachable site leaves
``DIR`` as it was. ``DIR`` holding another site's fixtures (another host or
port) is refused before crawling unless ``--force`` says to replace them.
Replay the result with ``-s REPLAY_DIR=DIR``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from crawler.cli import scrapy_crawl
from crawler.cli.errors import (
    EXIT_DATA,
    EXIT_INTERRUPTED,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    CommandError,
    command,
)
from crawler.cli.jobs import CONSOLE_LOG_LEVEL as QUIET_LOG_LEVEL
from crawler.cli.options import add_settings_option
from crawler.start_url import check_start_url
from snapcrawl.dedup import url_host
from snapcrawl.errors import ConfigError
from snapcrawl.fixtures.format import INDEX, FixtureError, load_recording, update_fixtures


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl record",
        description="Crawl a site with the snapshot spider and save every response "
        "(status, headers, bytes) as fixtures that -s REPLAY_DIR=DIR replays offline.",
    )
    parser.add_argument("start_url", help="the site's start URL (a live site or a local server)")
    parser.add_argument("--to", required=True, type=Path, metavar="DIR", help="fixture directory")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace fixtures of another site (host or port) already in DIR",
    )
    add_settings_option(
        parser, "a Scrapy or snapcrawl setting for the crawl, as with scrapy crawl -s"
    )
    return parser


@command("record")
def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    target: Path = args.to
    try:
        check_start_url(args.start_url)  # the crawl's own rule, before any start-up
    except ConfigError:
        raise CommandError(
            f"{args.start_url!r}: give an absolute http(s) URL such as http://example.com/",
            EXIT_USAGE,
        ) from None
    if target.exists() and not target.is_dir():
        raise CommandError(
            f"--to {target}: give a directory (it is created if missing)", EXIT_USAGE
        )
    before = None  # the recording already in --to, read once
    try:
        if (target / INDEX).exists():
            # refuse a broken directory, or another site's, before crawling, not after
            before = load_recording(target)
            recorded_from = before.start_url
            other_site = url_host(recorded_from) != url_host(args.start_url)
            if recorded_from and other_site and not args.force:
                raise CommandError(
                    f"--to {target} holds fixtures of {recorded_from}, another site than "
                    f"{args.start_url}: add --force to replace them, or choose another directory",
                    EXIT_USAGE,
                )
    except FixtureError as error:
        raise CommandError(f"--to {target}: {error}", EXIT_DATA) from error

    with tempfile.TemporaryDirectory(prefix="snapcrawl-record-") as temp:
        staged = Path(temp) / "recording"
        # Scrapy's log at WARNING, as snapcrawl crawl shows it (the crawl's run log is in the
        # temporary DATA_DIR): its INFO log was ~120 lines a record; -s LOG_LEVEL=INFO shows it
        settings = [f"LOG_LEVEL={QUIET_LOG_LEVEL}", *args.set, f"SNAPCRAWL_RECORD_DIR={staged}"]
        try:
            code = scrapy_crawl.run_crawl(args.start_url, Path(temp) / "data", settings)
        except KeyboardInterrupt:
            raise CommandError(
                f"interrupted: {target} is left as it was", EXIT_INTERRUPTED
            ) from None
        if code != 0:
            raise CommandError(
                f"the crawl failed (exit code {code}): {target} is left as it was", code
            )
        if not (staged / INDEX).exists():
            raise CommandError(
                f"nothing was recorded from {args.start_url} (is the site up?): "
                f"{target} is left as it was",
                EXIT_UNAVAILABLE,
            )
        recording = load_recording(staged)
        changes = update_fixtures(
            target,
            recording.responses.values(),
            recording.start_url or args.start_url,
            old=before,
        )
    sys.stdout.write(
        f"recorded {len(recording.responses)} responses from {args.start_url} into {target}: "
        f"{changes.report()}\n"
    )
    return 0

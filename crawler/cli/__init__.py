"""The ``snapcrawl`` command: ``snapcrawl NAME ARGS...`` runs ``crawler.cli.NAME.main(ARGS)``.

One module per command, each with the same ``main(argv) -> int`` and its own
argparse parser; errors become messages and exit codes in one place
(``errors``); every crawl is a child ``scrapy crawl`` built in one place
(``scrapy_crawl``). A command's module is imported only when it runs, so
``snapcrawl extract`` does not pay for matplotlib or APScheduler.

Console script: ``snapcrawl = "crawler.cli:main"``; also ``python -m crawler.cli``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# name -> (module, summary), in the order ``snapcrawl --help`` lists them
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("crawler.cli.extract", "extract saved pages or URLs as JSON lines"),
    "report": ("crawler.cli.report", "write an HTML report with charts of a dataset"),
    "record": ("crawler.cli.record", "crawl a site and save its responses as fixtures"),
    "schedule": ("crawler.cli.schedule", "run the jobs of a schedule file in the foreground"),
    "run": ("crawler.cli.run", "run one job of a schedule file now"),
    "state": ("crawler.cli.state", "check or rebuild the state store"),
    "demo": ("crawler.cli.demo", "serve the bundled demo site, crawl it, summarise"),
    "crawl": ("crawler.cli.crawl", "crawl a site from its start URL"),
    "compact": ("crawler.cli.compact", "merge small Parquet files, atomically"),
    "serve": ("crawler.cli.serve", "serve a fixture site on 127.0.0.1"),
}


def version_line() -> str:
    """snapcrawl's version with Scrapy's and Python's: a bug report needs all three."""
    from importlib.metadata import PackageNotFoundError, version

    import snapcrawl

    try:
        scrapy_version = version("scrapy")
    except PackageNotFoundError:  # pragma: no cover - Scrapy is a dependency
        scrapy_version = "not installed"
    python = ".".join(map(str, sys.version_info[:3]))
    return f"snapcrawl {snapcrawl.__version__} (Scrapy {scrapy_version}, Python {python})"


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser: it lists the commands; each command parses its own arguments."""
    parser = argparse.ArgumentParser(
        prog="snapcrawl", description="Crawl Chinese news snapshot sites into Parquet."
    )
    parser.add_argument(
        "--version", action="version", version=version_line(), help="show the versions and exit"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (_, summary) in COMMANDS.items():
        commands.add_parser(name, help=summary, add_help=False)
    return parser


def run_command(name: str, argv: Sequence[str]) -> int:
    """Run command ``name`` with the arguments after it; returns its exit code."""
    module = importlib.import_module(COMMANDS[name][0])
    return int(module.main(list(argv)))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return run_command(argv[0], argv[1:])
    args = build_parser().parse_args(argv)  # --help, or a usage error (exits)
    return run_command(args.command, [])

"""``snapcrawl demo``: serve the bundled demo sites, crawl them, say what came out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from crawler.cli import scrapy_crawl
from crawler.cli.errors import EXIT_INTERRUPTED, EXIT_USAGE, CommandError, command
from crawler.cli.jobs import ChildProcesses, Stopping, run_snapshot
from crawler.cli.options import add_crawl_options
from snapcrawl.dataset.read import open_table
from snapcrawl.fixtures.server import serve_site
from snapcrawl.layout import ARTICLES, DUPLICATES, RUNS, DataDir, parquet_uri_setting

DEMO_DIR = scrapy_crawl.PROJECT_ROOT / "data" / "demo"

LOAD_HINT = """\
Load it:
  python -c "import snapcrawl; print(snapcrawl.load('{data}'))"
  pandas:  pandas.read_parquet('{data}/articles')
  polars:  polars.read_parquet('{data}/articles/**/*.parquet', hive_partitioning=True)
  DuckDB:  SELECT * FROM read_parquet('{data}/articles/**/*.parquet', hive_partitioning=1)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="snapcrawl demo")
    add_crawl_options(parser)
    return parser


@command("demo")
def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    children = ChildProcesses()
    children.forward_signals()  # Ctrl-C: the crawl stops gracefully, writes what it holds
    return run_demo(DEMO_DIR, Path(args.data_dir).resolve(), args.set, children)


def run_demo(
    demo_dir: Path, data_dir: Path, settings: list[str], children: ChildProcesses | None = None
) -> int:
    children = children or ChildProcesses()
    sites = [demo_dir / "site", demo_dir / "mirror"]
    missing = [site for site in sites if not site.is_dir()]
    if missing:
        raise CommandError(
            f"demo site not found at {missing[0]}: run snapcrawl demo from a checkout "
            "of the project (pip install -e .)",
            EXIT_USAGE,
        )
    out = sys.stdout
    for site in sites:
        with serve_site(site) as server:
            out.write(f"snapcrawl demo: crawling {site.name} at {server.url}\n")
            out.flush()
            try:
                code = run_snapshot(server.url, data_dir, children, settings).exit_code
            except Stopping:
                code = EXIT_INTERRUPTED
            if code == EXIT_INTERRUPTED:
                raise CommandError(f"interrupted: what was fetched is written in {data_dir}", code)
            if code != 0:
                raise CommandError(
                    f"the crawl of {server.url} failed (exit code {code}); its log is in "
                    f"{data_dir / 'logs'}",
                    code,
                )
    out.write(summarise(DataDir(data_dir, parquet_uri_setting(settings))))
    return 0


def summarise(layout: DataDir) -> str:
    data_dir = layout.root
    runs = open_table(layout, RUNS).to_table().to_pylist()
    runs.sort(key=lambda row: row["started_at"])
    lines = ["", "Runs:"]
    for run in runs[-2:]:
        errors = ", ".join(f"{kind} x{n}" for kind, n in sorted(dict(run["errors"] or []).items()))
        lines.append(
            f"  {run['run_id']}  {run['start_url']}\n"
            f"    pages fetched {run['pages_fetched']}, articles kept {run['articles_kept']}, "
            f"dropped as duplicates: {run['duplicates_url']} url, {run['duplicates_exact']} exact, "
            f"{run['duplicates_near']} near; not articles {run['not_articles']}; "
            f"noise items removed {run['noise_removed']}\n"
            f"    errors: {errors or 'none'}"
        )
    articles = open_table(layout, ARTICLES)
    files = len(articles.files)
    lines.append("")
    lines.append(
        f"Dataset: {_shown(layout, ARTICLES)} ({articles.count_rows()} articles in {files} "
        f"files); duplicates logged in {_shown(layout, DUPLICATES)}, runs in "
        f"{_shown(layout, RUNS)}"
    )
    lines.append(LOAD_HINT.format(data=data_dir))
    return "\n".join(lines)


def _shown(layout: DataDir, table: str) -> str:
    """A table's place as the summary shows it: DATA_DIR/<table>, or the remote URI."""
    return str(layout.root / table) if not layout.parquet_uri else layout.describe_table(table)

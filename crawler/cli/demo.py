"""``snapcrawl demo``: serve the bundled demo sites, crawl them, say what came out.

The sites are served on fixed ports (``DEMO_PORTS``, the ports their recorded fixtures
use), so a second demo into the same DATA_DIR crawls the same hosts: the incremental
layer skips the articles the first one kept, and the demo says the data was already
there. A busy port falls back to a free one, with a line saying so.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from crawler.cli.errors import EXIT_INTERRUPTED, EXIT_USAGE, CommandError, command
from crawler.cli.jobs import ChildProcesses, Stopping, run_snapshot
from crawler.cli.options import add_crawl_options, parquet_uri
from snapcrawl.dataset.read import open_table
from snapcrawl.demo_site import HOSTS, demo_dir
from snapcrawl.fixtures.server import FixtureSiteServer, serve_site
from snapcrawl.layout import ARTICLES, DUPLICATES, RUNS, DataDir

DEMO_PORTS = {"site": 8701, "mirror": 8702}

LOAD_HINT = """\
Load it:
  python -c "import snapcrawl; print(snapcrawl.load('{data}'))"
  pandas:  pandas.read_parquet('{data}/articles')
  polars:  polars.read_parquet('{data}/articles/**/*.parquet', hive_partitioning=True)
  DuckDB:  SELECT * FROM read_parquet('{data}/articles/**/*.parquet', hive_partitioning=1)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl demo",
        description="Serve the bundled demo sites on 127.0.0.1 (ports 8701 and 8702), crawl"
        " them into DATA_DIR and summarise what was kept; run it again to add only what is"
        " new. Ctrl-C stops it and keeps what it fetched.",
    )
    add_crawl_options(parser)
    return parser


@command("demo")
def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    children = ChildProcesses()
    children.forward_signals()  # Ctrl-C: the crawl stops gracefully, writes what it holds
    return run_demo(demo_dir(), Path(args.data_dir).resolve(), args.set, children)


def run_demo(
    root: Path, data_dir: Path, settings: list[str], children: ChildProcesses | None = None
) -> int:
    children = children or ChildProcesses()
    sites = [root / host for host in HOSTS]
    missing = [site for site in sites if not (site / "index.html").is_file()]
    if missing:
        raise CommandError(
            f"demo site not found at {missing[0]}: the installed package is incomplete; "
            "reinstall snapcrawl (pip install --force-reinstall snapcrawl)",
            EXIT_USAGE,
        )
    out = sys.stdout
    layout = DataDir(data_dir, parquet_uri(settings))
    before = article_count(layout)
    if before:
        out.write(
            f"snapcrawl demo: {_shown(layout, ARTICLES)} already holds {before} articles from "
            "an earlier run; this run adds what is new (pages kept before are not fetched again)\n"
        )
    for site in sites:
        with ExitStack() as stack:
            server = _serve(stack, site, DEMO_PORTS[site.name], out)
            out.write(f"snapcrawl demo: crawling {site.name} at {server.url}\n")
            out.flush()
            try:
                outcome = run_snapshot(server.url, data_dir, children, settings)
                code, recorded = outcome.exit_code, outcome.row is not None
            except Stopping:
                code, recorded = EXIT_INTERRUPTED, True
            if code == EXIT_INTERRUPTED and recorded:
                raise CommandError(f"interrupted: what was fetched is written in {data_dir}", code)
            if code == EXIT_INTERRUPTED:  # a second Ctrl-C: the crawl had no time to write
                raise CommandError(
                    f"forced to stop: the rows the crawl held were not written to {data_dir};"
                    " run snapcrawl demo again to fetch them (nothing is written twice)",
                    code,
                )
            if code != 0:
                log = (  # an unwritable DATA_DIR stops the crawl before it has a log
                    f"its log is in {layout.logs}"
                    if layout.logs.is_dir()
                    else "it wrote no log: see the error above"
                )
                raise CommandError(
                    f"the crawl of {server.url} failed (exit code {code}); {log}", code
                )
    out.write(summarise(layout, before))
    return 0


def _serve(stack: ExitStack, site: Path, port: int, out: TextIO) -> FixtureSiteServer:
    """The demo host on its fixed port, or on a free one (said) when that port is busy."""
    try:
        return stack.enter_context(serve_site(site, port))
    except OSError:
        server = stack.enter_context(serve_site(site))
        out.write(
            f"snapcrawl demo: port {port} is busy, so {site.name} is served at {server.url}: "
            "pages an earlier demo kept are fetched again and dropped as duplicates\n"
        )
        return server


def article_count(layout: DataDir) -> int:
    """Articles already in the dataset (0 when there is none yet)."""
    try:
        return open_table(layout, ARTICLES).count_rows()
    except FileNotFoundError:
        return 0


def summarise(layout: DataDir, before: int = 0) -> str:
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
    files, total = len(articles.files), articles.count_rows()
    added = f"; {total - before} added by this run" if before else ""
    lines.append("")
    lines.append(
        f"Dataset: {_shown(layout, ARTICLES)} ({total} articles in {files} files{added}); "
        f"duplicates logged in {_shown(layout, DUPLICATES)}, runs in {_shown(layout, RUNS)}"
    )
    lines.append(LOAD_HINT.format(data=data_dir))
    return "\n".join(lines)


def _shown(layout: DataDir, table: str) -> str:
    """A table's place as the summary shows it: DATA_DIR/<table>, or the remote URI."""
    return str(layout.root / table) if not layout.parquet_uri else layout.describe_table(table)

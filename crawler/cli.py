"""The ``snapcrawl`` command: demo, crawl, extract and serve.

Crawls run as ``scrapy crawl snapshot`` in a child process, exactly the
command a user would type, so the CLI adds nothing the Scrapy way lacks.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import crawler
from crawler.cli_options import add_settings_option
from snapcrawl.layout import TABLES

PROJECT_ROOT = Path(crawler.__file__).resolve().parents[1]
DEMO_DIR = PROJECT_ROOT / "data" / "demo"
SETTINGS_MODULE = "crawler.settings"


def scrapy_crawl_command(start_url: str, data_dir: Path, settings: list[str]) -> list[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", "snapshot", "-a", f"start_url={start_url}"]
    command += ["-s", f"DATA_DIR={data_dir}"]
    for setting in settings:
        command += ["-s", setting]
    return command


def run_crawl(start_url: str, data_dir: Path, settings: list[str]) -> int:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return subprocess.call(scrapy_crawl_command(start_url, data_dir, settings), env=env)


def cmd_crawl(args: argparse.Namespace) -> int:
    return run_crawl(args.start_url, Path(args.data_dir).resolve(), args.set)


def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.demo import run_demo

    return run_demo(DEMO_DIR, Path(args.data_dir).resolve(), args.set, run_crawl)


def cmd_compact(args: argparse.Namespace) -> int:
    from snapcrawl.store.compact import compact_table

    data_dir = Path(args.data_dir)
    for table in args.tables:
        root = data_dir / table
        if not root.is_dir():
            continue
        results = compact_table(root, target_rows=args.target_rows)
        before = sum(r.files_before for r in results)
        after = sum(r.files_after for r in results)
        sys.stdout.write(
            f"{table}: {len(results)} partitions compacted, {before} files -> {after}\n"
        )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from snapcrawl.fixtures.server import main as serve_main

    return serve_main([str(args.root), "--port", str(args.port)])


# Subcommands that own their arguments: ``snapcrawl NAME ARGS...`` calls
# ``MODULE.main(ARGS)``; each module builds its own argparse parser.
DELEGATED: dict[str, tuple[str, str]] = {
    "extract": ("snapcrawl.extract.commandline", "extract saved pages or URLs as JSON lines"),
    "report": ("snapcrawl.dataset.report", "write an HTML report with charts of a dataset"),
    "record": ("crawler.record", "crawl a site and save its responses as fixtures"),
    "schedule": ("crawler.schedule", "run the jobs of a schedule file in the foreground"),
    "run": ("crawler.schedule_run", "run one job of a schedule file now"),
    "state": ("crawler.state", "check or rebuild the state store"),
}


def run_delegated(name: str, argv: list[str]) -> int:
    import importlib

    module_name, _ = DELEGATED[name]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        sys.stderr.write(f"snapcrawl {name} is not available in this version\n")
        return 2
    return int(module.main(argv) or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="snapcrawl", description="Crawl Chinese news snapshot sites into Parquet."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (_, summary) in DELEGATED.items():
        commands.add_parser(name, help=summary, add_help=False)

    def with_settings(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--data-dir", default="data", help="output and state (default: data)")
        add_settings_option(sub)

    demo = commands.add_parser("demo", help="serve the bundled demo site, crawl it, summarise")
    with_settings(demo)
    demo.set_defaults(func=cmd_demo)

    crawl = commands.add_parser("crawl", help="crawl a site from its start URL")
    crawl.add_argument("start_url")
    with_settings(crawl)
    crawl.set_defaults(func=cmd_crawl)

    compact = commands.add_parser("compact", help="merge small Parquet files, atomically")
    compact.add_argument("data_dir", help="the DATA_DIR of a crawl")
    compact.add_argument("--tables", nargs="+", default=list(TABLES), help="tables to compact")
    compact.add_argument("--target-rows", type=int, default=500_000, help="rows per output file")
    compact.set_defaults(func=cmd_compact)

    serve = commands.add_parser("serve", help="serve a fixture site on 127.0.0.1")
    serve.add_argument("root", type=Path)
    serve.add_argument("--port", type=int, default=0)
    serve.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in DELEGATED:
        return run_delegated(argv[0], argv[1:])
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())

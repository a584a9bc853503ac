"""A long crawl with every default on: pages/s and memory every N pages, to see them stay flat.

    python benchmarks/crawl/long.py --articles 100000 --every 10000

Generates the site (benchmarks/crawl/site.py: articles, list pages, a home
page), serves it on 127.0.0.1 from this process, and runs ``scrapy crawl
snapshot`` on it with the default settings (plus the crawl benchmark's
concurrency settings) in a child process. Once a second it reads the pages
served so far (the server's request count) and the resident memory of the
crawler and of each of its worker processes (/proc); a row is printed each
time another ``--every`` pages have been served: pages/s over that stretch,
the crawler's RSS, the workers' RSS (sum and largest). Writes the table to
stdout and benchmarks/crawl/long.md.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawl.run import COMMON, children, rss_mb  # noqa: E402
from benchmarks.crawl.site import build_site  # noqa: E402
from snapcrawl.fixtures.server import serve_site  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--workdir", type=Path, help="keep the site and data here")
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="snapcrawl-long-crawl-"))
    started_build = time.perf_counter()
    site = work / "site"
    if (site / "index.html").exists():
        total = sum(1 for _ in site.rglob("*.html"))
    else:
        total = build_site(site, args.articles, args.shared)
    build_seconds = time.perf_counter() - started_build
    load_start = os.getloadavg()[0]
    rows: list[str] = []
    try:
        with serve_site(site) as server:
            command = [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "snapshot",
                "-a",
                f"start_url={server.url}",
                "-s",
                f"DATA_DIR={work / 'data'}",
            ]
            for setting in COMMON:
                command += ["-s", setting]
            env = {
                **os.environ,
                "SCRAPY_SETTINGS_MODULE": "crawler.settings",
                "PYTHONPATH": str(ROOT),
            }
            log = (work / "crawl.log").open("w")
            child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
            began = last_time = time.perf_counter()
            last_pages, next_row = 0, args.every
            while child.poll() is None:
                time.sleep(1)
                pages = server.requests.total()
                if pages < next_row:
                    continue
                now = time.perf_counter()
                workers = [rss_mb(pid) for pid in children(child.pid)]
                rows.append(
                    f"| {pages:,} | {(pages - last_pages) / (now - last_time):.1f} "
                    f"| {rss_mb(child.pid):.0f} | {len(workers)} | {sum(workers):.0f} "
                    f"| {max(workers, default=0):.0f} | {os.getloadavg()[0]:.1f} |"
                )
                print(rows[-1], flush=True)
                last_pages, last_time = pages, now
                next_row = (pages // args.every + 1) * args.every
            elapsed = time.perf_counter() - began
            pages = server.requests.total()
        log.close()
        tail = (work / "crawl.log").read_text(errors="replace")[-4000:]
        written = (
            tail.split("'snapcrawl/parquet/rows': ")[1].split(",")[0]
            if ("'snapcrawl/parquet/rows': " in tail)
            else "?"
        )
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    command_line = "python benchmarks/crawl/long.py " + shlex.join(argv or sys.argv[1:])
    lines = [
        "# A long crawl with every default on (RSS over time)",
        "",
        f"Command: `{command_line.strip()}`",
        "",
        f"Site: {total:,} pages ({args.articles:,} articles), generated in "
        f"{build_seconds:.0f} s. Crawl: {pages:,} pages served in {elapsed:.0f} s "
        f"({pages / elapsed:.1f} pages/s overall), {written} articles written; exit code "
        f"{child.returncode}. Machine: {os.cpu_count()} CPUs shared with other sessions "
        f"(load average {load_start:.1f} at start; the last column is the load at each row).",
        "",
        "| pages served | pages/s since the last row | crawler RSS MB | worker processes "
        "| workers' RSS MB (sum) | largest worker MB | load |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        "Worker processes: the crawler's children (the pool's workers and "
        "multiprocessing's resource tracker).",
    ]
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    (HERE / "long.md").write_text(text, encoding="utf-8")
    return 0 if child.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

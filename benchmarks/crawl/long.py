"""A long crawl with every default on, beside a bare Scrapy spider: pages/s and RSS every N pages.

    python benchmarks/crawl/long.py --articles 97000 --every 2000 --workdir DIR

Generates the site (benchmarks/crawl/site.py: articles, list pages, a home
page) and serves it on 127.0.0.1 from this process. Then, one after the other,
``scrapy crawl snapshot`` with the default settings and the bare spider
(benchmarks/crawl/bare_spider.py, plain Scrapy, run as benchmarks/crawl/run.py
runs it), both with the crawl benchmark's concurrency settings, crawl it in a
child process. Once a second it reads the pages served so far (the server's
request count) and the resident memory of the crawler and of each of its worker
processes (/proc); a sample is kept each time another ``--every`` pages have
been served. The bare spider's memory is Scrapy's own (its scheduler queue of
discovered requests, its duplicate filter): what the snapshot crawler holds
beyond it is snapcrawl's.

Each spider's samples are saved in the work directory (``long-<spider>.json``),
so ``--spider bare`` and ``--spider snapshot`` run at different times on the
same ``--workdir`` still make one table. Writes the table to stdout and
benchmarks/crawl/long.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawl.run import BARE_AS_PROJECT, COMMON, children, rss_mb  # noqa: E402
from benchmarks.crawl.site import build_site  # noqa: E402
from snapcrawl.fixtures.server import serve_site  # noqa: E402

SPIDERS = ("snapshot", "bare")
WARM_UP = 20_000  # pages: growth is reported from here to the last sample


def crawl_command(
    spider: str, url: str, work: Path, settings: list[str]
) -> tuple[list[str], dict[str, str], Path]:
    """Command, environment and working directory of one spider's crawl."""
    scrapy = [sys.executable, "-m", "scrapy"]
    env = {key: value for key, value in os.environ.items() if key != "SCRAPY_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(ROOT)
    if spider == "bare":
        # outside the project (no scrapy.cfg up the tree): Scrapy's own defaults
        command = [*scrapy, "runspider", str(HERE / "bare_spider.py"), "-a", f"start_url={url}"]
        extra, cwd = BARE_AS_PROJECT, Path(tempfile.gettempdir())
    else:
        command = [*scrapy, "crawl", "snapshot", "-a", f"start_url={url}"]
        command += ["-s", f"DATA_DIR={work / 'data'}"]
        env["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
        extra, cwd = [], ROOT  # every default on
    for setting in [*extra, *COMMON, *settings]:
        command += ["-s", setting]
    return command, env, cwd


def crawl(spider: str, server: Any, work: Path, every: int, settings: list[str]) -> dict[str, Any]:
    """Run one spider over the served site, sampling every ``every`` pages."""
    if spider == "snapshot":  # no earlier run's store: a first crawl
        shutil.rmtree(work / "data", ignore_errors=True)
    command, env, cwd = crawl_command(spider, server.url, work, settings)
    log_path = work / f"crawl-{spider}.log"
    served_before = server.requests.total()
    samples: list[dict[str, float]] = []
    with log_path.open("w") as log:
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=log)
        began = last_time = time.perf_counter()
        last_pages, next_row = 0, every
        while child.poll() is None:
            time.sleep(1)
            pages = server.requests.total() - served_before
            if pages < next_row:
                continue
            now = time.perf_counter()
            workers = [rss_mb(pid) for pid in children(child.pid)]
            samples.append(
                {
                    "pages": pages,
                    "pages_per_s": (pages - last_pages) / (now - last_time),
                    "crawler_mb": rss_mb(child.pid),
                    "workers": len(workers),
                    "workers_mb": sum(workers),
                    "largest_worker_mb": max(workers, default=0.0),
                    "load": os.getloadavg()[0],
                }
            )
            print(spider, json.dumps(samples[-1]), flush=True)
            last_pages, last_time = pages, now
            next_row = (pages // every + 1) * every
        elapsed = time.perf_counter() - began
    tail = log_path.read_text(errors="replace")[-6000:]
    written = re.search(r"'snapcrawl/parquet/rows': (\d+)", tail)
    memusage = re.search(r"'memusage/max': (\d+)", tail)
    return {
        "command": shlex.join(command),
        "pages": server.requests.total() - served_before,
        "seconds": elapsed,
        "articles_written": int(written.group(1)) if written else None,
        "memusage_max_mb": int(memusage.group(1)) / 2**20 if memusage else None,
        "exit_code": child.returncode,
        "samples": samples,
    }


def growth_per_10k(samples: list[dict[str, float]], key: str) -> float | None:
    """MB per 10,000 pages from the first sample at or past WARM_UP pages to the last."""
    after = [s for s in samples if s["pages"] >= WARM_UP]
    if len(after) < 2 or after[-1]["pages"] == after[0]["pages"]:
        return None
    return (after[-1][key] - after[0][key]) / (after[-1]["pages"] - after[0]["pages"]) * 10_000


def report(runs: dict[str, dict[str, Any]], every: int, command_line: str, site: str) -> str:
    """The markdown of long.md: one line per spider, then the samples side by side."""
    lines = ["# A long crawl with every default on, beside a bare Scrapy spider (RSS over time)"]
    lines += ["", f"Command: `{command_line}`", "", site, ""]
    for spider, run in runs.items():
        mb = {k: growth_per_10k(run["samples"], k) for k in ("crawler_mb", "largest_worker_mb")}
        written = run["articles_written"]
        lines.append(
            f"- {spider}: {run['pages']:,} pages served in {run['seconds']:.0f} s "
            f"({run['pages'] / run['seconds']:.1f} pages/s overall)"
            + (f", {written:,} articles written" if written is not None else "")
            + f", exit code {run['exit_code']}; crawler RSS growth after {WARM_UP:,} pages: "
            + (
                f"{mb['crawler_mb']:+.1f} MB per 10,000 pages"
                if mb["crawler_mb"] is not None
                else "n/a"
            )
            + (
                f", largest worker {mb['largest_worker_mb']:+.1f}"
                if spider == "snapshot" and mb["largest_worker_mb"] is not None
                else ""
            )
            + (
                f"; Scrapy's memusage/max {run['memusage_max_mb']:.0f} MiB"
                if run["memusage_max_mb"]
                else ""
            )
        )
    by_row = {
        spider: {int(s["pages"] // every): s for s in run["samples"]}
        for spider, run in runs.items()
    }
    header, rule = ["pages served"], ["---"]
    for spider in runs:
        names = ["crawler RSS MB", "pages/s", "load"]
        if spider == "snapshot":
            names[1:1] = ["largest worker MB", "workers"]
        header += [f"{spider}: {name}" for name in names]
        rule += ["---"] * len(names)
    both = len(runs) == 2
    if both:
        header.append("crawler RSS MB, snapshot - bare")
        rule.append("---")
    lines += ["", "| " + " | ".join(header) + " |", "|" + "|".join(rule) + "|"]
    for row in sorted(set().union(*(rows.keys() for rows in by_row.values()))):
        cells = [
            " / ".join(f"{rows[row]['pages']:,.0f}" for rows in by_row.values() if row in rows)
        ]
        for spider in runs:
            s = by_row[spider].get(row)
            width = 5 if spider == "snapshot" else 3
            if s is None:
                cells += [""] * width
                continue
            cells.append(f"{s['crawler_mb']:.0f}")
            if spider == "snapshot":
                cells += [f"{s['largest_worker_mb']:.0f}", f"{s['workers']:.0f}"]
            cells += [f"{s['pages_per_s']:.1f}", f"{s['load']:.1f}"]
        if both:
            pair = [by_row[spider].get(row) for spider in SPIDERS]
            cells.append(
                f"{pair[0]['crawler_mb'] - pair[1]['crawler_mb']:.0f}" if all(pair) else ""
            )
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "Pages served: each spider's own count at its sample (snapshot's first, then bare's). "
        "Workers: the crawler's children (the pool's workers and multiprocessing's resource "
        "tracker). Load: the 1-minute load average at the sample (other sessions' work).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--spider", choices=[*SPIDERS, "both"], default="both")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--workdir", type=Path, help="keep the site, data and samples here")
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a Scrapy setting for the crawls (e.g. JOBDIR=DIR: the queue on disk)",
    )
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="snapcrawl-long-crawl-"))
    work.mkdir(parents=True, exist_ok=True)
    site = work / "site"
    started_build = time.perf_counter()
    if (site / "index.html").exists():
        total = sum(1 for _ in site.rglob("*.html"))
    else:
        total = build_site(site, args.articles, args.shared)
    build_seconds = time.perf_counter() - started_build
    spiders = SPIDERS if args.spider == "both" else (args.spider,)
    try:
        with serve_site(site) as server:
            for spider in spiders:
                result = crawl(spider, server, work, args.every, args.set)
                result["every"] = args.every
                (work / f"long-{spider}.json").write_text(json.dumps(result), "utf-8")
        runs = {}
        for spider in SPIDERS:  # this run's spiders and those an earlier run saved here
            saved = work / f"long-{spider}.json"
            if saved.exists() and json.loads(saved.read_text("utf-8"))["every"] == args.every:
                runs[spider] = json.loads(saved.read_text("utf-8"))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    command_line = "python benchmarks/crawl/long.py " + shlex.join(argv or sys.argv[1:])
    text = report(
        runs,
        args.every,
        command_line.strip(),
        f"Site: {total:,} pages ({args.articles:,} articles), generated in {build_seconds:.0f} s. "
        f"Machine: {os.cpu_count()} CPUs shared with other sessions.",
    )
    sys.stdout.write(text)
    (HERE / "long.md").write_text(text, encoding="utf-8")
    return 0 if all(runs[s]["exit_code"] == 0 for s in spiders) else 1


if __name__ == "__main__":
    raise SystemExit(main())

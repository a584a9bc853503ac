"""Crawl throughput: ``scrapy crawl snapshot`` against a bare link-following spider.

Both crawl the same generated local site (served on 127.0.0.1 from this
process, crawled by child processes) with the same Scrapy concurrency
settings, one after the other, several rounds, alternating; we report pages
per second (pages fetched / crawl wall time from Scrapy's own stats) and the
ratio. AutoThrottle is off for both: it measures the server, not the crawler.
The snapshot spider also runs with 1..N worker processes (``SNAPCRAWL_WORKERS``;
N = this machine's usable cores, or ``--max-workers``), to show what ``auto``
picks here and what more workers would give. Memory: the crawler's RSS and
the sum of its worker processes' RSS, sampled from /proc every 0.5 s (peaks).

    python benchmarks/crawl/run.py --articles 2000 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawl.site import build_site  # noqa: E402
from crawler.config import usable_cpus, worker_count  # noqa: E402
from snapcrawl.fixtures.server import serve_site  # noqa: E402

COMMON = [
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS=16",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "LOG_LEVEL=INFO",
    "TELNETCONSOLE_ENABLED=False",
]


def run(command: list[str]) -> dict[str, float]:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
        crawler_peak = workers_peak = 0.0
        while child.poll() is None:
            crawler_peak = max(crawler_peak, rss_mb(child.pid))
            workers_peak = max(workers_peak, sum(rss_mb(pid) for pid in children(child.pid)))
            time.sleep(0.5)
        err.seek(0)
        log = err.read()
    if child.returncode != 0:
        raise SystemExit(log[-3000:])
    pages = int(re.search(r"'response_received_count': (\d+)", log).group(1))
    elapsed = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", log).group(1))
    memory = re.search(r"'memusage/max': (\d+)", log)
    items = re.search(r"'snapcrawl/parquet/rows': (\d+)", log)
    return {
        "pages": pages,
        "seconds": elapsed,
        "pages_per_s": pages / elapsed,
        # Scrapy's memusage/max samples once a minute: a short crawl shows its start only
        "max_rss_mb": max(crawler_peak, int(memory.group(1)) / 2**20 if memory else 0.0),
        "workers_rss_mb": workers_peak,
        "articles": int(items.group(1)) if items else 0,
    }


def rss_mb(pid: int) -> float:
    try:
        statm = Path(f"/proc/{pid}/statm").read_text().split()
    except OSError:
        return 0.0
    return int(statm[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def children(pid: int) -> list[int]:
    """The crawler's child processes: its worker pool (and multiprocessing's tracker)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--max-workers", type=int, default=usable_cpus())
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="snapcrawl-crawl-bench-"))
    try:
        pages = build_site(work / "site", args.articles, args.shared)
        variants = {
            "bare": None,
            "snapshot": [],
            "snapshot, keywords off": ["SNAPCRAWL_KEYWORDS_ENABLED=False"],
        }
        for workers in range(1, args.max_workers + 1):
            variants[f"snapshot, {workers} worker(s)"] = [f"SNAPCRAWL_WORKERS={workers}"]
        results: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
        with serve_site(work / "site") as server:
            for round_ in range(args.rounds):
                for index, (name, extra) in enumerate(variants.items()):
                    if extra is None:
                        command = [
                            sys.executable,
                            "-m",
                            "scrapy",
                            "runspider",
                            str(HERE / "bare_spider.py"),
                            "-a",
                            f"start_url={server.url}",
                        ]
                    else:
                        data = work / f"data{round_}-{index}"
                        command = [
                            sys.executable,
                            "-m",
                            "scrapy",
                            "crawl",
                            "snapshot",
                            "-a",
                            f"start_url={server.url}",
                            "-s",
                            f"DATA_DIR={data}",
                        ]
                        for setting in extra:
                            command += ["-s", setting]
                    for setting in COMMON:
                        command += ["-s", setting]
                    results[name].append(run(command))
        median = {
            name: statistics.median(r["pages_per_s"] for r in runs)
            for name, runs in results.items()
        }
        print(
            f"site: {pages} pages ({args.articles} articles), {args.rounds} rounds, medians; "
            f"{usable_cpus()} usable cores, SNAPCRAWL_WORKERS=auto = {worker_count('auto')} "
            f"here; load average {os.getloadavg()[0]:.1f} at the end"
        )
        print(
            "| spider | pages | articles written | pages/s | ratio to bare "
            "| max RSS of the crawler (MB) | max RSS of its workers, summed (MB) |"
        )
        print("|---|---|---|---|---|---|---|")
        for name, runs in results.items():
            last = runs[-1]
            print(
                f"| {name} | {last['pages']} | {last['articles']} | {median[name]:.1f} | "
                f"{median[name] / median['bare']:.2f} | {last['max_rss_mb']:.0f} "
                f"| {last['workers_rss_mb']:.0f} |"
            )
        print(json.dumps(results))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

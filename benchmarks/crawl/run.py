"""Crawl throughput: ``scrapy crawl snapshot`` against a bare link-following spider.

Both crawl the same generated local site (served on 127.0.0.1 from this
process, crawled by child processes) with the same Scrapy concurrency
settings, one after the other, several rounds, alternating; we report pages
per second (pages fetched / crawl wall time from Scrapy's own stats) and the
ratio. AutoThrottle is off for both: it measures the server, not the crawler.

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
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawl.site import build_site  # noqa: E402
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
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stderr[-3000:])
    log = result.stderr
    pages = int(re.search(r"'response_received_count': (\d+)", log).group(1))
    elapsed = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", log).group(1))
    memory = re.search(r"'memusage/max': (\d+)", log)
    items = re.search(r"'snapcrawl/parquet/rows': (\d+)", log)
    return {
        "pages": pages,
        "seconds": elapsed,
        "pages_per_s": pages / elapsed,
        "max_rss_mb": int(memory.group(1)) / 2**20 if memory else float("nan"),
        "articles": int(items.group(1)) if items else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="snapcrawl-crawl-bench-"))
    try:
        pages = build_site(work / "site", args.articles, args.shared)
        variants = {
            "bare": None,
            "snapshot": [],
            "snapshot, keywords off": ["SNAPCRAWL_KEYWORDS_ENABLED=False"],
        }
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
        print(f"site: {pages} pages ({args.articles} articles), {args.rounds} rounds, medians")
        print(
            "| spider | pages | articles written | pages/s | ratio to bare | max RSS of the crawler (MB) |"
        )
        print("|---|---|---|---|---|---|")
        for name, runs in results.items():
            last = runs[-1]
            print(
                f"| {name} | {last['pages']} | {last['articles']} | {median[name]:.1f} | "
                f"{median[name] / median['bare']:.2f} | {last['max_rss_mb']:.0f} |"
            )
        print(json.dumps(results))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Crawl throughput: ``scrapy crawl snapshot`` against a bare link-following spider.

Both crawl the same generated local site (served on 127.0.0.1 from this
process, crawled by child processes) with the same Scrapy concurrency
settings, one after the other, several rounds, alternating; we report pages
per second (pages fetched / crawl wall time from Scrapy's own stats) and the
ratio. AutoThrottle is off for both: it measures the server, not the crawler.
The bare spider is plain Scrapy: run outside the project (none of snapcrawl's
middlewares, extensions or fingerprinter), with the project's own
``CONCURRENT_ITEMS`` so that a Scrapy setting does not decide the ratio.
The snapshot spider also runs with 1..N worker processes (``SNAPCRAWL_WORKERS``;
N = this machine's usable cores, or ``--max-workers``), to show what ``auto``
picks here and what more workers would give; ``--baseline DIR`` adds the
snapshot spider of another checkout (e.g. main's code in a git worktree) to the
same alternation. Memory: the crawler's RSS and the sum of its worker
processes' RSS, sampled from /proc every 0.5 s (peaks). CPU: seconds of CPU the
crawler process and its workers used (start-up included), from /proc, which
the other work on a shared machine disturbs less than the wall time; and the
crawler's CPU after the spider opened, the part that shares the measured crawl
time (its start-up before then, imports and components, does not).

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
from crawler import settings as project_settings  # noqa: E402
from crawler.worker_count import usable_cpus, worker_count  # noqa: E402
from snapcrawl.fixtures.server import serve_site  # noqa: E402

COMMON = [
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS=16",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "LOG_LEVEL=INFO",
    "TELNETCONSOLE_ENABLED=False",
]
# the project's Scrapy settings that change Scrapy's own per-page cost, given to bare too
BARE_AS_PROJECT = [f"CONCURRENT_ITEMS={project_settings.CONCURRENT_ITEMS}"]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SPIDER_OPENED = b"] INFO: Spider opened"


def run(command: list[str], project: Path | None) -> dict[str, float]:
    """Run one crawl; ``project`` is the checkout whose settings apply, None: plain Scrapy."""
    env = {key: value for key, value in os.environ.items() if key != "SCRAPY_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(project or ROOT)
    if project is not None:
        env["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
    # outside a project (no scrapy.cfg up the tree), `scrapy runspider` has Scrapy's defaults
    cwd = project or Path(tempfile.gettempdir())
    with tempfile.NamedTemporaryFile("w+") as err:
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        crawler_peak = workers_peak = crawler_cpu = 0.0
        opened_cpu: float | None = None  # the crawler's CPU when the spider opened
        workers_cpu: dict[int, float] = {}
        while child.poll() is None:
            crawler_peak = max(crawler_peak, rss_mb(child.pid))
            workers = children(child.pid)
            workers_peak = max(workers_peak, sum(rss_mb(pid) for pid in workers))
            crawler_cpu = cpu_seconds(child.pid) or crawler_cpu
            for pid in workers:
                workers_cpu[pid] = cpu_seconds(pid) or workers_cpu.get(pid, 0.0)
            if opened_cpu is None and SPIDER_OPENED in Path(err.name).read_bytes():
                opened_cpu = crawler_cpu
            # finer samples until the spider opens: its start-up CPU is read within 0.1 s
            time.sleep(0.5 if opened_cpu is not None else 0.1)
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
        # last samples, up to 0.5 s before each process ended: a slight undercount
        "crawler_cpu_s": crawler_cpu,
        # from the spider's opening on: what pages/s depends on (elapsed_time_seconds starts
        # there), without the start-up (imports, settings, components) before it
        "crawl_cpu_s": crawler_cpu - (opened_cpu or 0.0),
        "workers_cpu_s": sum(workers_cpu.values()),
        # why a page was not fetched or followed, when some were not (noted under the table)
        "not_fetched": dict(re.findall(r"'(snapcrawl/(?:trap|spider/skipped)/[^']+)': (\d+)", log)),
    }


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process so far (/proc/PID/stat), None if gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


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
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another checkout of this project (e.g. a git worktree of main): its snapshot "
        "spider with its own defaults joins the alternation",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="snapcrawl-crawl-bench-"))
    try:
        pages = build_site(work / "site", args.articles, args.shared)
        # name -> (checkout, extra settings); checkout None: the bare spider
        variants: dict[str, tuple[Path | None, list[str]]] = {
            "bare": (None, BARE_AS_PROJECT),
            "snapshot": (ROOT, []),
        }
        if args.baseline:
            variants[f"snapshot, {args.baseline.name}'s code"] = (args.baseline.resolve(), [])
        variants["snapshot, keywords off"] = (ROOT, ["SNAPCRAWL_KEYWORDS_ENABLED=False"])
        for workers in range(1, args.max_workers + 1):
            variants[f"snapshot, {workers} worker(s)"] = (ROOT, [f"SNAPCRAWL_WORKERS={workers}"])
        results: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
        with serve_site(work / "site") as server:
            for round_ in range(args.rounds):
                for index, (name, (checkout, extra)) in enumerate(variants.items()):
                    if checkout is None:
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
                    for setting in [*extra, *COMMON]:
                        command += ["-s", setting]
                    results[name].append(run(command, checkout))
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
            "| crawler CPU ms/page | of it after the spider opened | workers' CPU ms/page "
            "| max RSS of the crawler (MB) | max RSS of its workers, summed (MB) |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for name, runs in results.items():
            last = runs[-1]
            crawler_ms = statistics.median(r["crawler_cpu_s"] / r["pages"] for r in runs) * 1000
            crawl_ms = statistics.median(r["crawl_cpu_s"] / r["pages"] for r in runs) * 1000
            workers_ms = statistics.median(r["workers_cpu_s"] / r["pages"] for r in runs) * 1000
            print(
                f"| {name} | {last['pages']} | {last['articles']} | {median[name]:.1f} | "
                f"{median[name] / median['bare']:.2f} | {crawler_ms:.1f} | {crawl_ms:.1f} | {workers_ms:.1f} "
                f"| {last['max_rss_mb']:.0f} | {last['workers_rss_mb']:.0f} |"
            )
        for name, runs in results.items():
            print(f"{name}: " + ", ".join(f"{r['pages_per_s']:.1f}" for r in runs))
            if name != "bare":  # against bare's round just before: the same machine load
                ratios = [
                    r["pages_per_s"] / b["pages_per_s"]
                    for r, b in zip(runs, results["bare"], strict=True)
                ]
                print("  ratio to bare, round by round: " + ", ".join(f"{x:.2f}" for x in ratios))
            for round_, r in enumerate(runs):
                if r["not_fetched"]:
                    print(f"  round {round_ + 1}: {r['pages']} pages; {r['not_fetched']}")
        print(json.dumps(results))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

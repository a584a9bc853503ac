"""Keyword extraction cost: jieba's load time and milliseconds per article.

    python benchmarks/keywords/run.py [--corpus ../shared/corpus] [--rounds 5] [--no-pos]

Articles: the gold bodies of zh_cleaneval_immortal (69, no titles) and
synthetic_snapshot_zh (60, with titles): real Chinese news and blog text.
Each article is timed ``--rounds`` times with ``time.perf_counter``; an
article's time is its median over rounds; the table gives the mean and p95
over articles. Load time is measured in fresh child processes, with jieba's
prefix-dict cache present (the usual case) and absent (a fresh machine).
Writes the markdown to stdout and to benchmarks/keywords/results.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from snapcrawl.dataset.keywords import KeywordExtractor, load_model  # noqa: E402

NOUNS = ("n", "nr", "ns", "nt", "nz", "vn", "eng")
LOAD_SNIPPET = (
    "import os, resource, time; t = time.perf_counter()\n"
    "rss = lambda: int(open('/proc/self/statm').read().split()[1]) * os.sysconf('SC_PAGE_SIZE')\n"
    "before = rss()\n"
    "from snapcrawl.dataset.keywords import load_model; load_model()\n"
    "seconds = time.perf_counter() - t\n"
    "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
    "print(seconds, (rss() - before) / 2**20, (peak - before) / 2**20)\n"
)


def load_articles(corpus: Path) -> list[tuple[str, str]]:
    """(title, body) pairs from the corpus's gold files."""
    cleaneval = json.loads(
        (corpus / "zh_cleaneval_immortal/gold/cleaned_ground.json").read_text("utf-8")
    )
    synthetic = json.loads((corpus / "synthetic_snapshot_zh/gold.json").read_text("utf-8"))
    articles = [("", record["articleBody"]) for record in cleaneval.values()]
    articles += [(record["title"], record["body"]) for record in synthetic.values()]
    return [(title, body) for title, body in articles if body.strip()]


def measure_load(with_cache: bool) -> tuple[float, float, float]:
    """Seconds, resident MB and peak MB added by loading jieba + IDF + stopwords.

    Measured in a fresh process, imports included.
    """
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryDirectory() as empty:
        if not with_cache:
            env["TMPDIR"] = empty  # jieba keeps its cache in tempfile.gettempdir()
        out = subprocess.run(
            [sys.executable, "-c", LOAD_SNIPPET],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
    seconds, resident, peak = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), float(resident), float(peak)


def time_articles(
    extractor: KeywordExtractor, articles: list[tuple[str, str]], rounds: int
) -> list[float]:
    """Per-article median milliseconds over ``rounds``."""
    samples: list[list[float]] = [[] for _ in articles]
    for _ in range(rounds):
        for index, (title, body) in enumerate(articles):
            started = time.perf_counter()
            extractor.extract(title, body)
            samples[index].append((time.perf_counter() - started) * 1000)
    return [statistics.median(times) for times in samples]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-pos", action="store_true", help="skip the POS-filtered variant")
    args = parser.parse_args(argv)

    load_before = os.getloadavg()[0]
    articles = load_articles(args.corpus)
    chars = [len(title) + len(body) for title, body in articles]
    warm = [measure_load(with_cache=True) for _ in range(3)]
    warm_load = statistics.median(seconds for seconds, _, _ in warm)
    cold_load, resident, peak = measure_load(with_cache=False)
    load_model()

    variants = [("default (top_k=10, any POS)", KeywordExtractor(), args.rounds)]
    if not args.no_pos:
        variants.append((f"allow_pos={','.join(NOUNS)}", KeywordExtractor(allow_pos=NOUNS), 1))
    rows = []
    for name, extractor, rounds in variants:
        times = time_articles(extractor, articles, rounds)
        per_kchar = sum(times) / (sum(chars) / 1000)
        rows.append(
            f"| {name} | {rounds} | {statistics.mean(times):.2f} | {statistics.median(times):.2f} "
            f"| {p95(times):.2f} | {max(times):.1f} | {per_kchar:.2f} |"
        )

    command = "python benchmarks/keywords/run.py " + " ".join(argv or sys.argv[1:])
    lines = [
        "# Keyword extraction cost (KeywordsPipeline)",
        "",
        f"Command: `{command.strip()}`",
        "",
        f"Machine: {os.cpu_count()} CPUs (load average {load_before:.1f} at start, "
        f"{os.getloadavg()[0]:.1f} at end: other work shares them), "
        f"Python {platform.python_version()}, one process. "
        f"Articles: {len(articles)} (zh_cleaneval_immortal 69 + synthetic_snapshot_zh 60 gold "
        f"bodies), {statistics.mean(chars):,.0f} characters on average "
        f"(median {statistics.median(chars):,.0f}, max {max(chars):,}).",
        "",
        "| jieba load (fresh process, import included) | seconds |",
        "|---|---|",
        f"| prefix-dict cache present (usual; median of 3) | {warm_load:.2f} |",
        f"| no cache (first run on a machine) | {cold_load:.2f} |",
        "",
        f"Memory added by the load: {resident:.0f} MB resident afterwards, {peak:.0f} MB at peak "
        "(about half of it is jieba.analyse's own import-time tables).",
        "",
        "| extractor | rounds | mean ms/article | median | p95 | max | ms per 1,000 chars |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        "An article's time is its median over rounds; mean, median, p95 and max are over "
        "articles. The load is paid once per process: in each worker process on its first "
        "article, or when the spider opens with SNAPCRAWL_WORKERS=0.",
    ]
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    (HERE / "results.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Keyword extraction: segmenters side by side, speed, memory and agreement with jieba.

    python benchmarks/keywords/run.py [--corpus ../shared/corpus] [--rounds 5]

Candidates (each scores TF-IDF over title and body with jieba's IDF table, our
stopwords and ``is_keyword``; only the segmenter differs):

- ``jieba TF-IDF`` (the reference: the column before issue 17):
  ``jieba.analyse.TFIDF.extract_tags`` over jieba's Python segmenter, HMM on;
- ``jieba cut, HMM off``: jieba's Python segmenter without its HMM;
- ``jieba_fast``: jieba's algorithm with its hot loops in C (if installed);
- ``rjieba``: jieba-rs (Rust) with jieba's dictionary, HMM on: the shipped one
  (``snapcrawl.dataset.keywords.KeywordExtractor``);
- ``rjieba, HMM off``.

Articles: the gold bodies of zh_cleaneval_immortal (69, no titles) and
synthetic_snapshot_zh (60, with titles). Speed: all candidates in this one
process, rounds alternating between them; an article's time is the CPU time
of this thread (``time.thread_time``: the machine is shared, and wall time
counts the other sessions' work too), its median over rounds.
Overlap: per article |top-10 ∩ reference top-10| / max(sizes), averaged.
RSS: a fresh child process per candidate loads it and scores every article;
"added" is its resident memory then minus before the imports.
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
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.corpus_dir import require_corpus  # noqa: E402
from snapcrawl.dataset import keywords as kw  # noqa: E402

REFERENCE = "jieba TF-IDF (before)"
Extract = Callable[[str, str], list[str]]


def load_articles(corpus: Path) -> list[tuple[str, str]]:
    """(title, body) pairs from the corpus's gold files."""
    cleaneval = json.loads(
        (corpus / "zh_cleaneval_immortal/gold/cleaned_ground.json").read_text("utf-8")
    )
    synthetic = json.loads((corpus / "synthetic_snapshot_zh/gold.json").read_text("utf-8"))
    articles = [("", record["articleBody"]) for record in cleaneval.values()]
    articles += [(record["title"], record["body"]) for record in synthetic.values()]
    return [(title, body) for title, body in articles if body.strip()]


def _scored(cut: Callable[[str], list[str]]) -> Extract:
    model = kw.load_model()

    def extract(title: str, body: str) -> list[str]:
        text = kw._article_text(title, body, 1)
        return kw.top_keywords(cut(text), model, 10, 2) if text else []

    return extract


def build(name: str) -> Extract:
    """One candidate, loaded (its load cost is not in the per-article times)."""
    if name == REFERENCE:
        import jieba
        import jieba.analyse

        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        tfidf = jieba.analyse.TFIDF()
        tfidf.tokenizer = tokenizer
        stopwords = kw.load_stopwords()
        tfidf.stop_words = set(stopwords)

        def extract(title: str, body: str) -> list[str]:
            text = kw._article_text(title, body, 1)
            if not text:
                return []
            ranked = tfidf.extract_tags(text, topK=None)
            return [word for word in ranked if kw.is_keyword(word, stopwords)][:10]

        return extract
    if name == "jieba cut, HMM off":
        import jieba

        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        return _scored(lambda text: list(tokenizer.cut(text, HMM=False)))
    if name == "jieba_fast":
        import jieba_fast

        fast = jieba_fast.Tokenizer()
        fast.initialize()
        return _scored(lambda text: list(fast.cut(text)))
    if name == "rjieba (shipped)":
        kw.load_model()
        return kw.KeywordExtractor().extract
    if name == "rjieba, HMM off":
        import rjieba

        return _scored(lambda text: rjieba.cut(text, False))
    raise ValueError(name)


def candidates() -> list[str]:
    names = [REFERENCE, "jieba cut, HMM off", "jieba_fast", "rjieba (shipped)", "rjieba, HMM off"]
    try:
        import jieba_fast  # noqa: F401
    except ImportError:
        names.remove("jieba_fast")
    return names


def rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(name: str, corpus: Path) -> int:
    """Load one candidate in this fresh process and score everything: print seconds, MB."""
    articles = load_articles(corpus)
    before = rss_mb()
    started = time.perf_counter()
    extract = build(name)
    load_seconds = time.perf_counter() - started
    for title, body in articles:
        extract(title, body)
    print(json.dumps({"load": load_seconds, "rss": rss_mb(), "added": rss_mb() - before}))
    return 0


def measure_child(name: str, corpus: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", name, "--corpus", str(corpus)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def overlap(ours: list[str], reference: list[str]) -> float:
    if not ours and not reference:
        return 1.0
    return len(set(ours) & set(reference)) / max(len(ours), len(reference))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    require_corpus(parser, args.corpus)
    if args.child:
        return child(args.child, args.corpus)

    load_before = os.getloadavg()[0]
    articles = load_articles(args.corpus)
    chars = [len(title) + len(body) for title, body in articles]
    names = candidates()
    memory = {name: measure_child(name, args.corpus) for name in names}
    extractors = {name: build(name) for name in names}
    outputs = {name: [extract(t, b) for t, b in articles] for name, extract in extractors.items()}
    samples: dict[str, list[list[float]]] = {name: [[] for _ in articles] for name in names}
    for _ in range(args.rounds):  # alternate: each round runs every candidate
        for name, extract in extractors.items():
            for index, (title, body) in enumerate(articles):
                started = time.thread_time()
                extract(title, body)
                samples[name][index].append((time.thread_time() - started) * 1000)

    reference_mean = statistics.mean(statistics.median(s) for s in samples[REFERENCE])
    rows = []
    for name in names:
        times = [statistics.median(s) for s in samples[name]]
        agreement = [overlap(o, r) for o, r in zip(outputs[name], outputs[REFERENCE], strict=True)]
        same = sum(set(o) == set(r) for o, r in zip(outputs[name], outputs[REFERENCE], strict=True))
        mem = memory[name]
        rows.append(
            f"| {name} | {statistics.mean(times):.2f} | {statistics.median(times):.2f} "
            f"| {p95(times):.2f} | {reference_mean / statistics.mean(times):.1f}x "
            f"| {statistics.mean(agreement):.3f} | {same}/{len(articles)} "
            f"| {mem['load']:.2f} | {mem['added']:.0f} | {mem['rss']:.0f} |"
        )

    command = "python benchmarks/keywords/run.py " + " ".join(argv or sys.argv[1:])
    lines = [
        "# Keyword extraction: segmenters side by side (KeywordsPipeline)",
        "",
        f"Command: `{command.strip()}`",
        "",
        f"Machine: {os.cpu_count()} CPUs (load average {load_before:.1f} at start, "
        f"{os.getloadavg()[0]:.1f} at end: other sessions share them; compare ratios), "
        f"Python {platform.python_version()}. Articles: {len(articles)} "
        f"(zh_cleaneval_immortal 69 + synthetic_snapshot_zh 60 gold bodies), "
        f"{statistics.mean(chars):,.0f} characters on average "
        f"(median {statistics.median(chars):,.0f}, max {max(chars):,}). "
        f"{args.rounds} rounds, alternating between candidates.",
        "",
        "| segmenter (TF-IDF, jieba IDF, our stopwords) | mean CPU ms/article | median | p95 "
        "| speed-up | mean top-10 overlap | same top-10 set | load s | RSS added MB "
        "| process RSS MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"Overlap and speed-up are against `{REFERENCE}`, the column's definition until "
        "issue 17. Load and RSS: a fresh process loading the candidate and scoring every "
        "article (imports included; rjieba's dictionary is built at import).",
    ]
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    (HERE / "results.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure near-duplicate detection: snapcrawl vs datasketch vs rensa vs SimHash.

    python benchmarks/dedup/run.py                 # quality + speed on the labelled set
    python benchmarks/dedup/run.py --design        # + shingling and signature choices
    python benchmarks/dedup/run.py --scale 1000000 # + 1M documents: SQLite file and rensa

Writes a markdown report to stdout and to benchmarks/dedup/results.md. Not part of pytest.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import platform
import resource
import shlex
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from corpus import DedupSet, Doc, build_set, sentences, synthetic_stream  # noqa: E402
from methods import (  # noqa: E402
    Datasketch,
    Ours,
    Rensa,
    SimHash,
    shingle_set,
    sqlite_state_bytes,
)

from benchmarks.corpus_dir import require_corpus  # noqa: E402
from snapcrawl.dedup import DedupConfig, DedupIndex, open_store  # noqa: E402


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def true_jaccards(data: DedupSet, size: int) -> dict[str, float]:
    """Per copy: the Jaccard of its shingle set with its base's."""
    bases = {doc.story: doc for doc in data.docs if doc.role == "base"}
    return {
        doc.url: jaccard(shingle_set(doc.body, size), shingle_set(bases[doc.origin].body, size))
        for doc in data.docs
        if doc.role == "copy"
    }


def evaluate(method: object, data: DedupSet, truth: dict[str, float], threshold: float) -> dict:
    story = {doc.url: doc.story for doc in data.docs}
    check: Callable[[str, str], str | None] = method.check  # type: ignore[attr-defined]
    gc.collect()
    start = time.perf_counter()
    verdicts = [check(doc.url, doc.body) for doc in data.docs]
    elapsed = time.perf_counter() - start
    right = wrong = negs = 0
    caught: set[str] = set()
    for doc, dup_of in zip(data.docs, verdicts, strict=True):
        if dup_of is None:
            continue
        if story[dup_of] == doc.story:
            right += 1
            caught.add(doc.url)
        else:
            wrong += 1
            negs += doc.role == "neg"
    above = [url for url, j in truth.items() if j >= threshold]
    below = [url for url, j in truth.items() if j < threshold]
    state = method.state_bytes()  # type: ignore[attr-defined]
    return {
        "method": method.name,  # type: ignore[attr-defined]
        "precision": right / (right + wrong) if right + wrong else 1.0,
        "recall": sum(u in caught for u in above) / len(above),
        "below": sum(u in caught for u in below) / len(below) if below else 0.0,
        "wrong": wrong,
        "negs": negs,
        "dps": len(data.docs) / elapsed,
        "bytes": state / len(data.docs) if state else None,
    }


def quality_table(rows: list[dict], threshold: float) -> list[str]:
    out = [
        f"| method | precision | recall (J >= {threshold}) | caught with J < {threshold} "
        "| wrong merges | hard negatives merged | docs/s | state bytes/doc |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        size = f"{r['bytes']:.0f}" if r["bytes"] else "n/a"
        out.append(
            f"| {r['method']} | {r['precision']:.4f} | {r['recall']:.4f} | {r['below']:.3f} "
            f"| {r['wrong']} | {r['negs']} | {r['dps']:,.0f} | {size} |"
        )
    return out


def describe(data: DedupSet, truth: dict[str, float], threshold: float, size: int) -> list[str]:
    roles = {role: sum(d.role == role for d in data.docs) for role in ("base", "copy", "neg")}
    js = sorted(truth.values())
    negs: dict[int, list[Doc]] = {}
    for doc in data.docs:
        if doc.role == "neg":
            negs.setdefault(int(doc.url.rsplit("/", 1)[1].split(".")[0]), []).append(doc)
    neg_j = sorted(
        jaccard(shingle_set(a.body, size), shingle_set(b.body, size)) for a, b in negs.values()
    )
    chars = sum(len(d.body) for d in data.docs) / len(data.docs)
    return [
        f"Set: {len(data.docs):,} documents from {data.pool_size:,} distinct sentences of "
        f"../shared/corpus (mean {chars:.0f} characters): {roles['base']:,} articles, "
        f"{roles['copy']:,} edited copies ({sum(j >= threshold for j in js):,} with true "
        f"Jaccard >= {threshold}; median {js[len(js) // 2]:.3f}, min {js[0]:.3f}), "
        f"{roles['neg'] // 2:,} hard-negative pairs sharing 1/3-1/2 of their sentences "
        f"(Jaccard median {neg_j[len(neg_j) // 2]:.3f}, max {neg_j[-1]:.3f}). "
        f"{size}-character shingles of normalize_body, threshold {threshold}.",
    ]


def run_quality(args: argparse.Namespace, pool: list[str], lines: list[str]) -> None:
    config = DedupConfig()
    data = build_set(pool, articles=args.articles, copies=args.copies, negatives=args.negatives)
    truth = true_jaccards(data, config.shingle)
    lines += ["## Quality and speed (one thread, one run)", ""]
    lines += [*describe(data, truth, config.threshold, config.shingle), ""]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        makers: list[Callable[[], object]] = [
            lambda: Ours(":memory:", config),
            lambda: Ours(str(Path(tmp) / "state" / "dedup.sqlite"), config),
            lambda: Rensa(config, verify=False),
            lambda: Rensa(config, verify=True),
            lambda: SimHash(config),
        ]
        if not args.no_datasketch:
            makers.append(lambda: Datasketch(config))
        for make in makers:
            method = make()
            rows.append(evaluate(method, data, truth, config.threshold))
            print(f"  {rows[-1]['method']}: {rows[-1]['dps']:,.0f} docs/s", file=sys.stderr)
            del method
    lines += [*quality_table(rows, config.threshold), ""]
    lines += [*bins(data, truth, config), ""]


def bins(data: DedupSet, truth: dict[str, float], config: DedupConfig) -> list[str]:
    """snapcrawl's recall by true-Jaccard bin, default config and 256 slots."""
    out = [
        "Recall of snapcrawl by true Jaccard of the copy (SQLite :memory:):",
        "",
        "| true Jaccard | copies | 128 slots (default) | 256 slots |",
        "|---|---|---|---|",
    ]
    edges = [0.0, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01]
    caught = {}
    for slots in (128, 256):
        index = DedupIndex(open_store(":memory:"), DedupConfig(num_perm=slots))
        caught[slots] = {
            doc.url
            for doc in data.docs
            if index.check_and_add(doc.url, doc.body) and doc.role == "copy"
        }
    for lo, hi in itertools.pairwise(edges):
        urls = [u for u, j in truth.items() if lo <= j < hi]
        if urls:
            cells = [f"{sum(u in caught[s] for u in urls) / len(urls):.3f}" for s in (128, 256)]
            out.append(f"| {lo:.2f}-{min(hi, 1):.2f} | {len(urls)} | {' | '.join(cells)} |")
    return out


def run_scale(count: int, pool: list[str], lines: list[str]) -> None:
    """The SQLite file store, then rensa, on the same documents, each in a fresh process
    (spawn), so each peak RSS is that method's own."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    rows = []
    for method in ("sqlite", "rensa"):
        with ctx.Pool(1) as pool_:
            rows.append(pool_.apply(_scale, (method, count, pool)))
    lines += [
        f"## Scale: {count:,} documents, SQLite file store and rensa side by side",
        "",
        "Each in a fresh process, one after the other, on the same stream; docs/s count the",
        "time in the method's calls (shingling included, generating the text not); docs per",
        "CPU second divide by the process's CPU time instead (other processes' load on the",
        "machine slows the wall clock far more than it does CPU time).",
        "",
        "| method | documents | docs/s (overall) | docs per CPU second | docs/s in the first tenth "
        "| docs/s in the last tenth | peak RSS | state on disk | bytes/doc | kept | duplicates |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
    ]


def _scale(method: str, count: int, pool: list[str]) -> str:
    """One method over ``count`` documents of the synthetic stream: its table row."""
    from methods import Rensa

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state" / "dedup.sqlite"
        if method == "sqlite":
            name = "snapcrawl (SQLite file)"
            index = DedupIndex(open_store(str(path)), DedupConfig())

            def check(url: str, body: str) -> bool:
                return index.check_and_add(url, body) is None

        else:
            rensa = Rensa(DedupConfig(), verify=False)
            name = rensa.name

            def check(url: str, body: str) -> bool:
                return rensa.check(url, body) is None

        spent = tenth_spent = 0.0
        cpu = time.process_time()  # minus generating the text, below
        marks, batch = [], []
        kept = 0
        stream = synthetic_stream(pool, count)
        for i in range(1, count + 1):
            made = time.process_time()
            url, body = next(stream)
            cpu += time.process_time() - made
            start = time.perf_counter()
            if check(url, body):
                kept += 1
                batch.append(url)
            if len(batch) >= 5000 and method == "sqlite":  # one commit per Parquet file
                index.commit(batch)
                batch = []
            tenth_spent += time.perf_counter() - start
            if i % (count // 10) == 0:
                marks.append((count // 10) / tenth_spent)
                spent += tenth_spent
                tenth_spent = 0.0
                print(f"  {name}: {i:,} docs, {marks[-1]:,.0f} docs/s", file=sys.stderr)
        if method == "sqlite":
            start = time.perf_counter()
            index.commit(batch)
            spent += time.perf_counter() - start
            size = sqlite_state_bytes(index)
            near, exact = index.stats.get("near", 0), index.stats.get("exact", 0)
            index.close()
            state = f"{size / 2**20:,.0f} MiB | {size / count:,.0f}"
            dups = f"{near + exact:,} ({near:,} near, {exact:,} exact)"
        else:
            state, dups = "n/a (memory) | n/a", f"{count - kept:,}"
        cpu = time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return (
        f"| {name} | {count:,} | {count / spent:,.0f} | {count / cpu:,.0f} "
        f"| {marks[0]:,.0f} | {marks[-1]:,.0f} "
        f"| {rss / 2**20:,.0f} MiB | {state} | {kept:,} | {dups} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2] / "shared" / "corpus")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--copies", type=int, default=3_000)
    parser.add_argument("--negatives", type=int, default=1_000, help="hard-negative pairs")
    parser.add_argument("--no-datasketch", action="store_true", help="skip the slowest method")
    parser.add_argument("--design", action="store_true", help="also compare shingling choices")
    parser.add_argument("--scale", type=int, default=0, help="also index this many documents")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    args = parser.parse_args()
    require_corpus(parser, args.corpus)
    pool = sentences(args.corpus)
    command = "python benchmarks/dedup/run.py " + shlex.join(sys.argv[1:])
    lines = [
        "# Dedup benchmark",
        "",
        f"Command: `{command.strip()}`",
        "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}, one thread.",
        "",
    ]
    if not args.skip_quality:
        run_quality(args, pool, lines)
    if args.design:
        from design import run_design

        run_design(pool, lines)
    if args.scale:
        run_scale(args.scale, pool, lines)
    report = "\n".join(lines) + "\n"
    sys.stdout.write(report)
    args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()

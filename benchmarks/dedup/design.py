"""Which shingles: character n-grams or jieba words? Exact Jaccard, no sketches.

A good shingling puts edited copies far above the threshold and hard negatives
(shared background) far below it, and is fast enough to run per article.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from corpus import build_set

from snapcrawl.dedup import normalize_body


def _chars(size: int) -> Callable[[str], set[str]]:
    def shingles(body: str) -> set[str]:
        text = normalize_body(body)
        return {text[i : i + size] for i in range(max(len(text) - size + 1, 1))}

    return shingles


def _words(size: int) -> Callable[[str], set[tuple[str, ...]]]:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()

    def shingles(body: str) -> set[tuple[str, ...]]:
        words = [w for w in jieba.lcut(normalize_body(body), HMM=False) if w]
        return {tuple(words[i : i + size]) for i in range(max(len(words) - size + 1, 1))}

    return shingles


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def run_design(pool: list[str], lines: list[str], threshold: float = 0.8) -> None:
    data = build_set(pool, articles=3000, copies=1000, negatives=500, seed=3)
    bases = {d.story: d for d in data.docs if d.role == "base"}
    copies = [(d, bases[d.origin]) for d in data.docs if d.role == "copy"]
    negs: dict[str, list] = {}
    for d in data.docs:
        if d.role == "neg":
            negs.setdefault(d.url.rsplit("/", 1)[1], []).append(d)
    rng = random.Random(5)
    base_list = list(bases.values())
    randoms = [tuple(rng.sample(base_list, 2)) for _ in range(1000)]
    lines += [
        "## Design: shingles (exact Jaccard on 1,000 copies, 500 hard-negative pairs, "
        "1,000 random pairs)",
        "",
        f"| shingles | copies J >= {threshold} | copies median J | hard negatives max J "
        "| hard negatives p99 J | random pairs mean J | shingling docs/s |",
        "|---|---|---|---|---|---|---|",
    ]
    choices = [(f"{n}-char", _chars(n)) for n in (3, 4, 5, 6)]
    choices += [(f"jieba {n}-word", _words(n)) for n in (1, 2, 3)]
    for name, shingle in choices:
        start = time.perf_counter()
        sets = {d.url: shingle(d.body) for d in data.docs}
        speed = len(data.docs) / (time.perf_counter() - start)
        cj = sorted(_jaccard(sets[c.url], sets[b.url]) for c, b in copies)
        nj = sorted(_jaccard(sets[a.url], sets[b.url]) for a, b in negs.values())
        rj = [_jaccard(sets[a.url], sets[b.url]) for a, b in randoms]
        lines.append(
            f"| {name} | {sum(j >= threshold for j in cj) / len(cj):.3f} | {cj[len(cj) // 2]:.3f} "
            f"| {nj[-1]:.3f} | {nj[int(0.99 * len(nj))]:.3f} | {sum(rj) / len(rj):.4f} "
            f"| {speed:,.0f} |"
        )
        print(f"  design: {name}", file=sys.stderr)
    lines.append("")

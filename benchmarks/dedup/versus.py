"""The SQLite file store against rensa on the labelled set, alternating, several rounds.

    PYTHONPATH=$PWD python benchmarks/dedup/versus.py --rounds 3

On a shared machine one pass of each method (``run.py``) meets different loads;
alternating the two in one process (in turn first) and reporting each round's ratio, in wall
clock and in CPU time, compares them under the same load. Also checks that the
store gives the same verdicts in every round. Prints a markdown table. Not part
of pytest.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from corpus import build_set, sentences  # noqa: E402
from methods import Ours, Rensa  # noqa: E402

from benchmarks.corpus_dir import require_corpus  # noqa: E402
from snapcrawl.dedup import DedupConfig  # noqa: E402


def timed_pass(method: object, docs: list) -> tuple[float, float, list[str | None]]:
    """(wall seconds, CPU seconds, verdicts) of one pass over ``docs``."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    verdicts = [method.check(doc.url, doc.body) for doc in docs]  # type: ignore[attr-defined]
    return time.perf_counter() - wall, time.process_time() - cpu, verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2] / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    require_corpus(parser, args.corpus)
    config = DedupConfig()
    data = build_set(sentences(args.corpus), articles=20_000, copies=3_000, negatives=1_000)
    docs = data.docs
    print(f"{len(docs):,} documents (the labelled set of run.py), load {os.getloadavg()[0]:.1f}")
    print()
    print(
        "| round | SQLite docs/s | rensa docs/s | ratio | SQLite docs/CPU s "
        "| rensa docs/CPU s | ratio (CPU) |"
    )
    print("|---|---|---|---|---|---|---|")
    ratios, cpu_ratios, first = [], [], None
    for round_ in range(1, args.rounds + 1):
        if round_ % 2 == 0:  # every other round rensa goes first
            rensa_wall, rensa_cpu, _ = timed_pass(Rensa(config, verify=False), docs)
        with tempfile.TemporaryDirectory() as tmp:
            ours = Ours(str(Path(tmp) / "state" / "dedup.sqlite"), config)
            ours_wall, ours_cpu, verdicts = timed_pass(ours, docs)
            ours.index.close()
        first = first or verdicts
        assert verdicts == first, "the store's verdicts changed between rounds"
        if round_ % 2:
            rensa_wall, rensa_cpu, _ = timed_pass(Rensa(config, verify=False), docs)
        n = len(docs)
        ratios.append(rensa_wall / ours_wall)
        cpu_ratios.append(rensa_cpu / ours_cpu)
        print(
            f"| {round_} | {n / ours_wall:,.0f} | {n / rensa_wall:,.0f} | {ratios[-1]:.2f} "
            f"| {n / ours_cpu:,.0f} | {n / rensa_cpu:,.0f} | {cpu_ratios[-1]:.2f} |",
            flush=True,
        )
    print()
    print(
        f"Median ratio SQLite / rensa: {statistics.median(ratios):.2f} (wall), "
        f"{statistics.median(cpu_ratios):.2f} (CPU); load {os.getloadavg()[0]:.1f} at the end."
    )


if __name__ == "__main__":
    main()

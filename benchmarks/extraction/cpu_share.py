"""Where snapcrawl's extraction CPU goes against trafilatura's, per set and per page size.

    python benchmarks/extraction/run.py --extractors snapcrawl,trafilatura --no-write \\
        --json /tmp/speed.json
    python benchmarks/extraction/cpu_share.py /tmp/speed.json [--corpus ../shared/corpus]

The speed target (ours >= 10x trafilatura's pages per CPU-second) is a ratio of sums: 225 /
our summed CPU over 225 / trafilatura's. So a set or a size of page weighs by the CPU time
it takes, not by its number of pages: this table shows which pages move the ratio (the
"share" column is the part of our summed CPU they take). Held-out pages count only inside
these sums, as in run.py's speed rows; no page is named.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import corpus  # noqa: E402
import sets  # noqa: E402

# Page sizes in KB of UTF-8 markup: (upper bound, label).
SIZES = ((20, "< 20 KB"), (60, "20-60 KB"), (150, "60-150 KB"), (float("inf"), ">= 150 KB"))


def _size_label(kb: float) -> str:
    return next(label for bound, label in SIZES if kb < bound)


def table(rows: dict[str, list[dict]], sizes: dict[tuple[str, str], int]) -> list[str]:
    """Markdown rows: pages, our and trafilatura's CPU ms a page, ratio, our CPU share."""
    groups: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for ours, theirs in zip(rows["snapcrawl"], rows["trafilatura"], strict=True):
        if (ours["set"], ours["page"]) != (theirs["set"], theirs["page"]):
            raise SystemExit("the two extractors' rows are not the same pages")
        kb = sizes[(ours["set"], ours["page"])] / 1024
        for key in ("all pages", ours["set"], "size " + _size_label(kb)):
            group = groups[key]
            group[0] += 1
            group[1] += ours["cpu_seconds"]
            group[2] += theirs["cpu_seconds"]
    total = groups["all pages"][1]
    out = [
        "| pages | n | snapcrawl CPU ms/page | trafilatura CPU ms/page | ratio | share of our CPU |",
        "|---|---|---|---|---|---|",
    ]
    order = ["all pages", *sorted(k for k in groups if not k.startswith(("all", "size")))]
    order += ["size " + label for _, label in SIZES if "size " + label in groups]
    for key in order:
        n, mine, theirs = groups[key]
        out.append(
            f"| {key} | {n} | {mine / n * 1000:.2f} | {theirs / n * 1000:.2f} "
            f"| {theirs / mine:.1f}x | {mine / total:.0%} |"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scores", type=Path, help="run.py --json with snapcrawl and trafilatura")
    parser.add_argument("--corpus", type=Path, default=corpus.default_root())
    args = parser.parse_args(argv)
    rows = json.loads(args.scores.read_text(encoding="utf-8"))
    if not {"snapcrawl", "trafilatura"} <= set(rows):
        parser.error("the scores need both snapcrawl and trafilatura (run.py --extractors)")
    names = tuple(dict.fromkeys(row["set"] for row in rows["snapcrawl"]))
    pages = sets.load(names, args.corpus)
    sizes = {(p.dataset, p.page_id): len(p.html.encode("utf-8")) for p in pages}
    sys.stdout.write("\n".join(table(rows, sizes)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

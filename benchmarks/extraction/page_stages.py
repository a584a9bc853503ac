"""``read_page``'s stages over run.py's 225 pages, stopping after stage K: run under an
instruction counter, the difference between K and K - 1 is what stage K costs.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python \\
        benchmarks/extraction/page_stages.py K [--corpus ../shared/corpus]

K: 0 loads the pages only; 1 parses them (``parse_html``); 2 also surveys the tree
(``structured.survey``); 3 reads the head and the statements (``meta.read_head``,
``meta.read_statements``, the headline asides); 4 strips the furniture; 5 flattens; 6
annotates. Every parsed tree is kept to the end, so each K pays the same teardown.
Instruction counts, unlike CPU time, do not move with the machine's load; timings by
stage are ``speed.py --benchmark``'s.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

from speed import benchmark_pages  # noqa: E402

from snapcrawl.extract import page  # noqa: E402
from snapcrawl.extract.dom import parse_html  # noqa: E402
from snapcrawl.extract.furniture import strip_furniture  # noqa: E402
from snapcrawl.extract.layout import annotate  # noqa: E402
from snapcrawl.extract.meta import read_head, read_statements  # noqa: E402
from snapcrawl.extract.structured import survey  # noqa: E402
from snapcrawl.extract.walk import flatten  # noqa: E402


def run(pages: list[str], last: int) -> list[object]:
    """The stages up to ``last`` on each page; the trees, kept."""
    kept: list[object] = []
    for html in pages if last else []:
        root = parse_html(html)
        kept.append(root)
        if root is None or last < 2:
            continue
        found = survey(root, marks=True)
        if last >= 3:
            head = read_head(root, found.head)
            read_statements(root, head, found)
            page._keep_headline_asides(found.asides, head)
        if last >= 4:
            strip_furniture(root, found.styled)
        if last >= 5 and (lines := flatten(root)) and last >= 6:
            annotate(lines, head.title)
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("last", type=int, choices=range(7), help="the last stage run (0-6)")
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2] / "shared" / "corpus")
    args = parser.parse_args(argv)
    run(benchmark_pages(args.corpus)["all"], args.last)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Milliseconds per page of ``classify_page`` and ``extract_article`` (CPU time, best of N).

    python benchmarks/extraction/speed.py [--corpus ../shared/corpus] [--repeat 7]

Pages: the bundled demo hosts (snapcrawl/demo_site/site and snapcrawl/demo_site/mirror, every HTML file) and
the shared corpus's gne_tests_unlabeled pages, each decoded once beforehand, so the timing
is parsing and extraction only. CPU time (``time.process_time``), not wall time: the
machine's other jobs do not move the figures as much.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO)]

from snapcrawl.extract import NotAnArticle, classify_page, decode_html, extract_article  # noqa: E402

HTML = (".html", ".htm", ".shtml")


def demo_pages() -> list[str]:
    files = sorted(
        f
        for host in ("site", "mirror")
        for f in (REPO / "snapcrawl/demo_site" / host).rglob("*")
        if f.suffix in HTML
    )
    return [decode_html(f.read_bytes()) for f in files]


def gne_pages(corpus: Path) -> list[str]:
    files = sorted((corpus / "gne_tests_unlabeled" / "html").glob("*.html.gz"))
    return [decode_html(gzip.decompress(f.read_bytes())) for f in files]


def ms_per_page(fn: Callable[..., object], pages: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for html in pages:
            with contextlib.suppress(NotAnArticle):
                fn(html, "http://example.com/a.html")
        best = min(best, time.process_time() - start)
    return best / len(pages) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    rows = ["| pages | n | classify_page ms/page | extract_article ms/page |", "|---|---|---|---|"]
    for name, pages in (("demo", demo_pages()), ("gne_tests_unlabeled", gne_pages(args.corpus))):
        classify = ms_per_page(classify_page, pages, args.repeat)
        extract = ms_per_page(extract_article, pages, args.repeat)
        rows.append(f"| {name} | {len(pages)} | {classify:.2f} | {extract:.2f} |")
    sys.stdout.write("\n".join(rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

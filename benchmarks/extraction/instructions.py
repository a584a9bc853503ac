"""Instructions per page of ``extract_article`` on the benchmark's 225 pages, by callgrind.

    python benchmarks/extraction/instructions.py [--corpus ../shared/corpus]

CPU seconds move with whatever else the two cores are doing; the instruction count of the
same code on the same pages does not (callgrind counts the same total twice, whatever the
load), so it is the figure that tells whether a change made extraction cheaper. Two runs
under ``valgrind --tool=callgrind``: one loads and decodes the pages and extracts one
made-up page (interpreter start, imports, first-use setup), the other does the same and then
extracts every page; their difference over the page count is the cost of one page. Each run
takes minutes (callgrind runs code ~50x slower). The snapcrawl imported is this file's
checkout's, not an installed one.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
URL = "http://example.com/a.html"
WARM_PAGE = (
    "<html><head><title>预热</title></head><body><p>"
    + "预热的一段文字。" * 20
    + "</p></body></html>"
)


def _child(corpus: Path, mode: str) -> None:
    sys.path[:0] = [str(REPO), str(HERE)]
    import speed
    from lxml import etree

    from snapcrawl.extract import NotAnArticle, extract_article

    pages = speed.benchmark_pages(corpus)["all"]
    extract_article(WARM_PAGE, URL)
    if mode == "all":
        for html in pages:
            with contextlib.suppress(NotAnArticle, ValueError, etree.XMLSyntaxError):
                extract_article(html, URL)
    print(len(pages))


def _instructions(corpus: Path, mode: str, out_dir: Path) -> tuple[int, int]:
    out = out_dir / f"callgrind.{mode}"
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--corpus",
            str(corpus),
            "--child",
            mode,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"callgrind run ({mode}) failed:\n{done.stderr[-2000:]}")
    total = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
    if total is None:
        raise SystemExit(f"no instruction total in {out}")
    return int(total.group(1)), int(done.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--child", choices=("warm", "all"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    from benchmarks.corpus_dir import require_corpus

    corpus = require_corpus(parser, args.corpus.resolve())
    if args.child:
        _child(corpus, args.child)
        return 0
    if shutil.which("valgrind") is None:
        parser.error("valgrind not found: install it (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        warm, _ = _instructions(corpus, "warm", Path(tmp))
        full, pages = _instructions(corpus, "all", Path(tmp))
    per_page = (full - warm) / pages
    print(f"{pages} pages: {per_page / 1e6:.2f}M instructions per page ({full - warm:,} in all)")
    return 0


if __name__ == "__main__":
    sys.path[:0] = [str(REPO)]
    raise SystemExit(main())

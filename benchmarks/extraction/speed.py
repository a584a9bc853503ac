"""Milliseconds per page of ``classify_page`` and ``extract_article`` (CPU time, best of N),
each stage's share, and the whole as a share of the bare lxml parse of the same pages.

    python benchmarks/extraction/speed.py [--corpus ../shared/corpus] [--repeat 7] [--benchmark]

Pages: the bundled demo hosts (snapcrawl/demo_site/site and snapcrawl/demo_site/mirror, every
HTML file), the shared corpus's gne_tests_unlabeled pages and its magichtml_zh pages (real
2024 portals), each decoded once beforehand, so the timing is parsing and extraction only.
``--benchmark``: instead, the 225 pages of run.py's sets (decoded as run.py decodes them),
set by set and all together: the pages the ">= 10x trafilatura" target is measured on
(with one made-up URL for every page, where run.py passes each page's own or none).
CPU time (``time.process_time``), not wall time: the machine's other jobs do not move the
figures as much. Each pass starts with the line caches empty (``fresh_caches``), as a fresh
process does.

The floor is the bare lxml parse (``etree.fromstring`` with a default ``HTMLParser``) of the
same decoded text: no extractor can be faster than reading the page once. "parse share" is
that parse's time over ``extract_article``'s (issue 17 asks for >= 30 %).

Stages: each step ``extract_article`` runs is timed by wrapping the function where the
pipeline looks it up (``snapcrawl.extract.page`` and ``snapcrawl.extract.article``), one
extra pass over the pages; what no wrapper covers (the metadata fields, the lost-character
check) is "metadata and rest". The wrappers cost ~1 us a call, a dozen calls a page.
"Metadata and rest" also holds freeing the page when ``extract_article`` returns (its
libxml2 tree, lines and selection): ~0.3 ms/page of its ~0.8 in session 27, most of it
libxml2's ``xmlFreeDoc``; the field readers are the rest (author ~0.17, source ~0.15,
published ~0.09, the label index, credits as read, category, snapshot time and editor
~0.03-0.05 each).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib
import pkgutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO)]

import snapcrawl.extract as extract_package  # noqa: E402
from benchmarks.corpus_dir import require_corpus  # noqa: E402
from snapcrawl.extract import (  # noqa: E402
    NotAnArticle,
    article,
    classify_page,
    decode_html,
    extract_article,
    page,
)

HTML = (".html", ".htm", ".shtml")
URL = "http://example.com/a.html"
# (stage label, module, function names timed together), in pipeline order.
STAGES: tuple[tuple[str, Any, tuple[str, ...]], ...] = (
    ("parse (parse_html)", page, ("parse_html",)),
    ("survey (one walk before stripping)", page, ("survey",)),
    ("head (read_head)", page, ("read_head",)),
    ("statements (read_statements)", page, ("read_statements",)),
    ("strip_furniture", page, ("strip_furniture",)),
    ("flatten", page, ("flatten",)),
    ("attach_ancestors (before flatten set them)", page, ("attach_ancestors",)),
    ("annotate", page, ("annotate",)),
    ("body selection", article, ("_select",)),
    ("article or list (judge)", article, ("judge", "signalled_heading")),
    ("title", article, ("extract_title",)),
    ("clean body and audit", article, ("clean_body", "_audit")),
)


def demo_pages() -> list[str]:
    files = sorted(
        f
        for host in ("site", "mirror")
        for f in (REPO / "snapcrawl/demo_site" / host).rglob("*")
        if f.suffix in HTML
    )
    return [decode_html(f.read_bytes()) for f in files]


def corpus_pages(corpus: Path, name: str) -> list[str]:
    files = sorted((corpus / name).rglob("*.html.gz")) + sorted((corpus / name).rglob("*.html"))
    return [
        decode_html(gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes())
        for f in files
    ]


def benchmark_pages(corpus: Path) -> dict[str, list[str]]:
    """run.py's pages (every set), by set, then all of them as "all"."""
    sys.path[:0] = [str(HERE)]
    import sets as benchmark_sets  # the benchmark's own loader, beside this file

    by_set: dict[str, list[str]] = {}
    for one in benchmark_sets.load(benchmark_sets.SETS, corpus):
        by_set.setdefault(one.dataset, []).append(one.html)
    return {**by_set, "all": [html for pages in by_set.values() for html in pages]}


def bare_parse(html: str, url: str) -> object:
    """The floor: lxml reading the page once, nothing else."""
    return etree.fromstring(html, etree.HTMLParser())


def fresh_caches() -> None:
    """Empty the per-process line caches of ``snapcrawl.extract`` (``functools`` caches
    keyed by a line's text), so that each pass is timed as a fresh process's first: a
    pass after the first would find every line of the 225 pages remembered."""
    for info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"{extract_package.__name__}.{info.name}")
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                value.cache_clear()


def ms_per_page(fn: Callable[..., object], pages: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        fresh_caches()
        start = time.process_time()
        for html in pages:
            with contextlib.suppress(NotAnArticle, ValueError, etree.XMLSyntaxError):
                fn(html, URL)
        best = min(best, time.process_time() - start)
    return best / len(pages) * 1000


@contextlib.contextmanager
def timed_stages(totals: dict[str, float]) -> Iterator[None]:
    """Wrap each stage's functions so their CPU time adds up in ``totals`` (by label)."""
    saved = []
    for label, module, names in STAGES:
        for name in names:
            original = getattr(module, name, None)
            if original is None:  # a step this version of the code does not have
                continue
            totals.setdefault(label, 0.0)

            def wrapper(*args: Any, _fn: Any = original, _label: str = label, **kw: Any) -> Any:
                start = time.process_time()
                try:
                    return _fn(*args, **kw)
                finally:
                    totals[_label] += time.process_time() - start

            saved.append((module, name, original))
            setattr(module, name, wrapper)
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


def stage_ms(pages: list[str], repeat: int) -> dict[str, float]:
    """Per-stage ms/page, the smallest of ``repeat`` passes for each stage."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        fresh_caches()
        totals: dict[str, float] = {}
        with timed_stages(totals):
            start = time.process_time()
            for html in pages:
                with contextlib.suppress(NotAnArticle):
                    extract_article(html, URL)
            whole = time.process_time() - start
        totals["metadata and rest"] = whole - sum(totals.values())
        for label, seconds in totals.items():
            best[label] = min(best.get(label, float("inf")), seconds / len(pages) * 1000)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--benchmark", action="store_true", help="run.py's 225 pages, by set")
    args = parser.parse_args(argv)
    require_corpus(parser, args.corpus)
    sets = (
        benchmark_pages(args.corpus)
        if args.benchmark
        else {
            "demo": demo_pages(),
            "gne_tests_unlabeled": corpus_pages(args.corpus, "gne_tests_unlabeled"),
            "magichtml_zh": corpus_pages(args.corpus, "magichtml_zh"),
        }
    )
    rows = [
        "| pages | n | lxml parse ms/page | classify_page ms/page | extract_article ms/page "
        "| parse share |",
        "|---|---|---|---|---|---|",
    ]
    if empty := [name for name, pages in sets.items() if not pages]:
        raise SystemExit(f"no pages for {', '.join(empty)} under {args.corpus} (--corpus DIR)")
    stages: dict[str, dict[str, float]] = {}
    for name, pages in sets.items():
        floor = ms_per_page(bare_parse, pages, args.repeat)
        classify = ms_per_page(classify_page, pages, args.repeat)
        extract = ms_per_page(extract_article, pages, args.repeat)
        share = floor / extract
        rows.append(
            f"| {name} | {len(pages)} | {floor:.2f} | {classify:.2f} | {extract:.2f} "
            f"| {share:.0%} |"
        )
        stages[name] = stage_ms(pages, args.repeat)
    rows += ["", "extract_article by stage, ms/page (share of the stages' sum):", ""]
    rows.append("| stage | " + " | ".join(stages) + " |")
    rows.append("|---|" + "---|" * len(stages))
    sums = {name: sum(values.values()) for name, values in stages.items()}
    for label in next(iter(stages.values())):
        cells = [
            f"{values[label]:.2f} ({values[label] / sums[name]:.0%})"
            for name, values in stages.items()
        ]
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    rows.append("| sum of stages | " + " | ".join(f"{s:.2f}" for s in sums.values()) + " |")
    sys.stdout.write("\n".join(rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

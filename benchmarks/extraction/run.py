"""Extraction benchmark: snapcrawl vs trafilatura, GNE and readability-lxml, one run.

    python benchmarks/extraction/run.py [--corpus ../shared/corpus] [--only snapcrawl] [--dump DIR]

Body score: character bigrams. Each text is NFKC-normalised and stripped of all whitespace;
its bigrams are counted as a multiset; P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|,
F1 = 2PR/(P+R) (0 when either side is empty); reported as the mean over pages.
Writes the markdown table to stdout and to benchmarks/extraction/results.md.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

from corpus import Page, load_all  # noqa: E402
from extractors import EXTRACTORS, Result  # noqa: E402


def bigrams(text: str) -> Counter[str]:
    text = "".join(unicodedata.normalize("NFKC", text or "").split())
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    p_counts, g_counts = bigrams(pred), bigrams(gold)
    if not p_counts or not g_counts:
        return 0.0, 0.0, 0.0
    common = sum((p_counts & g_counts).values())
    p, r = common / sum(p_counts.values()), common / sum(g_counts.values())
    return p, r, (2 * p * r / (p + r) if common else 0.0)


def _norm(s: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def _time_ok(page: Page, res: Result) -> tuple[bool | None, bool | None]:
    """(date right, date+time right) against a gold like "2005-5-7 21:23:57"."""
    from snapcrawl.extract.dates import parse_date

    if not page.published:
        return None, None
    gold = parse_date(page.published)
    if gold is None:  # "2018", "1998-3": not a full date
        return None, None
    got = res.published
    date_ok = got is not None and got.date() == gold.value.date()
    if not gold.has_time:
        return date_ok, None
    with_seconds = page.published.count(":") >= 2
    fmt = "%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M"
    return date_ok, got is not None and got.strftime(fmt) == gold.value.strftime(fmt)


def evaluate(name: str, pages: list[Page], dump: Path | None) -> dict:
    fn = EXTRACTORS[name]
    rows = []
    t0 = time.perf_counter()
    results = [fn(p.html, p.url) for p in pages]
    elapsed = time.perf_counter() - t0
    for page, res in zip(pages, results, strict=True):
        row = {"page": page, "res": res}
        if page.body is not None:
            row["prf"] = prf(res.body, page.body)
        if page.with_snippets:
            body = _norm(res.body)
            hits = sum(_norm(s) in body for s in page.with_snippets)
            hits += sum(_norm(s) not in body for s in page.without_snippets)
            row["snippets"] = hits / (len(page.with_snippets) + len(page.without_snippets))
        row["host_noise"] = any(m in res.body for m in page.host_markers)
        row["list_noise"] = any(m in res.body for m in page.list_markers)
        row["date"], row["time"] = _time_ok(page, res)
        for key in ("title", "source", "category", "source_url"):
            gold = getattr(page, key)
            if gold:
                row[key] = _norm(getattr(res, key)) == _norm(gold)
        rows.append(row)
        if dump is not None:
            out = dump / name / page.dataset
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{page.page_id}.txt").write_text(res.body, encoding="utf-8")
    return {"rows": rows, "elapsed": elapsed, "pages": len(pages)}


def _mean(values: list) -> str:
    values = [v for v in values if v is not None]
    return f"{sum(values) / len(values):.3f}" if values else "–"


def table(results: dict[str, dict]) -> str:
    names = list(results)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]

    def add(label: str, fn) -> None:
        lines.append(f"| {label} | " + " | ".join(fn(results[n]["rows"]) for n in names) + " |")

    for ds in ("synthetic_snapshot_zh", "zh_cleaneval_immortal", "readability_js_zh"):
        for part, pick in (("", lambda r: True), (" (held-out)", lambda r: r["page"].held_out)):

            def sel(rows, ds=ds, pick=pick):
                return [r for r in rows if r["page"].dataset == ds and "prf" in r and pick(r)]

            n = len(sel(next(iter(results.values()))["rows"]))
            add(
                f"{ds}{part} body P / R / F1 (n={n})",
                lambda rows, sel=sel: " / ".join(
                    _mean([r["prf"][i] for r in sel(rows)]) for i in range(3)
                ),
            )
    add(
        "trafilatura_eval_zh snippets right (with/without)",
        lambda rows: _mean([r.get("snippets") for r in rows if "snippets" in r]),
    )

    def syn(rows):
        return [r for r in rows if r["page"].dataset == "synthetic_snapshot_zh"]

    add(
        "synthetic: pages where a host notice survives (of 60)",
        lambda rows: str(sum(r["host_noise"] for r in syn(rows))),
    )
    add(
        "synthetic: pages where a related-list teaser survives",
        lambda rows: str(sum(r["list_noise"] for r in syn(rows))),
    )
    for key in ("title", "source", "category", "source_url"):
        add(
            f"{key} accuracy (pages with gold)",
            lambda rows, key=key: _mean([r[key] for r in rows if key in r]),
        )
    add("published_at with time (gold has a time)", lambda rows: _mean([r["time"] for r in rows]))
    add("published date (gold has a date)", lambda rows: _mean([r["date"] for r in rows]))
    lines.append(
        "| pages per second (all pages) | "
        + " | ".join(f"{results[n]['pages'] / results[n]['elapsed']:.0f}" for n in names)
        + " |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--only", action="append", choices=list(EXTRACTORS))
    parser.add_argument("--dump", type=Path, help="write each extracted body under DIR")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite results.md")
    args = parser.parse_args(argv)
    pages = load_all(args.corpus)
    names = args.only or list(EXTRACTORS)
    results = {n: evaluate(n, pages, args.dump) for n in names}
    command = "python benchmarks/extraction/run.py" + "".join(
        f" --only {n}" for n in args.only or []
    )
    report = (
        f"# Extraction benchmark\n\nCommand: `{command}` ({len(pages)} pages)\n\n{table(results)}\n"
    )
    report += "\n" + (__doc__ or "").split("\n\n")[2].strip() + "\n"
    sys.stdout.write(report)
    if not args.no_write and not args.only:
        (HERE / "results.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

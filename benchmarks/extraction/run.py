"""Extraction benchmark: snapcrawl vs magic-html, trafilatura, GNE and readability-lxml, one run.

    python benchmarks/extraction/run.py [--sets modern,cleaneval] [--extractors snapcrawl,gne]
        [--only ours] [--gold-dir DIR] [--json benchmarks/_work/scores.json] [--py312 /path/to/python3.12]
    python benchmarks/extraction/run.py --sets daniel_zh --pages DIR   # the unseen set, apart
    python benchmarks/extraction/run.py --sets daniel_zh,daniel_zh2 --pages DIR   # any gold/daniel_*
    python benchmarks/extraction/run.py --sets pool_zh --pages DIR   # any gold/pool_* with sets

A run over every set with every extractor rewrites benchmarks/extraction/results.md; a
partial run only prints. ``--json`` writes every per-page score so runs can be diffed.
Fast check while tuning: ``--only ours --sets modern``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

import corpus  # noqa: E402
import daniel  # noqa: E402
import extractors  # noqa: E402
import metrics  # noqa: E402
import report  # noqa: E402
import sets  # noqa: E402
from magic_peer import VERSION as MAGIC_HTML_VERSION  # noqa: E402

from benchmarks.corpus_dir import require_corpus  # noqa: E402

ALIASES = {"ours": "snapcrawl", "magic": "magic-html", "magic_html": "magic-html"}
NOTES = f"""{(metrics.__doc__ or "").split(chr(10) * 2, 1)[1].strip()}

Noise (gne_tests_unlabeled): a page counts when any of its gold `must_not_contain` texts of
that kind is found in the body, both sides NFKC-normalised with all whitespace removed,
among the pages whose gold lists that kind; the "any" row counts statement, promo, credit
and player together; related headlines apart. "k/n (k/n)": k of n pages, then the same for
the held-out part. Accuracy cells: all pages (held-out pages).

Held-out: zh_cleaneval_immortal, synthetic_snapshot_zh, readability_js_zh and
trafilatura_eval_zh keep their md5(page id) % 10 < 3 split; magichtml_zh and
gne_tests_unlabeled use md5("holdout:" + file stem) % 10 < 3, fixed before tuning on them.
Rules are not to be tuned on held-out pages.

Every extractor gets the same decoded text and the same URL (magichtml_zh: the page's URL
from gold.json; gne_tests_unlabeled: none, the set has no URLs). Both modern sets were
stored as UTF-8 by their source repositories while a few pages still declare gb2312: a
page whose bytes are valid UTF-8 is read as UTF-8 there (the other sets: declared charset,
as before).

magic-html {MAGIC_HTML_VERSION} runs in its own Python 3.12 venv as one long-lived child
process. It returns HTML of the main content, and so does readability-lxml: both are turned
into text by the same function (`blocktext.html_to_text`: each block element and `<br>` ends
a line, inside the timed part). trafilatura is asked for the time of day with the date
(htmldate `outputformat` "%Y-%m-%d %H:%M:%S", its other date settings left at their
defaults). An extractor that never gives a field (magic-html and readability: no date; only
snapcrawl gives a source) scores 0 on it.

Speed: the speed row is pages per CPU-second, pages / the sum of per-page CPU times
(`time.process_time()` around each call; magic-html's measured the same way inside its own
process, so no pipe or start-up cost). CPU time, unlike wall time, is not stretched when the
2-core machine's other jobs take the core, so it is the figure to compare between runs; the
wall-time row (pages / the sum of per-page `perf_counter` times) is shown beside it. "ours /
trafilatura" is snapcrawl's pages per CPU-second over trafilatura's. Each extractor first
reads one made-up page, untimed (its one-time setup, e.g. dateparser's locales for
trafilatura, is paid once per process, not per page), and the objects that exist before an
in-process extractor's pass are set aside from the cyclic GC, so none pays for another's.
"""

DANIEL_NOTES = """daniel_zh (chosen by name only; not part of "all"): 40 Chinese news pages
of 2011–2012 (mainland, Hong Kong and Taiwan sites) drawn with random.Random(52) and (53) from the DAnIEL
corpus in rundimeco/waddle at a fixed commit, gold written by block numbers before any
extractor ran on them (gold/daniel_zh/, frozen by SHA256SUMS.frozen). Their misses were read
after session 36, and session 38 wrote field rules from kinds they show: a fix set now, no page
held out (daniel_zh3 is the set nobody has looked at). Pages
are read from --pages (fetch_daniel.py copies them from the source) and decoded by their
declared charset; no URL is given."""


def _names(args: argparse.Namespace) -> list[str]:
    chosen = [*(args.only or []), *(args.extractors or "").split(",")]
    chosen = [ALIASES.get(n.strip(), n.strip()) for n in chosen if n.strip()]
    unknown = [n for n in chosen if n not in extractors.NAMES]
    if unknown:
        raise SystemExit(f"unknown extractor {unknown}; known: {', '.join(extractors.NAMES)}")
    return [n for n in extractors.NAMES if n in chosen] or list(extractors.NAMES)


def _command(argv: list[str]) -> str:
    return shlex.join(["python", "benchmarks/extraction/run.py", *argv])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=corpus.default_root())
    parser.add_argument(
        "--sets",
        default="all",
        help=f"comma list of {', '.join(sets.SETS)}, or {', '.join(sets.ALIASES)}",
    )
    parser.add_argument("--extractors", help=f"comma list of {', '.join(extractors.NAMES)}")
    parser.add_argument(
        "--only", action="append", help="one extractor (repeatable); ours = snapcrawl"
    )
    parser.add_argument(
        "--gold-dir", type=Path, help=f"gne gold folder (default {sets.modern.GOLD_DIR})"
    )
    parser.add_argument(
        "--py312", help="Python >= 3.12 for magic-html's venv (or $SNAPCRAWL_BENCH_PY312)"
    )
    parser.add_argument(
        "--peer-env", type=Path, help="magic-html venv folder (default ~/.cache/...)"
    )
    parser.add_argument(
        "--pages",
        type=Path,
        help="the daniel_*/pool_* sets' pages, one folder for all chosen (default"
        f" {daniel.default_pages()} for daniel_zh, beside it by set name for the others;"
        " fetch_daniel.py fills it)",
    )
    parser.add_argument("--json", type=Path, help="write every per-page score here (outside git)")
    parser.add_argument("--dump", type=Path, help="write each extracted body under DIR")
    parser.add_argument("--note", default="", help="a line for the report's header")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite results.md")
    args = parser.parse_args(argv)
    try:
        set_names = sets.resolve(args.sets)
    except ValueError as exc:
        parser.error(str(exc))
    if sets.needs_corpus(set_names):
        require_corpus(parser, args.corpus)
    page_dirs = {
        name: args.pages or daniel.default_pages(name) for name in sets.daniel_sets(set_names)
    }
    for name, page_dir in page_dirs.items():
        hint = "fetch them with benchmarks/extraction/fetch_daniel.py" + (
            "" if name == daniel.NAME else f" --set {name}"
        )
        require_corpus(parser, page_dir, "--pages", f"{name} pages", hint)
        folder = daniel.folder(name)
        if absent := daniel.missing(page_dir, folder):
            total = len(daniel.entries(folder))
            parser.error(
                f"{name} pages missing: {len(absent)} of {total} not in {page_dir} ({hint})"
            )
    names = _names(args)
    started = time.perf_counter()
    pages = sets.load(set_names, args.corpus, args.gold_dir, args.pages)
    jobs = [(p.html, p.url) for p in pages]
    scores: dict[str, list[dict]] = {}
    for name in names:
        tick = time.perf_counter()
        try:
            outcome = extractors.run(name, jobs, args.peer_env, args.py312)
        except extractors.PeerError as exc:
            raise SystemExit(f"magic-html peer: {exc}") from exc
        scores[name] = [
            metrics.score(p, r, s, c) for p, (r, s, c) in zip(pages, outcome, strict=True)
        ]
        print(f"{name}: {len(pages)} pages in {time.perf_counter() - tick:.1f}s", file=sys.stderr)
        if args.dump is not None:
            for page, (res, *_) in zip(pages, outcome, strict=True):
                out = args.dump / name / page.dataset
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{page.page_id}.txt").write_text(res.body, encoding="utf-8")
    wall = time.perf_counter() - started
    gold_sha = sets.modern.gold_digest(args.gold_dir)
    gold_shown = args.gold_dir or sets.modern.GOLD_DIR.relative_to(REPO)
    peer = f"magic-html {MAGIC_HTML_VERSION}; " if "magic-html" in names else ""
    header = (
        f"# Extraction benchmark\n\n{args.note + chr(10) * 2 if args.note else ''}"
        f"Command: `{_command(argv)}`\n\n{len(pages)} pages, sets: {', '.join(set_names)}; "
        f"{peer}whole run {wall:.0f} s wall time (loading, "
        f"{len(names)} extractors, scoring).\n\nPages per set: "
        + ", ".join(f"{n} {sum(p.dataset == n for p in pages)}" for n in set_names)
        + (
            f" (gne gold from `{gold_shown}`, sha256 {gold_sha})"
            if "gne_tests_unlabeled" in set_names
            else ""
        )
        + "".join(
            f" ({name} gold sha256 {daniel.gold_digest(daniel.folder(name))}, pages from"
            f" `{page_dir}`)"
            for name, page_dir in page_dirs.items()
        )
        + "."
    )
    notes = NOTES + "".join(
        chr(10) + (DANIEL_NOTES if name == daniel.NAME else daniel.describe(daniel.folder(name)))
        for name in page_dirs
    )
    text = report.render(scores, header, notes)
    sys.stdout.write(text)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(scores, ensure_ascii=False, indent=1), encoding="utf-8")
    full = set_names == sets.SETS and names == list(extractors.NAMES)
    if full and not args.no_write:
        (HERE / "results.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

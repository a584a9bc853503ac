"""Where snapcrawl and magic-html disagree, on pages that have no gold: a list to read.

    python benchmarks/extraction/disagree.py PAGES_DIR OUT.tsv [--files LIST] [--py312 PYTHON]

With no gold, neither body can be scored; but two readers that disagree on a page show where
one of them is wrong, and a person reading the page decides which (session 42 read 485 such
pages of the webpage_archive pool this way). Each page (every ``*.html`` in PAGES_DIR, or the
names in LIST, one a line) is read by ``extract_article`` from its bytes and by magic-html
(its own Python 3.12 child, ``magic_peer``) from ``decode_html``'s text, with the URL of the
page's canonical link or ``og:url`` when it has one.

OUT.tsv, lowest agreement first within each class: file, class, our status, our and
magic-html's characters (NFKC, no whitespace), F1 between the two bodies (the benchmark's
bigram score, ours taken as the prediction), P (share of our text magic-html also has), R
(share of magic-html's text we also have), URL. Classes: ``both`` (each gave >= 100
characters), ``ours_refused``/``ours_short`` (we refused or gave < 100, magic-html >= 200),
``magic_empty`` (magic-html < 100, we gave a body), ``both_empty``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

from magic_peer import MagicHtml, PeerError  # noqa: E402
from metrics import norm, prf  # noqa: E402

from snapcrawl.extract import NotAnArticle, extract_article  # noqa: E402
from snapcrawl.extract.decode import decode_html  # noqa: E402

_URL = re.compile(
    rb'<link[^>]+rel="canonical"[^>]+href="(https?://[^"]+)"'
    rb'|<meta[^>]+property="og:url"[^>]+content="(https?://[^"]+)"'
)
_SHORT = 100  # characters: less is no body
_MAGIC_BODY = 200  # characters magic-html must give before our refusal counts as a question


def page_url(raw: bytes) -> str | None:
    found = _URL.search(raw[:200_000])
    return (found.group(1) or found.group(2)).decode("utf-8", "replace") if found else None


def ours(raw: bytes, url: str | None) -> tuple[str, str]:
    """Our status ("ok" or "refused:<reason>") and body."""
    try:
        article = extract_article(raw, url)
    except NotAnArticle as refusal:
        return f"refused:{refusal.reason}", ""
    return "ok", "\n".join(article.paragraphs)


def agreement_class(ours_chars: int, magic_chars: int, status: str) -> str:
    if ours_chars >= _SHORT and magic_chars >= _SHORT:
        return "both"
    if ours_chars < _SHORT and magic_chars >= _MAGIC_BODY:
        return "ours_short" if status == "ok" else "ours_refused"
    return "magic_empty" if ours_chars >= _SHORT else "both_empty"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="a folder of saved pages (*.html)")
    parser.add_argument("out", type=Path, help="the TSV to write")
    parser.add_argument("--files", type=Path, help="a list of file names in PAGES, one a line")
    parser.add_argument("--py312", help="a Python >= 3.12 for magic-html's venv")
    args = parser.parse_args(argv)
    if not args.pages.is_dir():
        parser.error(f"pages folder missing: {args.pages}")
    if args.files and not args.files.is_file():
        parser.error(f"--files list missing: {args.files}")
    if args.files:
        names = [n.strip() for n in args.files.read_text().splitlines() if n.strip()]
        paths = [args.pages / name for name in names]
    else:
        paths = sorted(args.pages.glob("*.html"))
    if not paths:
        parser.error(f"no pages: {args.pages} has no *.html (or --files lists none)")
    if missing := [path.name for path in paths if not path.is_file()]:
        parser.error(f"{len(missing)} listed pages are not in {args.pages}: {missing[:3]}")
    try:
        rows = _compare(paths, args.py312)
    except PeerError as error:
        parser.exit(2, f"disagree.py: magic-html cannot run: {error}\n")
    _write(rows, args.out)
    return 0


def _compare(paths: list[Path], py312: str | None) -> list[tuple]:
    rows = []
    with MagicHtml(python312=py312) as magic:
        for path in paths:
            raw = path.read_bytes()
            url = page_url(raw)
            status, body = ours(raw, url)
            answer = magic.extract(decode_html(raw), url)
            magic_body = "" if answer.get("error") else answer.get("body") or ""
            ours_chars, magic_chars = len(norm(body)), len(norm(magic_body))
            p, r, f1 = prf(body, magic_body) if body and magic_body else (0.0, 0.0, 0.0)
            cls = agreement_class(ours_chars, magic_chars, status)
            rows.append((path.name, cls, status, ours_chars, magic_chars, f1, p, r, url or ""))
    return rows


def _write(rows: list[tuple], path: Path) -> None:
    rows.sort(key=lambda row: (row[1], row[5]))
    with path.open("w", encoding="utf-8") as out:
        out.write("file\tclass\tours_status\tours_chars\tmagic_chars\tf1\tP\tR\turl\n")
        for row in rows:
            cells = [f"{cell:.3f}" if isinstance(cell, float) else str(cell) for cell in row]
            out.write("\t".join(cells) + "\n")
    classes = Counter(row[1] for row in rows)
    low = sum(1 for row in rows if row[1] == "both" and row[5] < 0.85)
    print(f"{len(rows)} pages: {dict(classes)}; both read, F1 < 0.85: {low}; written {path}")


if __name__ == "__main__":
    raise SystemExit(main())

"""Score title, published_at, source and author on the 120 pool pages of gold/pool_fields/.

    python benchmarks/extraction/pool_fields.py --mirror /path/to/transTerminus+webpage_archive.git
    python benchmarks/extraction/pool_fields.py --pages DIR [--part B] [--extractors snapcrawl]

The pages are read from a clone or bare git directory of transTerminus/webpage_archive at the
commit in sample.json (``--mirror``) or from a folder holding the same raw/ paths (``--pages``).
snapcrawl gets the page's bytes, as the crawler does; the peers get its text (UTF-8 when the
bytes are UTF-8, else the declared charset). Peers give no source, so their source figure only
counts the pages whose gold source is null: printed, but not a measure of them. Part B is held
out (see gold/pool_fields/README.md): report it apart, never write a rule from its misses.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))  # this checkout's snapcrawl, as run.py does

from corpus import decode_utf8_first  # noqa: E402
from fetch_daniel import from_mirror  # noqa: E402
from metrics import norm  # noqa: E402

GOLD = HERE / "gold" / "pool_fields"
FIELDS = ("title", "published_at", "source", "author")
_URL = re.compile(
    rb'<link[^>]+rel="canonical"[^>]+href="(https?://[^"]+)"'
    rb'|<meta[^>]+property="og:url"[^>]+content="(https?://[^"]+)"'
)
_PUNCT = re.compile(r"[·・．.\-－—_/／|｜,，、:：()（）\[\]【】]")


def load_gold(part: str) -> dict[str, dict[str, str | None]]:
    lines = (GOLD / f"gold_{part}.tsv").read_text(encoding="utf-8").splitlines()
    keys = ("file", "article", *FIELDS, "note")
    rows = [(line.split("\t") + [""] * len(keys))[: len(keys)] for line in lines[1:] if line]
    return {
        row[0]: dict(zip(keys, (None if v == "-" else v for v in row), strict=True)) for row in rows
    }


def _bare(text: str | None) -> str | None:
    """The text as the field scores of run.py compare it (:func:`metrics.norm`), less its
    punctuation ("广西新闻网-南国今报" and "广西新闻网南国今报" name one outlet); None when empty."""
    found = norm(text)
    return _PUNCT.sub("", found) if found else None


def _names(text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    parts = re.split(r"[\s,，、;；/／]+", unicodedata.normalize("NFKC", text))
    return frozenset(p for p in map(_bare, parts) if p) or None


def _published_ok(gold: str | None, got: str | None) -> bool:
    if gold is None or got is None:
        return gold == got
    return got[:10] == gold if len(gold) == 10 else got[:16] == gold[:16]


def field_ok(field: str, gold: str | None, got: str | None) -> bool:
    if field == "title":
        return norm(gold) == norm(got)
    if field == "published_at":
        return _published_ok(gold, got)
    if field == "author" and _names(gold) == _names(got):
        return True
    return _bare(gold) == _bare(got)


def predict(name: str, raw: bytes) -> dict[str, str | None] | None:
    """The four fields as text, or None when the extractor gave no article."""
    found = _URL.search(raw[:200_000])
    url = (found.group(1) or found.group(2)).decode("utf-8", "replace") if found else None
    if name == "snapcrawl":
        from snapcrawl.extract import NotAnArticle, extract_article

        try:
            article = extract_article(raw, url)
        except NotAnArticle:
            return None
        when, title, source, author = (
            article.published_at,
            article.title,
            article.source,
            article.author,
        )
    else:
        import extractors

        peer = {"gne": extractors.gne_, "trafilatura": extractors.trafilatura_}[name]
        result = peer(decode_utf8_first(raw), url)
        if result.refused:
            return None
        when, title, source, author = (
            result.published,
            result.title,
            result.source,
            result.author,
        )
    return {
        "title": title,
        "published_at": when.strftime("%Y-%m-%d %H:%M") if when else None,
        "source": source,
        "author": author,
    }


def read_page(raw_path: str, mirror: Path | None, pages: Path | None, commit: str) -> bytes:
    if pages is not None:
        return (pages / raw_path).read_bytes()
    return from_mirror(mirror, commit, raw_path)


def score(
    name: str, part: str, sample: dict, source: tuple[Path | None, Path | None], misses: bool
) -> dict[str, int]:
    gold = load_gold(part)
    counts = dict.fromkeys((*FIELDS, "articles", "refused", "others", "others_refused"), 0)
    for page in sample[part]:
        want = gold[page["file"]]
        got = predict(name, read_page(page["raw"], *source, sample["commit"]))
        if want["article"] == "n":
            counts["others"] += 1
            counts["others_refused"] += got is None
            continue
        counts["articles"] += 1
        if got is None:
            counts["refused"] += 1
            if misses:
                print(f"  {part} {page['file']} refused ({page['url']})")
            continue
        for field in FIELDS:
            if field_ok(field, want[field], got[field]):
                counts[field] += 1
            elif misses:
                print(f"  {part} {page['file']} {field}: gold {want[field]!r}, got {got[field]!r}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--mirror", type=Path, help="a clone or bare git dir of the archive")
    where.add_argument("--pages", type=Path, help="a folder holding the archive's raw/ paths")
    parser.add_argument("--part", choices=("A", "B", "all"), default="all")
    parser.add_argument("--extractors", default="snapcrawl,gne,trafilatura")
    parser.add_argument("--misses", action="store_true", help="list every miss (part A only)")
    parser.add_argument("--json", type=Path, help="also write the counts here")
    args = parser.parse_args(argv)
    sample = json.loads((GOLD / "sample.json").read_text(encoding="utf-8"))
    if args.pages is not None and not (args.pages / "raw").is_dir():
        parser.error(f"--pages {args.pages}: no raw/ folder there (the archive's pages)")
    if (
        args.mirror is not None
        and subprocess.run(
            ["git", "-C", str(args.mirror), "cat-file", "-e", f"{sample['commit']}^{{commit}}"],
            capture_output=True,
            check=False,
        ).returncode
    ):
        parser.error(
            f"--mirror {args.mirror}: no git repository holding commit {sample['commit'][:7]} "
            f"of {sample['repo']} there"
        )
    parts = ("A", "B") if args.part == "all" else (args.part,)
    results = {}
    for part in parts:
        for name in args.extractors.split(","):
            counts = score(
                name, part, sample, (args.mirror, args.pages), args.misses and part == "A"
            )
            results[f"{part}/{name}"] = counts
            n = counts["articles"]
            shown = "  ".join(f"{f} {counts[f]}/{n}" for f in FIELDS)
            print(
                f"{part} {name:12} {shown}  articles refused {counts['refused']}"
                f"  non-articles refused {counts['others_refused']}/{counts['others']}"
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The two sets of real modern Chinese pages: magichtml_zh and gne_tests_unlabeled.

Both use a salted held-out split ("holdout:" + file stem), fixed before any rule was tuned on
them, so their held-out part is not the old sets' split by the same hash.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from corpus import Page, decode, read_bytes

SALT = "holdout:"
GOLD_DIR = Path(__file__).resolve().parent / "gold" / "gne_tests_unlabeled"


def _stem(name: str) -> str:
    for suffix in (".html.gz", ".html"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def magichtml(root: Path) -> list[Page]:
    """26 pages of 2024 with hand-marked main text (body only). magic-html stored every page
    as UTF-8 but kept its original ``<meta charset>``; gold.json says which bytes are UTF-8,
    and those are decoded as UTF-8 whatever the page declares (as a server header would)."""
    base = root / "magichtml_zh"
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    pages = []
    for name, g in sorted(gold.items()):
        declared = "utf-8" if g.get("bytes_are_utf8") else g.get("declared_charset")
        pages.append(
            Page(
                "magichtml_zh",
                _stem(name),
                decode(read_bytes(base / "pages" / name), declared),
                url=g.get("url"),
                body=g["body"],
                kind=g.get("kind"),
                split_salt=SALT,
            )
        )
    return pages


def _must_not_contain(items: list[dict] | None) -> tuple[tuple[str, str], ...]:
    return tuple((i["text"], i.get("kind") or "other") for i in items or [] if i.get("text"))


def _utf8_or_none(raw: bytes) -> str | None:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def gne_gold(root: Path, gold_dir: Path | None = None) -> list[Page]:
    """The gne_tests_unlabeled pages that have a gold file (``<stem>.json`` in ``gold_dir``);
    pages without gold are skipped and the count is printed. No URL is given (the set has
    none), the same for every extractor.

    Like magichtml_zh, the repository stored every page as UTF-8 (all 62 are valid UTF-8)
    while four (163__9, hexun__1, people__1, qq__2) still declare gb2312 in a ``<meta>``; a
    page whose bytes are valid UTF-8 is read as UTF-8, the encoding the gold was read in."""
    gold_dir = gold_dir or GOLD_DIR
    files = sorted((root / "gne_tests_unlabeled" / "html").glob("*.html.gz"))
    pages = []
    for path in files:
        gold_file = gold_dir / f"{_stem(path.name)}.json"
        if not gold_file.exists():
            continue
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        kind = g.get("kind") or None
        pages.append(
            Page(
                "gne_tests_unlabeled",
                _stem(path.name),
                decode(raw := read_bytes(path), _utf8_or_none(raw)),
                body=g.get("body") or None,
                title=g.get("title") or None,
                published=g.get("published_at") or None,
                source=g.get("source") or None,
                author=g.get("author") or None,
                editor=g.get("editor") or None,
                original_title=g.get("original_title") or None,
                kind=kind,
                must_not_contain=_must_not_contain(g.get("must_not_contain")),
                extra={"notes": g.get("notes") or ""},
                split_salt=SALT,
            )
        )
    print(
        f"gne_tests_unlabeled: {len(pages)} of {len(files)} pages have gold in {gold_dir}",
        file=sys.stderr,
    )
    return pages


def gold_digest(gold_dir: Path | None = None) -> str:
    """First 12 hex of sha256 over the gold files (names and bytes), so a table says which
    version of the gold it was scored against."""
    digest = hashlib.sha256()
    for path in sorted((gold_dir or GOLD_DIR).glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]

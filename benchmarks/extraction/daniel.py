"""daniel_zh: 40 Chinese news pages (2011–2012) nobody tuned on, drawn by code from the DAnIEL
corpus as published in rundimeco/waddle, with gold written before any extractor saw them.

The pages stay outside this repository (the source repository is GPL-3.0 and the pages are
third-party news pages); ``fetch_daniel.py`` copies them from the source at its fixed commit
into a folder, and ``run.py --sets daniel_zh --pages DIR`` scores that folder. The gold, the
sample list, the draw script and the annotation specs are in ``gold/daniel_zh/`` (see
gold/README.md). The whole set is unseen, so every page counts as held out.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from corpus import Page, decode, default_root

NAME = "daniel_zh"
GOLD_DIR = Path(__file__).resolve().parent / "gold" / NAME


def default_pages() -> Path:
    """``<shared>/daniel_zh``: the folder beside the shared corpus, where fetch_daniel.py puts
    the pages unless told otherwise."""
    return default_root().parent / NAME


def sample(gold_dir: Path | None = None) -> dict:
    """The draw: source repository, commit, folder, seeds and the two sets of 20 pages."""
    return json.loads(((gold_dir or GOLD_DIR) / "sample.json").read_text(encoding="utf-8"))


def entries(gold_dir: Path | None = None) -> list[dict]:
    """[{"stem", "file", "bytes"}] for every drawn page, set A then set B."""
    return [e for _, rows in sorted(sample(gold_dir)["sets"].items()) for e in rows]


def _mnc(items: list[dict] | None) -> tuple[tuple[str, str], ...]:
    return tuple((i["text"], i.get("kind") or "other") for i in items or [] if i.get("text"))


def load(pages: Path, gold_dir: Path | None = None) -> list[Page]:
    """One Page per drawn page, read from ``pages/<file>`` (the source's own file name) and
    decoded the way the gold was read: the declared charset (GB2312/GBK as GB18030),
    undeclared pages sniffed. No URL (the set has none), the same for every extractor."""
    gold_dir = gold_dir or GOLD_DIR
    out = []
    for entry in entries(gold_dir):
        g = json.loads((gold_dir / f"{entry['stem']}.json").read_text(encoding="utf-8"))
        out.append(
            Page(
                NAME,
                entry["stem"],
                decode((pages / entry["file"]).read_bytes()),
                body=g.get("body") or None,
                title=g.get("title") or None,
                published=g.get("published_at") or None,
                source=g.get("source") or None,
                author=g.get("author") or None,
                editor=g.get("editor") or None,
                original_title=g.get("original_title") or None,
                kind=g.get("kind") or None,
                must_not_contain=_mnc(g.get("must_not_contain")),
                extra={"notes": g.get("notes") or ""},
                unseen=True,
            )
        )
    print(f"{NAME}: {len(out)} pages from {pages}", file=sys.stderr)
    return out


def missing(pages: Path, gold_dir: Path | None = None) -> list[str]:
    """The drawn files not in ``pages`` (fetch_daniel.py fills the folder)."""
    return [e["file"] for e in entries(gold_dir) if not (pages / e["file"]).is_file()]


def gold_digest(gold_dir: Path | None = None) -> str:
    """First 12 hex of sha256 over the gold files (names and bytes), as for the gne gold."""
    gold_dir = gold_dir or GOLD_DIR
    digest = hashlib.sha256()
    for stem in sorted(e["stem"] for e in entries(gold_dir)):
        path = gold_dir / f"{stem}.json"
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]

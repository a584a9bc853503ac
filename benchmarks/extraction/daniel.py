"""The page sets read from a pages folder: the DAnIEL sets (Chinese news pages of 2011–2012
drawn by code from the DAnIEL corpus as published in rundimeco/waddle) and the pool sets
(browser-saved Chinese pages of Nov 2024 from transTerminus/webpage_archive), with gold written
before any extractor saw them.

Every folder ``gold/daniel_*`` or ``gold/pool_*`` whose ``sample.json`` lists drawn ``sets`` is
a set named after the folder (daniel_zh, daniel_zh2, pool_zh, …): a new folder laid out the
same way is a new set with no code change (gold/pool_fields, field gold with no ``sets``, is
not one). A second prefix rather than a ``source`` field: the folder name alone says where the
pages come from, as it does for the daniel sets, and no frozen sample.json needs a new key. The pages stay outside this repository (the source repository is GPL-3.0 and the
pages are third-party news pages); ``fetch_daniel.py --set NAME`` copies them from the source
at its fixed commit into a folder, and ``run.py --sets NAME --pages DIR`` scores that folder.
The gold, the sample list, the draw script and the annotation specs are in ``gold/<NAME>/``
(see gold/README.md). Every page of these sets counts as held out, except in a set whose
sample.json says ``tuned_on`` (why): rules were written from its pages (daniel_fix).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from corpus import Page, decode, decode_utf8_first, default_root

NAME = "daniel_zh"  # the first set, and the default of fetch_daniel.py and the "daniel" alias
GOLD_ROOT = Path(__file__).resolve().parent / "gold"
GOLD_DIR = GOLD_ROOT / NAME
PREFIXES = ("daniel_", "pool_")
# A sample.json that says so is decoded UTF-8 first (the pool's pages are browser-saved: several
# declare gb2312 over UTF-8 bytes); the others by their declared charset.
UTF8_FIRST = "utf-8 when the bytes are valid UTF-8, else the declared charset"


def names(root: Path | None = None) -> tuple[str, ...]:
    """The sets under ``root`` (default gold/): each ``daniel_*`` or ``pool_*`` folder whose
    sample.json lists ``sets``, sorted, so a set added later is found by its folder alone."""
    root = root or GOLD_ROOT
    if not root.is_dir():
        return ()
    return tuple(
        sorted(
            d.name
            for d in root.iterdir()
            if d.name.startswith(PREFIXES) and (d / "sample.json").is_file() and "sets" in sample(d)
        )
    )


def folder(name: str = NAME, root: Path | None = None) -> Path:
    """The gold folder of set ``name`` under ``root`` (default gold/)."""
    return (root or GOLD_ROOT) / name


def default_pages(name: str = NAME) -> Path:
    """``<shared>/<name>``: the folder beside the shared corpus, where fetch_daniel.py puts
    the pages unless told otherwise."""
    return default_root().parent / name


def sample(gold_dir: Path | None = None) -> dict:
    """The draw: source repository, commit, folder, seeds and the drawn pages by part."""
    return json.loads(((gold_dir or GOLD_DIR) / "sample.json").read_text(encoding="utf-8"))


def entries(gold_dir: Path | None = None) -> list[dict]:
    """[{"stem", "file", "bytes"}] for every drawn page, set A then set B."""
    return [e for _, rows in sorted(sample(gold_dir)["sets"].items()) for e in rows]


def _mnc(items: list[dict] | None) -> tuple[tuple[str, str], ...]:
    return tuple((i["text"], i.get("kind") or "other") for i in items or [] if i.get("text"))


def load(pages: Path, gold_dir: Path | None = None) -> list[Page]:
    """One Page per drawn page, read from ``pages/<file>`` (the sample's file name) and
    decoded the way the gold was read: the declared charset (GB2312/GBK as GB18030),
    undeclared pages sniffed; a set whose sample.json says ``decode`` UTF8_FIRST reads valid
    UTF-8 as UTF-8 first. No URL, the same for every extractor. The set's name is its gold
    folder's name."""
    gold_dir = gold_dir or GOLD_DIR
    name = gold_dir.name
    held_out = not tuned_on(gold_dir)
    utf8_first = utf8_decoded(gold_dir)
    out = []
    for entry in entries(gold_dir):
        g = json.loads((gold_dir / f"{entry['stem']}.json").read_text(encoding="utf-8"))
        raw = (pages / entry["file"]).read_bytes()
        out.append(
            Page(
                name,
                entry["stem"],
                decode_utf8_first(raw) if utf8_first else decode(raw),
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
                all_held_out=held_out,
            )
        )
    print(f"{name}: {len(out)} pages from {pages}", file=sys.stderr)
    return out


def utf8_decoded(gold_dir: Path | None = None) -> bool:
    """Whether the set's pages are read as UTF-8 when their bytes are valid UTF-8, whatever
    they declare (browser-saved pages: the bytes were re-encoded, the meta tag was not)."""
    return sample(gold_dir).get("decode") == UTF8_FIRST


def tuned_on(gold_dir: Path | None = None) -> bool:
    """Whether rules were written from the set's pages (its sample.json says why), so that
    none of them is held out."""
    return bool(sample(gold_dir).get("tuned_on"))


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


def describe(gold_dir: Path) -> str:
    """The report's note for a set found by its folder (daniel_zh keeps its own in run.py):
    what the draw and the gold are, from the set's sample.json."""
    name, drawn = gold_dir.name, sample(gold_dir)
    seeds = " and ".join(
        f"random.Random({seed})"
        for part, seed in sorted(drawn.get("seeds", {}).items())
        if part in drawn["sets"]
    )
    pool = name.startswith("pool_")
    what = (
        "browser-saved Chinese web pages of Nov 2024 (news, posts and some non-articles)"
        if pool
        else "news pages of 2011–2012"
    )
    where = "the webpage_archive pool" if pool else "the DAnIEL corpus"
    return (
        f'{name} (chosen by name only; not part of "all"): {len(entries(gold_dir))} '
        f"{'' if pool else 'Chinese '}{what} drawn{' with ' + seeds if seeds else ''} from "
        f"{where} in {drawn['source']['repo']} at a fixed commit, gold written by block numbers "
        f"before any extractor ran on them (gold/{name}/, frozen by SHA256SUMS.frozen; how: "
        "gold/README.md). "
        + (
            "Rules were written from these pages (a fix set): no page is held out. "
            if tuned_on(gold_dir)
            else "Every page counts as held out. "
        )
        + "Pages are read from --pages "
        f"(fetch_daniel.py --set {name} copies them from the source) and decoded "
        + (
            "as UTF-8 when their bytes are valid UTF-8, else by their declared charset"
            if utf8_decoded(gold_dir)
            else "by their declared charset"
        )
        + "; no URL is given."
    )

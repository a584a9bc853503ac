"""Gold for pool_zh: daniel_zh's goldtool.py, decoding valid UTF-8 as UTF-8 first; the method
of benchmarks/extraction/gold/README.md.

    python goldtool.py dump  PAGES_DIR SAMPLE.json OUT_DIR      # numbered text blocks per page
    python goldtool.py build PAGES_DIR SAMPLE.json SPEC_DIR GOLD_DIR   # spec -> gold JSON + checks

A page is decoded once (w3lib: declared charset, GB2312/GBK as GB18030; undeclared pages
sniffed: UTF-8 if valid, else GB18030), parsed with lxml, and cut into text blocks: each block
element and <br> ends a block (the same rule as benchmarks/extraction/blocktext.py), script,
style, noscript and template give nothing, text inside an element hidden by CSS
(display:none / visibility:hidden in a style attribute, or the hidden attribute) is kept and
marked [hidden]. The dump also shows <title>, og:title, the publish-time metas and JSON-LD.

A spec (SPEC_DIR/<stem>.json) is what the annotator chose by reading the dump:
    {"title": "...", "first": 12, "last": 30, "exclude": [15, 16],
     "published_at": ..., "source": ..., "author": ..., "editor": ..., "original_title": ...,
     "kind": "news" | "not_article",
     "must_not_contain": [{"block": 31, "kind": "statement"}, {"text": "...", "kind": "promo"}],
     "notes": "..."}
build turns it into the gold file: body = blocks first..last minus exclude, joined by "\\n",
so every paragraph is the page's own text; must_not_contain given by block takes that
block's text. Checks: title and every must_not_contain text occur in the page (whitespace
removed, NFKC); each must_not_contain text has >= 6 characters and is not in the body.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from lxml import etree
from lxml import html as lhtml
from w3lib.encoding import html_to_unicode

BLOCKS = frozenset(
    """address article aside blockquote body caption dd details div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section
    summary table tbody tfoot thead tr ul center""".split()  # noqa: SIM905
)
CELLS = frozenset({"td", "th"})
SKIP = frozenset({"script", "style", "noscript", "template", "head", "title"})
_SPACE = re.compile(r"\s+")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
KEYS = (
    "title",
    "body",
    "published_at",
    "source",
    "author",
    "editor",
    "original_title",
    "kind",
    "must_not_contain",
    "notes",
)


def _sniff(raw: bytes) -> str:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def decode(raw: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8 (the pool is browser-saved: several pages declare
    gb2312 over UTF-8 bytes), else w3lib by the declared charset."""
    if _sniff(raw) == "utf-8":
        return raw.decode("utf-8")
    return html_to_unicode(None, raw, auto_detect_fun=_sniff)[1]


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def _hidden(el) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN.search(el.get("style") or ""))


def blocks(text: str) -> list[tuple[str, bool]]:
    """[(block text, hidden)] in document order."""
    root = lhtml.document_fromstring(text)
    out: list[tuple[str, bool]] = []
    cur: list[str] = []
    hidden_depth = 0
    cur_hidden = False
    skipping = 0

    def flush() -> None:
        nonlocal cur, cur_hidden
        line = _SPACE.sub(" ", "".join(cur)).strip()
        if line:
            out.append((line, cur_hidden))
        cur = []
        cur_hidden = hidden_depth > 0

    for event, el in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if event in ("comment", "pi"):
            if el.tail and not skipping:
                cur.append(el.tail)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if skipping or tag in SKIP:
                skipping += tag in SKIP
                continue
            if _hidden(el):
                if tag in BLOCKS or tag == "br":
                    flush()
                hidden_depth += 1
                cur_hidden = True
            if tag in BLOCKS or tag == "br":
                flush()
            elif tag in CELLS:
                cur.append(" ")
            if el.text:
                cur.append(el.text)
                cur_hidden = cur_hidden or hidden_depth > 0
            continue
        if tag in SKIP:
            skipping -= 1
            if skipping:
                continue
        elif skipping:
            continue
        if tag in BLOCKS:
            flush()
        if _hidden(el):
            flush()
            hidden_depth -= 1
            cur_hidden = hidden_depth > 0
        if el.tail and el is not root:
            cur.append(el.tail)
    flush()
    return out


def meta(text: str) -> dict[str, list[str]]:
    root = lhtml.document_fromstring(text)
    found: dict[str, list[str]] = {"title": [t.text_content() for t in root.iter("title")]}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if any(k in key for k in ("title", "time", "date", "author", "source", "publish")):
            found.setdefault(key, []).append(m.get("content") or "")
    for s in root.iter("script"):
        if (s.get("type") or "").lower() == "application/ld+json":
            found.setdefault("json-ld", []).append(" ".join((s.text or "").split())[:600])
    return found


def _stems(sample: dict) -> list[tuple[str, str, str]]:
    return [(k, x["stem"], x["file"]) for k, v in sample["sets"].items() for x in v]


def dump(pages: Path, sample_file: Path, out: Path) -> None:
    sample = json.loads(sample_file.read_text(encoding="utf-8"))
    for set_key, stem, name in _stems(sample):
        text = decode((pages / name).read_bytes())
        lines = [f"# {stem}  (set {set_key}, file {name})"]
        for key, values in meta(text).items():
            for v in values:
                lines.append(f"# {key}: {' '.join(v.split())}")
        for i, (line, hidden) in enumerate(blocks(text)):
            lines.append(f"{i:4d}{' [hidden]' if hidden else ''} {line}")
        (out / set_key).mkdir(parents=True, exist_ok=True)
        (out / set_key / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(pages: Path, sample_file: Path, specs: Path, gold: Path) -> int:
    sample = json.loads(sample_file.read_text(encoding="utf-8"))
    problems = 0
    gold.mkdir(parents=True, exist_ok=True)
    for _set, stem, name in _stems(sample):
        spec_file = specs / f"{stem}.json"
        if not spec_file.exists():
            continue
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        text = decode((pages / name).read_bytes())
        blist = [b for b, _ in blocks(text)]
        page_norm = norm(" ".join(blist) + " ".join(meta(text)["title"]))
        body = ""
        if spec.get("kind") != "not_article":
            drop = set(spec.get("exclude", []))
            keep = [*range(spec["first"], spec["last"] + 1), *spec.get("add", [])]
            body = "\n".join(blist[i] for i in sorted(set(keep)) if i not in drop)
        mnc = []
        for item in spec.get("must_not_contain", []):
            t = blist[item["block"]] if "block" in item else item["text"]
            mnc.append({"text": t, "kind": item["kind"]})
        record = {
            "title": spec.get("title"),
            "body": body or None,
            "published_at": spec.get("published_at"),
            "source": spec.get("source"),
            "author": spec.get("author"),
            "editor": spec.get("editor"),
            "original_title": spec.get("original_title"),
            "kind": spec.get("kind", "news"),
            "must_not_contain": mnc,
            "notes": spec.get("notes", ""),
        }
        errs = []
        if record["title"] and norm(record["title"]) not in page_norm:
            errs.append("title not in page")
        for item in mnc:
            if len(norm(item["text"])) < 6:
                errs.append(f"short must_not_contain {item['text']!r}")
            if norm(item["text"]) not in page_norm:
                errs.append(f"must_not_contain not in page {item['text']!r}")
            if body and norm(item["text"]) in norm(body):
                errs.append(f"must_not_contain in body {item['text']!r}")
        for line in errs:
            print(f"{stem}: {line}", file=sys.stderr)
        problems += bool(errs)
        (gold / f"{stem}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return problems


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:]
    if cmd == "dump":
        dump(*map(Path, rest))
    elif cmd == "build":
        sys.exit(1 if build(*map(Path, rest)) else 0)
    else:
        sys.exit(__doc__)

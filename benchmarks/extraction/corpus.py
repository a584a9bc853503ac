"""Load the shared extraction corpus into one list of ``Page`` records with gold fields.

Each page is decoded once (BOM, declared charset, GB2312/GBK as GB18030) and the same text
goes to every extractor, so timings compare extraction, not decoding.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import html as lhtml
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

REPO = Path(__file__).resolve().parents[2]


def default_root() -> Path:
    """../shared/corpus beside the checkout (a worktree may sit one level deeper)."""
    for parent in REPO.parents:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared" / "corpus"
    return REPO.parent / "shared" / "corpus"


_WRAPPER = re.compile(r"^\s*<text [^>]*>\s*", re.IGNORECASE)


@dataclass
class Page:
    dataset: str
    page_id: str
    html: str
    url: str | None = None
    body: str | None = None  # gold body text
    title: str | None = None
    published: str | None = None  # gold time as written ("2021-01-15 11:10", "2005-5-7")
    source: str | None = None
    category: str | None = None
    source_url: str | None = None
    author: str | None = None
    editor: str | None = None
    original_title: str | None = None
    kind: str | None = None  # news / other / empty, where the set says
    must_not_contain: tuple[tuple[str, str], ...] = ()  # (text, kind) that must not be in body
    host_markers: tuple[str, ...] = ()  # snapshot notices that must not survive
    list_markers: tuple[str, ...] = ()  # related-list teasers that must not survive
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)
    split_salt: str = ""  # the modern sets use "holdout:" so their split is not the old one
    # The whole set's split, where it is one: True, a set nobody tuned on (daniel_zh), every
    # page held out; False, a fix set (daniel_fix), none; None, about 30 % by id.
    all_held_out: bool | None = None

    @property
    def held_out(self) -> bool:
        """About 30% of pages, fixed by id, never looked at while tuning; all of an unseen set,
        none of a fix set."""
        if self.all_held_out is not None:
            return self.all_held_out
        key = (self.split_salt + self.page_id).encode()
        return int(hashlib.md5(key).hexdigest(), 16) % 10 < 3

    @property
    def group(self) -> str:
        """The report row: the set, split by page kind where the set has kinds."""
        return f"{self.dataset} {self.kind}" if self.kind else self.dataset


def _sniff(raw: bytes) -> str:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def _gb18030_replace(error: UnicodeError) -> tuple[str, int]:
    # The Encoding Standard's GB18030 decoder reads a lone 0x80 as the euro sign (GBK's).
    assert isinstance(error, UnicodeDecodeError)
    if error.object[error.start] == 0x80:
        return "\u20ac", error.start + 1
    return "\ufffd", error.end


codecs.register_error("bench_gb18030_replace", _gb18030_replace)

_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF8, "utf-8"),
)
# Labels read with their superset, as browsers do. w3lib before 2.6 mapped these itself; 2.6
# names Python's narrower gbk codec, so the mapping lives here and the benchmark's text does
# not move with w3lib's version.
_CODECS = {"gbk": "gb18030", "gb2312": "gb18030", "utf-16": "utf-16-be", "utf-32": "utf-32-be"}


def decode(raw: bytes, declared: str | None = None) -> str:
    """Browser-like decoding (``declared`` plays the HTTP header): byte-order mark, header,
    the page's own declaration; undeclared pages are sniffed: UTF-8 if they are valid UTF-8,
    else GB18030. Undecodable bytes become U+FFFD."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(name, "replace")
    header = f"text/html; charset={declared}" if declared else None
    label = http_content_type_encoding(header) or html_body_declared_encoding(raw) or _sniff(raw)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        name = _sniff(raw)
    name = _CODECS.get(name, name)
    errors = "bench_gb18030_replace" if name == "gb18030" else "replace"
    return raw.decode(name, errors)


def decode_utf8_first(raw: bytes) -> str:
    """:func:`decode`, but valid UTF-8 read as UTF-8 whatever the page declares: a browser
    saving a page re-encodes its bytes and leaves its meta tag (the webpage_archive pool)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode(raw)
    return decode(raw, "utf-8")


def read_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


def synthetic(root: Path) -> list[Page]:
    base = root / "synthetic_snapshot_zh"
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    pages = []
    for pid, g in sorted(gold.items()):
        marks = g["noise_markers"]
        host = tuple(
            m for k in ("disclaimer", "snapshot_time", "original_url") for m in marks.get(k, [])
        )
        pages.append(
            Page(
                "synthetic_snapshot_zh",
                pid,
                decode(read_bytes(base / "html" / f"{pid}.html")),
                url=f"http://snapshot.example.com/{pid}.html",
                body=g["body"],
                title=g["title"],
                published=g["publish_time"],
                source=g["source"],
                category=g["category"],
                source_url=g["original_url"],
                host_markers=host,
                list_markers=tuple(marks.get("related", [])),
            )
        )
    return pages


def cleaneval(root: Path) -> list[Page]:
    base = root / "zh_cleaneval_immortal"
    bodies = json.loads((base / "gold" / "cleaned_ground.json").read_text(encoding="utf-8"))
    dates = json.loads((base / "gold" / "date_ground.json").read_text(encoding="utf-8"))
    authors = json.loads((base / "gold" / "author_ground.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(bodies):
        raw = read_bytes(base / "html" / f"{pid}.html")
        first, _, rest = raw.partition(b"\n")
        url_match = re.search(rb'id="([^"]+)"', first)
        enc_match = re.search(rb'encoding="([\w-]+)"', first)
        declared = (
            enc_match.group(1).decode() if enc_match and enc_match.group(1) != b"unset" else None
        )
        date = dates.get(pid, {}).get("articleBody", "UNKNOWN")
        author = authors.get(pid, {}).get("articleBody", "UNKNOWN")
        pages.append(
            Page(
                "zh_cleaneval_immortal",
                pid,
                decode(rest if first.lstrip().startswith(b"<text") else raw, declared),
                url=url_match.group(1).decode("latin-1") if url_match else None,
                body=bodies[pid]["articleBody"],
                published=None if date == "UNKNOWN" else date,
                author=None if author == "UNKNOWN" else author,
            )
        )
    return pages


def trafilatura_eval(root: Path) -> list[Page]:
    base = root / "trafilatura_eval_zh"
    gold = json.loads((base / "evaldata_zh.json").read_text(encoding="utf-8"))
    return [
        Page(
            "trafilatura_eval_zh",
            g["file"],
            decode(read_bytes(base / "html" / g["file"])),
            url=url,
            title=g.get("title"),
            published=g.get("date"),
            author=g.get("author") or None,
            with_snippets=tuple(g.get("with", [])),
            without_snippets=tuple(g.get("without", [])),
        )
        for url, g in sorted(gold.items())
    ]


def readability(root: Path) -> list[Page]:
    base = root / "readability_js_zh"
    pages = []
    for sub in sorted(p for p in base.iterdir() if p.is_dir()):
        expected = lhtml.fromstring((sub / "expected.html").read_text(encoding="utf-8"))
        meta = json.loads((sub / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append(
            Page(
                "readability_js_zh",
                sub.name,
                decode(read_bytes(sub / "source.html")),
                body=expected.text_content(),
                extra={"doc_title": meta.get("title")},
            )
        )
    return pages

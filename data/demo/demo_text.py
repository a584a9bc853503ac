"""Text helpers for the demo generator: 5-gram Jaccard, sentence edits, dates, snippets.

Stdlib only; imported by ``build.py`` (run as a script, so this folder is on ``sys.path``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime

WHITESPACE = re.compile(r"\s+")
# A sentence ends at 。！？ (possibly repeated), optionally followed by a closing quote.
SENTENCE = re.compile(r"[^。！？]*[。！？]+[”」’』]?|[^。！？]+$")
STAMP = "%Y-%m-%d %H:%M:%S"


def squeeze(text: str) -> str:
    """The text with all whitespace removed (what the Jaccard figures are computed on)."""
    return WHITESPACE.sub("", text)


def shingles(text: str, n: int = 5) -> set[str]:
    flat = squeeze(text)
    return {flat[i : i + n] for i in range(len(flat) - n + 1)}


def jaccard5(a: str, b: str, *, nfkc: bool = False) -> float:
    """Character 5-gram Jaccard of two bodies, whitespace removed (NFKC first if asked)."""
    if nfkc:
        a, b = unicodedata.normalize("NFKC", a), unicodedata.normalize("NFKC", b)
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def sentences(paragraph: str) -> list[str]:
    parts = SENTENCE.findall(paragraph)
    if "".join(parts) != paragraph:
        raise ValueError(f"cannot split into sentences: {paragraph[:40]}")
    return parts


# --- the edits a republishing site makes (mirror near-duplicates) -----------------------

Edit = Callable[[str, list[str], str], tuple[str, list[str]]]


def drop_sentence(title: str, paras: list[str], reporter: str) -> tuple[str, list[str]]:
    """Drop the shortest sentence that does not open a paragraph (never in the lede)."""
    candidates = [
        (len(part), i, k)
        for i, para in enumerate(paras[1:], start=1)
        for k, part in enumerate(sentences(para))
        if k > 0
    ]
    if not candidates:
        raise ValueError("no sentence to drop")
    _, i, k = min(candidates)
    parts = sentences(paras[i])
    del parts[k]
    return title, [*paras[:i], "".join(parts), *paras[i + 1 :]]


def punct_comma(title: str, paras: list[str], reporter: str) -> tuple[str, list[str]]:
    """Full-width commas of the last paragraph become ASCII commas (NFKC undoes it)."""
    return title, [*paras[:-1], paras[-1].replace("，", ",")]


def punct_quotes(title: str, paras: list[str], reporter: str) -> tuple[str, list[str]]:
    """Chinese double quotes become corner brackets in the first paragraph that has any."""
    table = str.maketrans({"“": "「", "”": "」"})
    i = next(k for k, p in enumerate(paras) if "“" in p)
    return title, [*paras[:i], paras[i].translate(table), *paras[i + 1 :]]


def append_reporter(title: str, paras: list[str], reporter: str) -> tuple[str, list[str]]:
    return title, [*paras[:-1], f"{paras[-1]}（记者 {reporter}）"]


def split_paragraph(title: str, paras: list[str], reporter: str) -> tuple[str, list[str]]:
    i = max(range(len(paras)), key=lambda k: (len(sentences(paras[k])) >= 2, len(paras[k])))
    parts = sentences(paras[i])
    cut = min(range(1, len(parts)), key=lambda k: abs(len("".join(parts[:k])) - len(paras[i]) / 2))
    head, tail = "".join(parts[:cut]), "".join(parts[cut:])
    return title, [*paras[:i], head, tail, *paras[i + 1 :]]


def title_suffix(title: str, paras: list[str], reporter: str) -> tuple[str, list[str]]:
    return f"{title}_新闻频道", list(paras)


EDITS: dict[str, Edit] = {
    "drop_sentence": drop_sentence,
    "punct_comma": punct_comma,
    "punct_quotes": punct_quotes,
    "append_reporter": append_reporter,
    "split_paragraph": split_paragraph,
    "title_suffix": title_suffix,
}


def apply_edits(
    title: str, paras: Sequence[str], edits: Sequence[str], reporter: str
) -> tuple[str, list[str]]:
    current = list(paras)
    for name in edits:
        changed = EDITS[name](title, current, reporter)
        if changed == (title, current):
            raise ValueError(f"edit {name} changes nothing")
        title, current = changed
    return title, current


# --- dates ------------------------------------------------------------------------------


def parse_stamp(stamp: str) -> datetime:
    return datetime.strptime(stamp, STAMP)


def show_date(stamp: str, style: str) -> str:
    """``stamp`` ("YYYY-MM-DD HH:MM:SS") as a page prints it in the given style."""
    dt = parse_stamp(stamp)
    if style != "full" and style != "nopad" and dt.second:
        raise ValueError(f"{stamp}: style {style} drops the seconds")
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    styles = {
        "full": stamp,
        "nopad": f"{dt.year}-{dt.month}-{dt.day} {hm}:{dt.second:02d}",
        "slash": f"{dt.year}/{dt.month:02d}/{dt.day:02d} {hm}",
        "cn": f"{dt.year}年{dt.month:02d}月{dt.day:02d}日 {hm}",
        "min": f"{dt.year}-{dt.month:02d}-{dt.day:02d} {hm}",
        "day": f"{dt.year}-{dt.month:02d}-{dt.day:02d}",
    }
    return styles[style]


# --- snippets in related lists ----------------------------------------------------------


def snippet_head(paras: Sequence[str], size: int = 60) -> str:
    return squeeze("".join(paras))[:size]


def snippet_middle(paras: Sequence[str], offset: int, size: int = 58) -> str:
    flat = squeeze("".join(paras))
    start = 20 + offset % max(1, len(flat) - size - 40)
    return "..." + flat[start : start + size]

"""Per-page scores: body P/R/F1 over character bigrams, noise left in the body, metadata.

Body score: character bigrams. Each text is NFKC-normalised and stripped of all whitespace;
its bigrams are counted as a multiset; P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|,
F1 = 2PR/(P+R) (0 when either side is empty); reported as the mean over pages.

Fields (title, source, author, editor, original_title, category, source_url) match when equal
after NFKC and removing all whitespace; only pages whose gold has a value are scored, so
None vs None never counts. published_at: to the minute where the gold has a time of day, the
date where the gold has only a date; gold given only as a year or a month is not scored.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import datetime

from corpus import Page
from extractors import Result

FIELDS = ("title", "source", "author", "editor", "original_title", "category", "source_url")
NOISE_KINDS = ("statement", "promo", "credit", "player")  # the kinds a clean body must not keep
_GOLD_TIME = re.compile(
    r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：](\d{2}))?"
)


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def bigrams(text: str) -> Counter[str]:
    text = norm(text)
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    p_counts, g_counts = bigrams(pred), bigrams(gold)
    if not p_counts or not g_counts:
        return 0.0, 0.0, 0.0
    common = sum((p_counts & g_counts).values())
    p, r = common / sum(p_counts.values()), common / sum(g_counts.values())
    return p, r, (2 * p * r / (p + r) if common else 0.0)


def gold_time(text: str | None) -> tuple[datetime, bool] | None:
    """("2005-5-7 21:23:57") -> (datetime, has time of day); None for "2018", "1998-3", ""."""
    match = _GOLD_TIME.match(text or "")
    if not match:
        return None
    year, month, day, hour, minute = match.groups()
    try:
        value = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None
    return value, hour is not None


def _published(page: Page, res: Result) -> dict:
    gold = gold_time(page.published)
    if gold is None:
        return {}
    value, has_time = gold
    got = res.published
    date_ok = got is not None and got.date() == value.date()
    if not has_time:
        return {"date": date_ok, "published": date_ok}
    minute_ok = got is not None and got.strftime("%Y-%m-%d %H:%M") == value.strftime(
        "%Y-%m-%d %H:%M"
    )
    return {"date": date_ok, "published": minute_ok}


def _noise(page: Page, body: str) -> dict[str, list[str]]:
    """Gold ``must_not_contain`` texts found in the body (whitespace removed), by kind."""
    found: dict[str, list[str]] = {}
    for text, kind in page.must_not_contain:
        if norm(text) and norm(text) in body:
            found.setdefault(kind, []).append(text)
    return found


def score(page: Page, res: Result, seconds: float, cpu_seconds: float) -> dict:
    """Everything measured on one page for one extractor, JSON-ready."""
    body = norm(res.body)
    row: dict = {
        "set": page.dataset,
        "group": page.group,
        "page": page.page_id,
        "held_out": page.held_out,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "body_chars": len(res.body or ""),
        "refused": res.refused,
    }
    if page.body:
        row["p"], row["r"], row["f1"] = prf(res.body, page.body)
        row["empty"] = not body
    if page.must_not_contain:
        row["noise"] = _noise(page, body)
        row["noise_listed"] = sorted({kind for _, kind in page.must_not_contain})
    if page.host_markers:
        row["host_noise"] = any(m in res.body for m in page.host_markers)
    if page.list_markers:
        row["list_noise"] = any(m in res.body for m in page.list_markers)
    if page.with_snippets or page.without_snippets:
        hits = sum(norm(s) in body for s in page.with_snippets)
        hits += sum(norm(s) not in body for s in page.without_snippets)
        row["snippets"] = hits / (len(page.with_snippets) + len(page.without_snippets))
    row.update(_published(page, res))
    for key in FIELDS:
        gold = getattr(page, key)
        if gold:
            row[key] = norm(getattr(res, key)) == norm(gold)
    row["got"] = {
        "title": res.title,
        "published": res.published.isoformat() if res.published else None,
        "source": res.source,
        "author": res.author,
        "editor": res.editor,
    }
    return row

"""The extractors under comparison, each behind one function: html text -> Result."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from lxml import html as lhtml

from snapcrawl.extract import NotAnArticle, extract_article
from snapcrawl.extract.dates import parse_date


@dataclass
class Result:
    body: str = ""
    title: str | None = None
    published: datetime | None = None
    published_has_time: bool = False
    source: str | None = None
    category: str | None = None
    source_url: str | None = None
    author: str | None = None


def _date(value: str | None) -> tuple[datetime | None, bool]:
    found = parse_date(value) if value else None
    return (found.value, found.has_time) if found else (None, False)


def ours(html: str, url: str | None) -> Result:
    try:
        a = extract_article(html, url)
    except NotAnArticle:
        return Result()
    has_time = a.published_at is not None and (
        a.published_at.hour,
        a.published_at.minute,
        a.published_at.second,
    ) != (0, 0, 0)
    return Result(
        a.body, a.title, a.published_at, has_time, a.source, a.category, a.source_url, a.author
    )


def trafilatura_(html: str, url: str | None) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Result()
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    published, has_time = _date(get("date"))
    return Result(
        get("text") or "",
        get("title"),
        published,
        has_time,
        None,
        (get("categories") or [None])[0] if get("categories") else None,
        None,
        get("author"),
    )


_GNE = None


def gne_(html: str, url: str | None) -> Result:
    global _GNE
    from gne import GeneralNewsExtractor

    if _GNE is None:
        _GNE = GeneralNewsExtractor()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = _GNE.extract(html)
    except Exception:
        return Result()
    published, has_time = _date(out.get("publish_time"))
    return Result(
        out.get("content") or "",
        out.get("title"),
        published,
        has_time,
        None,
        None,
        None,
        out.get("author"),
    )


def readability_(html: str, url: str | None) -> Result:
    from readability import Document

    try:
        doc = Document(html)
        summary = doc.summary(html_partial=True)
        body = "\n".join(t.strip() for t in lhtml.fromstring(summary).itertext() if t.strip())
        return Result(body, doc.short_title())
    except Exception:
        return Result()


EXTRACTORS: dict[str, Callable[[str, str | None], Result]] = {
    "snapcrawl": ours,
    "trafilatura": trafilatura_,
    "gne": gne_,
    "readability": readability_,
}

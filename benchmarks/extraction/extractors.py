"""The extractors under comparison: html text -> Result, timed page by page.

snapcrawl, trafilatura, GNE and readability-lxml run in this process; magic-html runs in its
own Python 3.12 child process (``magic_peer``), which times each page itself. Each page is
timed twice: wall time (``perf_counter``) and CPU time (``process_time``); the CPU time is
what the report's speed row uses, since the shared machine's other jobs stretch wall time.
"""

from __future__ import annotations

import gc
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from blocktext import html_to_text
from magic_peer import MagicHtml, PeerError

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
    editor: str | None = None
    original_title: str | None = None
    refused: str | None = None  # why the extractor gave no article (reason or error)


def _date(value: str | None) -> tuple[datetime | None, bool]:
    found = parse_date(value) if value else None
    return (found.value, found.has_time) if found else (None, False)


def ours(html: str, url: str | None) -> Result:
    try:
        a = extract_article(html, url)
    except NotAnArticle as exc:
        return Result(refused=str(exc) or "not_an_article")
    has_time = a.published_at is not None and (
        a.published_at.hour,
        a.published_at.minute,
        a.published_at.second,
    ) != (0, 0, 0)
    return Result(
        a.body,
        a.title,
        a.published_at,
        has_time,
        a.source,
        a.category,
        a.source_url,
        a.author,
        a.editor,
        a.original_title,
    )


# trafilatura's defaults, but asking htmldate for the time of day too (its default output is
# the date alone, which would score 0 on every gold with a time).
_TRAFILATURA_DATES = {
    "extensive_search": True,
    "original_date": True,
    "outputformat": "%Y-%m-%d %H:%M:%S",
}


def trafilatura_(html: str, url: str | None) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, date_extraction_params=_TRAFILATURA_DATES
    )
    if doc is None:
        return Result(refused="none")
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
    except Exception as exc:
        return Result(refused=type(exc).__name__)
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
        return Result(html_to_text(doc.summary(html_partial=True)), doc.short_title())
    except Exception as exc:
        return Result(refused=type(exc).__name__)


IN_PROCESS: dict[str, Callable[[str, str | None], Result]] = {
    "snapcrawl": ours,
    "trafilatura": trafilatura_,
    "gne": gne_,
    "readability": readability_,
}
__all__ = ["NAMES", "PeerError", "Result", "run"]
NAMES = ("snapcrawl", "magic-html", "trafilatura", "gne", "readability")


# Every extractor reads this made-up page once, untimed, before the timed pages: the first call
# pays one-time costs that a crawl pays once per process, not once per page. trafilatura's
# first page with no machine-readable date sends a text date to dateparser, which then
# compiles the patterns of its ~200 locales (~1.6 s of CPU, 35x a page): hence a date only in
# the text, with spaces, and no date in the URL.
WARM_UP_PAGE = (
    "<html><head><title>果园里的秋天 - 示例新闻</title></head>"
    "<body><nav>首页 &gt; 社会</nav><h1>果园里的秋天</h1>"
    '<div class="info">示例果园 所属地区某省某县 设立时间2021年3月15</div>'
    "<p>山坡上的苹果园迎来了收获季，果农们清晨就开始采摘，一筐筐红苹果被运到村口的收购点。</p>"
    "<p>今年雨水充足，果子个头大、糖分高，收购价比去年每斤高出两角钱。</p>"
    "<p>村里还办起了采摘节，周末来自城里的游客络绎不绝。</p><footer>版权所有</footer>"
    "</body></html>"
)
WARM_UP_URL = "http://news.example.com/orchard.html"


def run(
    name: str, jobs: Iterable[tuple[str, str | None]], peer_env: Path | None, py312: str | None
) -> list[tuple[Result, float, float]]:
    """(result, wall seconds, CPU seconds) for each (html, url): the extraction alone, after
    one untimed call on ``WARM_UP_PAGE``."""
    if name != "magic-html":
        fn, out = IN_PROCESS[name], []
        fn(WARM_UP_PAGE, WARM_UP_URL)
        # The in-process extractors share this process, so each would otherwise pay, in
        # Python's cyclic GC, for every object the ones before it left (their imports, caches
        # and results): 10-15 % of our CPU with the peers' modules loaded. Objects that exist
        # before the timed pass are set aside (``gc.freeze``); what the pass makes is collected
        # as usual. magic-html runs in a process of its own.
        gc.collect()
        gc.freeze()
        try:
            for html, url in jobs:
                wall, cpu = time.perf_counter(), time.process_time()
                res = fn(html, url)
                out.append((res, time.perf_counter() - wall, time.process_time() - cpu))
        finally:
            gc.unfreeze()
        return out
    with MagicHtml(peer_env, py312) as peer:
        peer.extract(WARM_UP_PAGE, WARM_UP_URL)
        answers = [peer.extract(html, url) for html, url in jobs]
    return [
        (Result(a["body"], a["title"], refused=a["error"]), a["seconds"], a["cpu_seconds"])
        for a in answers
    ]

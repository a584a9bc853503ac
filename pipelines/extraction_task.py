"""The extraction a worker process runs for CleanPipeline: plain functions, picklable results.

Each worker keeps its own connection to the boilerplate memory, opened on
first use and flushed when the worker exits. Besides the article, the worker
computes what later pipelines would otherwise compute on the crawler's one
thread from the same body: the ``content_hash`` column, the dedup entry
(normal form, shingles, MinHash signature, band keys) and the keywords, so the
reactor only looks the entry up, and each page costs one round trip to a worker.

The crawler imports this module (to send its functions and read their results)
but never extracts: ``snapcrawl.extract`` is imported by a worker's warm-up or
first page, not by the crawler (~0.2 s of its start-up), and the article comes
back as the fields its item takes, without the paragraphs the body already holds.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from multiprocessing.util import Finalize
from pathlib import Path
from typing import TYPE_CHECKING, Any

from snapcrawl.dataset.keywords import KeywordExtractor, load_model
from snapcrawl.dedup import DedupConfig, content_hash
from snapcrawl.dedup.index import make_entry
from snapcrawl.dedup.types import Entry

if TYPE_CHECKING:
    from snapcrawl.extract import BoilerplateMemory
    from snapcrawl.extract.profile import SiteProfile
    from snapcrawl.extract.types import Article

# The article's fields an ArticleItem takes (``paragraphs`` stays in the worker).
ARTICLE_FIELDS = (
    "title",
    "body",
    "category",
    "published_at",
    "source",
    "source_url",
    "snapshot_at",
    "author",
    "editor",
    "original_title",
    "noise",
)

_memories: dict[str, BoilerplateMemory] = {}
_profiles: dict[str, SiteProfile] = {}

# The keywords of the articles this worker scored last, by title and a digest of the body:
# a story reached again under another URL is segmented once. Deduplication drops that
# copy, or keeps it in place of the first, with the same keywords either way.
RECENT_KEYWORDS = 4096
_recent_keywords: OrderedDict[tuple[KeywordExtractor, str, bytes], list[str]] = OrderedDict()


def _memory(path: str | None) -> BoilerplateMemory | None:
    if not path:
        return None
    memory = _memories.get(path)
    if memory is None:
        from snapcrawl.extract import BoilerplateMemory

        memory = _memories[path] = BoilerplateMemory.open(Path(path))
        Finalize(memory, memory.close, exitpriority=10)
    return memory


def close_memories() -> None:
    """Flush and close the memories this process opened (inline mode, at spider close)."""
    while _memories:
        _, memory = _memories.popitem()
        memory.close()


def extract_page(
    html: bytes | str,
    url: str,
    content_type: str | None,
    boilerplate_path: str | None,
    profile_path: str | None,
) -> Article | tuple[str, str]:
    """The article, or ``(reason, detail)`` when the page is not one.

    ``html`` is the body as received and ``content_type`` its HTTP header, so
    the page is decoded once, by rules that know Chinese sites (GB2312 labels
    on GBK bytes, no declaration at all), rather than by Scrapy's guess.
    """
    from snapcrawl.extract import NotAnArticle, extract_article, load_profile

    profile = None
    if profile_path:
        profile = _profiles.get(profile_path) or _profiles.setdefault(
            profile_path, load_profile(profile_path)
        )
    try:
        return extract_article(
            html,
            url=url,
            encoding=content_type,
            boilerplate=_memory(boilerplate_path),
            profile=profile,
        )
    except NotAnArticle as verdict:
        return (verdict.reason, verdict.detail)


def warm_up(keywords: KeywordExtractor | None) -> None:
    """What a worker loads before its first page: the extraction code and, with
    keywords on, the keywords model (~0.5 s together)."""
    import snapcrawl.extract  # noqa: F401 - imported for every page's extract_page

    if keywords is not None:
        load_model()


def keywords_of(extractor: KeywordExtractor, title: str | None, body: str | None) -> list[str]:
    """``extractor.extract(title, body)``, scored once for the same title and body among
    the last ``RECENT_KEYWORDS`` articles (None and "" score alike)."""
    title, body = title or "", body or ""
    key = (extractor, title, hashlib.sha1(body.encode("utf-8", "surrogatepass")).digest())
    words = _recent_keywords.get(key)
    if words is None:
        words = _recent_keywords[key] = extractor.extract(title, body)
        if len(_recent_keywords) > RECENT_KEYWORDS:
            _recent_keywords.popitem(last=False)
    else:
        _recent_keywords.move_to_end(key)
    return list(words)


@dataclass(frozen=True)
class Extracted:
    """An article and the keys computed from its body in the same worker call."""

    article: dict[str, Any]  # ARTICLE_FIELDS of the Article
    content_hash: str
    dedup_entry: Entry | None  # None when deduplication is off
    keywords: list[str] | None  # None when keywords are off


def extract_and_key(
    html: bytes | str,
    url: str,
    content_type: str | None,
    boilerplate_path: str | None,
    profile_path: str | None,
    dedup: DedupConfig | None,
    run_id: str,
    keywords: KeywordExtractor | None,
) -> Extracted | tuple[str, str]:
    """:func:`extract_page`, plus the body's ``content_hash``, with ``dedup`` its dedup
    entry (for ``url``, canonical, and ``run_id``), with ``keywords`` the keywords of
    title and body; or ``(reason, detail)`` when the page is not an article."""
    article = extract_page(html, url, content_type, boilerplate_path, profile_path)
    if isinstance(article, tuple):
        return article
    entry = make_entry(url, article.body, dedup, run_id=run_id) if dedup else None
    words = keywords_of(keywords, article.title, article.body) if keywords else None
    fields = {name: getattr(article, name) for name in ARTICLE_FIELDS}
    return Extracted(fields, content_hash(article.body), entry, words)

"""Which URL patterns still lead to articles: the trap guard's rule for traps that link each other.

The barren rule of :mod:`crawler.middlewares.traps` gives up on a pattern whose pages
link nothing new outside it. Two patterns that feed each other escape it: a
calendar's month page links 28 day pages no month page linked before, and each
day page links the next month, forever; every page links something new
elsewhere, and no page leads to an article.

So each request remembers the patterns of the page that linked it first and of
that page's own first linker (its *via*). An article found, or an article an
earlier run kept (the incremental layer skips it), credits both patterns; so
does a page linking an article already found that no earlier page of its pattern
linked (a list page whose stories related links reached first). A pattern whose
pages went on for ``limit`` non-article pages without a credit is given up on. A
real pagination is never given up while it still lists stories; a calendar's
months and days, whose only article links are the sidebar's (linked by every
page, so new to none after the first), are.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from crawler.middlewares.hash_set import HashSet

# request.meta key: (pattern of the page that first linked the request, that page's own via[0])
VIA = "snapcrawl_via"

# signal sent by the incremental layer for a link it does not fetch because an earlier
# run kept the article (or dropped it as a copy): the link still led to an article
article_known = object()


def via_of(page_pattern: str, response: Any) -> tuple[str, ...]:
    """The via of a request linked first by ``response``, a page of ``page_pattern``."""
    parent = response.meta.get(VIA) if response is not None else None
    return (page_pattern, parent[0]) if parent else (page_pattern,)


class ArticleYield:
    """Per URL pattern: non-article pages judged since an article was last found through it."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.fruitless: Counter[str] = Counter()
        self.articles = HashSet()  # hashes of the canonical URLs of articles found or known

    def article(self, canonical_url: str, via: tuple[str, ...] | None) -> None:
        """The page at ``canonical_url``, reached through ``via``, is an article."""
        self.articles.add(hash(canonical_url))
        self.credit(via)

    def is_article(self, canonical_url: str) -> bool:
        return hash(canonical_url) in self.articles

    def credit(self, via: tuple[str, ...] | None) -> None:
        """An article was reached through the patterns of ``via``."""
        for pattern in via or ():
            self.fruitless.pop(pattern, None)

    def fruitless_page(self, pattern: str) -> bool:
        """One more non-article page of ``pattern``; True when the pattern reaches the limit."""
        if not self.limit:
            return False
        self.fruitless[pattern] += 1
        return self.fruitless[pattern] == self.limit

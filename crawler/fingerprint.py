"""Request fingerprints over snapcrawl's canonical URL: one request per page, however linked.

The spider requests each link as the page wrote it (a GBK query's bytes, the
parameter order, a ``?from=rss``), so the site gets a URL it linked. Whether
two links are the same page is decided by :func:`snapcrawl.dedup.canonicalize_url`
(tracking and session-id parameters dropped, query bytes kept): the links
``/a.html?sid=1`` and ``/a.html?sid=2`` share one fingerprint, so the
dupefilter requests the page once instead of once per fresh session id.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from scrapy import Request
from scrapy.utils.request import fingerprint

from snapcrawl.dedup import canonical_or_as_is


class CanonicalFingerprinter:
    """Scrapy's fingerprint (method, URL, body) of the request under its canonical URL."""

    def __init__(self, crawler: Any = None) -> None:
        self._cache: WeakKeyDictionary[Request, bytes] = WeakKeyDictionary()

    @classmethod
    def from_crawler(cls, crawler: Any) -> CanonicalFingerprinter:
        return cls(crawler)

    def fingerprint(self, request: Request) -> bytes:
        found = self._cache.get(request)
        if found is None:
            found = fingerprint(request.replace(url=canonical_or_as_is(request.url)))
            self._cache[request] = found
        return found

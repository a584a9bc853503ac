"""The URLs a page moved from for good: the permanent redirect hops that led to it.

Scrapy's RedirectMiddleware leaves the hops of a chain in ``meta["redirect_urls"]``
and each hop's reason (the status, or ``"meta refresh"``) in
``meta["redirect_reasons"]``. A hop is remembered (DedupPipeline records it, and later
runs do not fetch it) only when it and every hop after it are permanent (301, 308):
a temporary redirect (302, 303, 307, a meta refresh) may lead elsewhere tomorrow
("/latest" to today's headline), and a URL before it leads wherever it does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from snapcrawl.dedup import canonicalize_url

PERMANENT = frozenset({301, 308})


def moved_from(meta: Mapping[str, Any], url: str) -> list[str]:
    """The canonical URLs that redirected for good to ``url`` (canonical), first hop
    first, each once; empty when the page was not reached through a redirect."""
    hops = list(meta.get("redirect_urls") or ())
    reasons = list(meta.get("redirect_reasons") or ())
    if len(reasons) != len(hops):  # not Scrapy's bookkeeping: nothing is known for sure
        return []
    kept: list[str] = []
    for hop, reason in zip(reversed(hops), reversed(reasons), strict=True):
        if reason not in PERMANENT:
            break
        kept.append(canonicalize_url(hop))
    return [hop for hop in dict.fromkeys(reversed(kept)) if hop != url]

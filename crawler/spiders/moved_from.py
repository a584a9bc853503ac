"""The URLs that lead to a page for good: the redirect hops that took the crawl to it.

Scrapy's RedirectMiddleware leaves the hops of a chain in ``meta["redirect_urls"]``
and each hop's reason (the status, or ``"meta refresh"``) in
``meta["redirect_reasons"]``. A hop is remembered (DedupPipeline records it, and later
runs do not fetch it) when it and every hop after it lead there for good:

* a permanent redirect (301, 308), or
* a temporary one (302, 303, 307, a meta refresh) that names its target: every run
  of digits in its path and query is one of the target's (``/go.php?id=1234`` to
  ``/news/2024/1234.shtml``). That is a tracking or short link to one story, whose
  id would have to name another story for it to lead elsewhere; fetching it again
  each run cost two requests a known story (set P, session 26). A temporary
  redirect with no id of the target (``/latest`` to today's headline, a rotating
  ``/go?to=top``) may lead elsewhere tomorrow: it is fetched again, and a URL
  before it leads wherever it does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from snapcrawl.dedup import canonicalize_url

PERMANENT = frozenset({301, 308})
_DIGITS = re.compile(r"\d+")


def moved_from(meta: Mapping[str, Any], url: str) -> list[str]:
    """The canonical URLs that redirected for good to ``url`` (canonical), first hop
    first, each once; empty when the page was not reached through a redirect."""
    hops = list(meta.get("redirect_urls") or ())
    reasons = list(meta.get("redirect_reasons") or ())
    if len(reasons) != len(hops):  # not Scrapy's bookkeeping: nothing is known for sure
        return []
    kept: list[str] = []
    target = url
    for hop, reason in zip(reversed(hops), reversed(reasons), strict=True):
        if reason not in PERMANENT and not names_target(hop, target):
            break
        kept.append(canonicalize_url(hop))
        target = hop
    return [hop for hop in dict.fromkeys(reversed(kept)) if hop != url]


def names_target(hop: str, target: str) -> bool:
    """True when ``hop`` carries an id of ``target``: it has runs of digits in its path
    or query, and each is a run of digits of ``target``'s path or query.

    >>> names_target("http://a.cn/go.php?id=1234", "http://a.cn/news/2024/1234.shtml")
    True
    >>> names_target("http://a.cn/latest", "http://a.cn/news/2024/1234.shtml")
    False
    >>> names_target("http://a.cn/go.php?id=99", "http://a.cn/news/2024/1234.shtml")
    False
    """
    digits = set(_DIGITS.findall(_path_and_query(hop)))
    return bool(digits) and digits <= set(_DIGITS.findall(_path_and_query(target)))


def _path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"

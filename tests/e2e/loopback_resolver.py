"""A DNS resolver for crawls in tests: every ``*.test`` name is 127.0.0.1.

A site that writes its own host in several spellings (``news.test``,
``www.news.test``) needs names that resolve; ``.test`` is reserved for testing
(RFC 2606), so no real host is shadowed. Used as
``-s TWISTED_DNS_RESOLVER=tests.e2e.loopback_resolver.LoopbackResolver``.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer


class LoopbackResolver(CachingThreadedResolver):
    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:
        if name.lower().rstrip(".").endswith(".test"):
            return defer.succeed("127.0.0.1")
        return super().getHostByName(name, timeout)

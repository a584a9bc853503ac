"""Canonical article URLs: one spelling per page, so the same page is seen once.

The canonical form is an identity key (the dedup store, the request
fingerprint, the dataset's ``url``), never a URL to request: the spider
requests each link as the page wrote it. The query's percent-encoded bytes are
kept as they are (w3lib's ``canonicalize_url``), so an old portal's GBK query
``?cat=%C3%C0%B9%FA`` (美国) stays itself instead of becoming U+FFFD, and
tracking and session-id parameters are dropped from the raw pairs.

>>> canonicalize_url("HTTP://News.Example.COM:80/a?b=2&utm_source=wx&a=1#top")
'http://news.example.com/a?a=1&b=2'
>>> canonicalize_url("http://old.example/list.asp?cat=%C3%C0%B9%FA&sid=8f2a")
'http://old.example/list.asp?cat=%C3%C0%B9%FA'
>>> canonicalize_url("http://a.example/news/1.jsp;jsessionid=0A1B?id=3")
'http://a.example/news/1.jsp?id=3'
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize

# Query parameters that only say how a reader arrived (campaign, share sheet, app).
# Dropped by name, case-insensitively. Keep this list short and certain: a parameter
# that selects content (id, page, p, aid, ...) must never be here.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        # generic web analytics
        "fbclid",
        "gclid",
        "yclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "ref",
        "ref_src",
        "spm",
        "spm_id_from",
        "vd_source",
        # share sheets and feeds (from=rss, from=timeline, ...)
        "from",
        "share",
        "share_from",
        "share_medium",
        "share_source",
        "share_token",
        "sharesource",
        "share_type",
        "sharer_shareid",
        "sharer_sharetime",
        "tt_from",
        "wxshare_count",
        "isappinstalled",
        # WeChat article links
        "scene",
        "srcid",
        "clicktime",
        "enterid",
        "subscene",
        "ascene",
        "chksm",
        "nettype",
        "exportkey",
        "pass_ticket",
        "wx_header",
        "devicetype",
        # WordPress's "reply to this comment" link: the same post again (in every comment)
        "replytocom",
    }
)
# Parameters dropped by prefix: utm_source, utm_medium, utm_campaign, ...
TRACKING_PREFIXES: tuple[str, ...] = ("utm_",)
# Session ids: a new value each visit makes every link of a site new again (a spider
# trap), and they never select content. ASP's cookie-less ids are ASPSESSIONIDxxxx.
SESSION_PARAMS: frozenset[str] = frozenset(
    {
        "sid",
        "sessid",
        "sessionid",
        "session_id",
        "jsessionid",
        "phpsessid",
        "cfid",
        "cftoken",
    }
)
SESSION_PREFIXES: tuple[str, ...] = ("aspsessionid",)
# Java and PHP servers put the session in a path parameter: /a.jsp;jsessionid=0A1B
_PATH_SESSION = re.compile(
    r";(?:jsessionid|phpsessid|sessionid|sid|aspsessionid\w*)=[^;/]*", re.IGNORECASE
)

_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_host(url: str | None) -> str | None:
    """What the ``host`` column holds: the lowercased host, with ``:port`` when the URL names
    a port other than its scheme's default, so two sites on one machine (the demo's, on
    127.0.0.1) stay two hosts. None for a URL without a host."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: the host alone
        return host
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


def is_tracking_param(name: str) -> bool:
    """True when the query parameter ``name`` only tracks the reader or their session."""
    lowered = name.lower()
    return (
        lowered in TRACKING_PARAMS
        or lowered.startswith(TRACKING_PREFIXES)
        or lowered in SESSION_PARAMS
        or lowered.startswith(SESSION_PREFIXES)
    )


def _param_name(pair: str) -> str:
    return unquote_plus(pair.split("=", 1)[0], errors="replace")


@lru_cache(maxsize=4096)  # a crawl asks for one link's key 3-4 times (traps, fingerprint, ...)
def canonicalize_url(url: str) -> str:
    """Return the canonical spelling of ``url``; idempotent.

    Drops the fragment, tracking and session parameters (:data:`TRACKING_PARAMS`,
    ``utm_*``, :data:`SESSION_PARAMS`, ``;jsessionid=`` path parameters) and the
    default port; lowercases scheme and host; sorts the query; normalises
    percent-encoding as w3lib does, keeping the bytes a query encodes whatever
    their charset. Parameters without a value are kept (``?a=``).
    Raises ``ValueError`` on a URL that cannot be parsed (a port that is not a number).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port  # ValueError on a port that is not a number
    if parts.username or parts.password:
        host = parts.netloc.rsplit("@", 1)[0] + "@" + host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = _PATH_SESSION.sub("", parts.path)
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not is_tracking_param(_param_name(pair))
    )
    rebuilt = urlunsplit((scheme, host, path, query, ""))
    return _w3lib_canonicalize(rebuilt, keep_fragments=False)


def canonical_or_as_is(url: str) -> str:
    """The canonical URL; a URL it cannot parse (a bad port) is its own key, so a
    request fingerprint or a recording's key never fails on one."""
    try:
        return canonicalize_url(url)
    except ValueError:
        return url

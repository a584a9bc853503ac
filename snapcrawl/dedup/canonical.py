"""Canonical article URLs: one spelling per page, so the same page is seen once.

>>> canonicalize_url("HTTP://News.Example.COM:80/a?b=2&utm_source=wx&a=1#top")
'http://news.example.com/a?a=1&b=2'
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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
        "sessionid",
        "subscene",
        "ascene",
        "chksm",
        "nettype",
        "exportkey",
        "pass_ticket",
        "wx_header",
        "devicetype",
    }
)
# Parameters dropped by prefix: utm_source, utm_medium, utm_campaign, ...
TRACKING_PREFIXES: tuple[str, ...] = ("utm_",)

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
    """True when the query parameter ``name`` only tracks the reader."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """Return the canonical spelling of ``url``; idempotent.

    Drops the fragment, tracking parameters (:data:`TRACKING_PARAMS`, ``utm_*``)
    and the default port; lowercases scheme and host; sorts the query; normalises
    percent-encoding (w3lib). Parameters without a value are kept (``?a=``).
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
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    ]
    rebuilt = urlunsplit((scheme, host, parts.path, urlencode(query), ""))
    return _w3lib_canonicalize(rebuilt, keep_fragments=False)

"""The one rule for a start URL, checked by the spider and, before anything starts, by
``snapcrawl crawl``: a usage error should cost the user no crawl start-up (~2 s)."""

from __future__ import annotations

from urllib.parse import urlsplit

from snapcrawl.errors import ConfigError


def check_start_url(start_url: str | None) -> str:
    """``start_url`` if the crawl can start there; else :class:`ConfigError` with the fix."""
    if not start_url:
        raise ConfigError(
            "start_url", start_url or "", "give one: scrapy crawl snapshot -a start_url=URL"
        )
    parts = urlsplit(start_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            "start_url", start_url, "use an absolute http(s) URL such as http://example.com/"
        )
    return start_url

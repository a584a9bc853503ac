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
    parts = urlsplit(start_url.strip())
    host = start_url.strip().split("/")[0]
    if "://" not in start_url and "@" not in host and ("." in host or ":" in host):  # no scheme
        fix = f"use an absolute http(s) URL: http://{start_url.strip()}"
        raise ConfigError("start_url", start_url, fix)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            "start_url", start_url, "use an absolute http(s) URL such as http://example.com/"
        )
    if any(character.isspace() for character in parts.netloc):  # a request error, exit 69
        raise ConfigError("start_url", start_url, "a host name has no spaces: remove them")
    try:
        parts.port  # noqa: B018 - read for its check: a port over 65535 was a traceback
    except ValueError:
        raise ConfigError("start_url", start_url, "use a port from 1 to 65535") from None
    return start_url

"""Checks of setting names and of Scrapy's own everyday settings, run by ``Config`` at start.

A misspelt ``SNAPCRAWL_*`` name would otherwise be ignored in silence and the
run would use the default; Scrapy reads its numeric settings deep inside the
engine, where ``-s CONCURRENT_REQUESTS=abc`` is a bare ``ValueError`` naming no
setting. Both stop the run at start with a :class:`ConfigError` instead.
"""

from __future__ import annotations

import difflib
import logging
import math
from collections.abc import Mapping
from typing import Any

from scrapy.settings import BaseSettings

from crawler import defaults
from snapcrawl.errors import ConfigError

PREFIX = "SNAPCRAWL_"

# Scrapy settings users commonly pass with -s: name -> (type, minimum)
SCRAPY_NUMBERS: dict[str, tuple[type, float]] = {
    "CONCURRENT_REQUESTS": (int, 1),
    "CONCURRENT_REQUESTS_PER_DOMAIN": (int, 1),
    "CONCURRENT_ITEMS": (int, 1),
    "DEPTH_LIMIT": (int, 0),
    "RETRY_TIMES": (int, 0),
    "REDIRECT_MAX_TIMES": (int, 0),
    "DOWNLOAD_MAXSIZE": (int, 0),
    "DOWNLOAD_WARNSIZE": (int, 0),
    "CLOSESPIDER_ITEMCOUNT": (int, 0),
    "CLOSESPIDER_PAGECOUNT": (int, 0),
    "CLOSESPIDER_ERRORCOUNT": (int, 0),
    "CLOSESPIDER_TIMEOUT": (float, 0),
    "DOWNLOAD_DELAY": (float, 0),
    "DOWNLOAD_TIMEOUT": (float, 0),
    "AUTOTHROTTLE_START_DELAY": (float, 0),
    "AUTOTHROTTLE_MAX_DELAY": (float, 0),
    "AUTOTHROTTLE_TARGET_CONCURRENCY": (float, 0),
}
SCRAPY_FLAGS = (
    "ROBOTSTXT_OBEY",
    "AUTOTHROTTLE_ENABLED",
    "RETRY_ENABLED",
    "REDIRECT_ENABLED",
    "COOKIES_ENABLED",
    "HTTPCACHE_ENABLED",
    "RANDOMIZE_DOWNLOAD_DELAY",
)


def known_names() -> list[str]:
    """Every snapcrawl setting: the upper-case names of ``crawler.defaults``."""
    return [name for name in vars(defaults) if name.isupper()]


def check_names(values: Mapping[str, Any]) -> None:
    """A ``SNAPCRAWL_*`` name that is no setting raises ConfigError with the closest one."""
    known = known_names()
    for name, value in values.items():
        if name.startswith(PREFIX) and name not in known:
            raise ConfigError(name, value, unknown_fix(name, known))


def unknown_fix(name: str, known: list[str]) -> str:
    # compared without the prefix every name shares, which would make any name "close"
    tails = {other.removeprefix(PREFIX): other for other in known}
    close = difflib.get_close_matches(name.removeprefix(PREFIX), list(tails), n=1, cutoff=0.6)
    hint = f"did you mean {tails[close[0]]}?" if close else "see the settings table in the README"
    return f"no such setting: {hint}"


def misspelt_names(settings: BaseSettings) -> list[tuple[str, str]]:
    """(name, the known name it is close to) for each setting given on the command line
    (``-s``, a job's settings) that neither Scrapy nor snapcrawl knows but that is one or two
    letters off one they do: ``-s CLOSESPIDER_PAGECOUT=50`` was ignored in silence and the
    crawl ran to the end of the site. Names far from every known one are left alone: a
    plugin's settings (scrapy-redis ``SCHEDULER_PERSIST``) are not Scrapy's."""
    from scrapy.settings import SETTINGS_PRIORITIES, default_settings

    from crawler import settings as project

    known = {name for module in (default_settings, project) for name in vars(module)}
    known = {name for name in known | set(known_names()) if name.isupper()}
    given = [
        name
        for name in settings
        if settings.getpriority(name) == SETTINGS_PRIORITIES["cmdline"]
        and name not in known
        and not name.startswith(PREFIX)  # those stop the run: check_names
    ]
    close = ((name, difflib.get_close_matches(name, known, n=1, cutoff=0.85)) for name in given)
    return [(name, match[0]) for name, match in close if match]


def check_scrapy_settings(settings: BaseSettings) -> None:
    """Scrapy's everyday numeric and on/off settings, checked before the engine reads them."""
    for name, (kind, minimum) in SCRAPY_NUMBERS.items():
        raw = settings.get(name)
        if raw is None:
            continue
        word = "whole number" if kind is int else "number"
        number_at_least(name, raw, minimum, f"use a {word}, {minimum:g} or more", kind)
    if settings.get("LOG_LEVEL") is not None:
        log_level(settings.get("LOG_LEVEL"))
    for name in SCRAPY_FLAGS:
        raw: Any = settings.get(name)
        try:
            settings.getbool(name)
        except ValueError:
            raise ConfigError(name, raw, "use True or False (or 1 / 0)") from None


def log_level(raw: Any) -> str | int:
    """LOG_LEVEL (``-L``) as Python's logging takes it: a level's name in capitals (``info``
    is read as INFO) or a number. Scrapy hands the raw value to logging while it starts, so
    ``-s LOG_LEVEL=LOUD`` was a 20-line ValueError traceback and exit code 1."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    name = str(raw).strip().upper()
    if name.isdigit():
        return int(name)
    if name not in logging.getLevelNamesMapping():
        raise ConfigError("LOG_LEVEL", raw, "use one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
    return name


def check_settings(settings: BaseSettings) -> None:
    """Every check of this module, in the order a user would want to hear them."""
    check_names({name: settings.get(name) for name in settings if name.startswith(PREFIX)})
    check_scrapy_settings(settings)


def number_at_least(
    name: str,
    raw: Any,
    minimum: float,
    fix: str,
    kind: type[int] | type[float],
    *,
    above: bool = False,
    most: float | None = None,
) -> Any:
    """``raw`` as a finite ``kind`` of ``minimum`` or more (more than ``minimum`` with
    ``above``; ``most`` at most); else ConfigError naming ``name`` and saying ``fix``.
    The one number check of every setting: a bool, nan or inf is no number a user meant."""
    try:
        if isinstance(raw, bool):
            raise ValueError(raw)
        value = kind(raw.strip() if isinstance(raw, str) else raw)
    except (TypeError, ValueError, OverflowError):
        raise ConfigError(name, raw, fix) from None
    too_small = value <= minimum if above else value < minimum
    if too_small or not math.isfinite(value) or (most is not None and value > most):
        raise ConfigError(name, raw, fix)
    return value

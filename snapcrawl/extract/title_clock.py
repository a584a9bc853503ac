"""A live-news headline stamped with its time: "兩女拳手掀爭議 (18:59)".

A paper's instant-news column prints each headline with the clock time it went up, in
brackets at the end of the ``<h1>`` (and of ``<title>``), the day on a line of its own
above ("2024年8月2日星期五"). The bracketed time is the story's publish time, not words of
its headline: the title goes without it, and a publish date read with no time of day
(midnight) takes it. A headline ending in a bracketed figure that is no clock time
("（1/3）", "(2024)") is left as it is.
"""

from __future__ import annotations

import re
from datetime import datetime

# " (18:59)", "（18:59）": a clock time in brackets closing the headline.
_CLOCK = re.compile(r"\s*[(（]\s*([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)\s*[)）]$")


def _clock(title: str) -> re.Match[str] | None:
    if not title.endswith((")", "）")) or (":" not in title and "：" not in title):
        return None  # the cheap test first: few headlines end in a bracket
    return _CLOCK.search(title)


def without_clock(title: str) -> str:
    """``title`` without the bracketed clock time closing it (see the module)."""
    match = _clock(title)
    if match is None or match.start() == 0:
        return title
    return title[: match.start()]


def timed_by_headline(published: datetime | None, headline: str | None) -> datetime | None:
    """``published`` at the headline's clock time when the date was read with no time of
    day (midnight) and the printed headline closes on one; else ``published``."""
    if published is None or not headline or published.hour or published.minute:
        return published
    match = _clock(headline)
    if match is None:
        return published
    return published.replace(hour=int(match[1]), minute=int(match[2]))

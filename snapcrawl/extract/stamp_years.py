"""Dates a page writes without a Gregorian year, and the year the page shows elsewhere.

A feed-style meta line prints "07-08 15:30" and leaves the year to the story's address
(``/2024/0708/``, ``/2024-07/08/``, ``t20240708_``), which the publisher stamps when the
story is filed. Taiwanese government and school sites write the year of the Republic era:
"民國113年7月8日", or after a publication label "發布日期：113-07-08" (113 + 1911 = 2024).
"""

from __future__ import annotations

import re
from datetime import datetime

from snapcrawl.extract.dates import SHANGHAI, FoundDate

# /2024/0708/, /2024-07/08/, /20240708/, t20240708_, /2024/07/08/
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>20\d\d)[-/_]?(?P<m>0[1-9]|1[0-2])[-/_]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
_ROC_YEARS = (80, 150)  # 1991 to 2061: older stamps are not news pages
_ROC = re.compile(
    r"(?:(?P<era>民[國国])\s*(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"|(?<![\d./-])(?P<y2>1\d\d)(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?![\d./-]))"
    r"(?:\s*(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d))?"
)


def url_date(url: str | None) -> FoundDate | None:
    """The day a story's address is stamped with, or ``None``."""
    if not url or not (match := _URL_DATE.search(url)):
        return None
    try:
        value = datetime(int(match["y"]), int(match["m"]), int(match["d"]), tzinfo=SHANGHAI)
    except ValueError:
        return None
    return FoundDate(value, False, match.start(), match.end())


def roc_dates(text: str, labeled: bool) -> list[FoundDate]:
    """Republic-era dates of ``text``: "民國113年7月8日" always, the bare "113-07-08" form
    only where a publication label introduces it (``labeled``)."""
    if "民" not in text and not labeled:
        return []
    found = []
    for match in _ROC.finditer(text):
        if match["era"] is None and not labeled:
            continue
        year = int(match["y"] or match["y2"])
        if not _ROC_YEARS[0] <= year <= _ROC_YEARS[1]:
            continue
        month, day = int(match["m"] or match["m2"]), int(match["d"] or match["d2"])
        hour, minute = (int(match["H"]), int(match["M"])) if match["H"] else (0, 0)
        try:
            value = datetime(year + 1911, month, day, hour, minute, tzinfo=SHANGHAI)
        except ValueError:
            continue
        found.append(FoundDate(value, match["H"] is not None, match.start(), match.end()))
    return found

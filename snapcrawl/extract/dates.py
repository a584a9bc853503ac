"""Dates and times as Chinese pages write them, read as Asia/Shanghai wall time.

Covers ``2025-02-13 15:50:00``, ``2025年02月13日 15:50``, ``2025-2-13 15:50:00``,
``2025/02/13 15:50``, ``2025.02.13``, ``2025年2月13日下午3:50`` and ISO 8601 with an offset
(meta tags), which is converted to Shanghai time. A date alone is midnight with
``has_time=False`` so callers can prefer a candidate that knows the time of day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

DATE_RE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<sep>[-/.年])\s*(?P<m>1[0-2]|0?[1-9])\s*(?:(?P=sep)|月)\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\s*日?"
    r"(?:\s*(?:T|[,，]?\s*)(?P<ampm>上午|下午|晚上|早上|凌晨|中午|晚)?\s*"
    r"(?P<H>[01]?\d|2[0-3])\s*(?:[:：]|时|点)\s*(?P<M>[0-5]\d)(?:\s*(?:[:：]|分)\s*(?P<S>[0-5]\d)(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_PM = ("下午", "晚上", "晚")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from text: the value, whether the text gave a time of day, and where."""

    value: datetime
    has_time: bool
    start: int
    end: int


def _build(match: re.Match[str]) -> FoundDate | None:
    try:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        hour = int(match["H"]) if match["H"] else 0
        if match["ampm"] in _PM and hour < 12:
            hour += 12
        minute = int(match["M"]) if match["M"] else 0
        second = int(match["S"]) if match["S"] else 0
        value = datetime(year, month, day, hour, minute, second)
    except (TypeError, ValueError):
        return None
    if match["tz"]:
        tz = match["tz"]
        try:
            offset = datetime.strptime(tz.replace(":", ""), "%z").tzinfo if tz != "Z" else ZoneInfo("UTC")
            value = value.replace(tzinfo=offset).astimezone(SHANGHAI)
        except ValueError:
            value = value.replace(tzinfo=SHANGHAI)
    else:
        value = value.replace(tzinfo=SHANGHAI)
    return FoundDate(value, match["H"] is not None, match.start(), match.end())


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order.

    >>> [d.value.isoformat() for d in find_dates("发布时间：2025年02月13日 15:50 来源：x")]
    ['2025-02-13T15:50:00+08:00']
    """
    found = []
    for match in DATE_RE.finditer(text):
        date = _build(match)
        if date is not None:
            found.append(date)
    return found


def parse_date(text: str) -> FoundDate | None:
    """The first date in ``text``, or ``None``."""
    for match in DATE_RE.finditer(text):
        date = _build(match)
        if date is not None:
            return date
    return None


def is_date_only(text: str) -> bool:
    """Whether a line is nothing but a date (a list item's stamp, not prose)."""
    date = parse_date(text)
    if date is None:
        return False
    rest = (text[: date.start] + text[date.end :]).strip(" \u3000[]()（）【】|-:：")
    return len(rest) <= 2


def ends_with_date(text: str) -> bool:
    """Whether a line ends in a date stamp, the shape of a list item ("标题 2023-06-15")."""
    dates = find_dates(text)
    return bool(dates) and len(text) - dates[-1].end <= 2 and dates[-1].start > 0

"""Dates and times as Chinese pages write them, read as Asia/Shanghai wall time.

Covers ``2025-02-13 15:50:00``, ``2025年02月13日 15:50``, ``2025-2-13 15:50:00``,
``2025/02/13 15:50``, ``2025.02.13``, ``2025年2月13日下午3:50``, a weekday before the time
(``2025年2月13日 星期四 15:50``), a time glued to the day by markup (``2025-02-1315:50``,
two spans with no space between them), year-last forms
(``9/17/2004 5:54:13 AM``) and ISO 8601 with an offset (meta tags), which is converted to
Shanghai time. A date alone is midnight with
``has_time=False`` so callers can prefer a candidate that knows the time of day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from snapcrawl.extract.joined_search import positions_matching

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A stamp in UTC (a server's or a feed's clock) or at Beijing's offset is read as Beijing
# wall time. Any other offset ("2023-01-30T03:21:14-05:00") is the one the page's own
# newsroom keeps: its wall time is the time the page shows ("3:21 am"), kept as given.
_SERVER_OFFSETS = frozenset((timedelta(0), timedelta(hours=8)))

# A time zone's name a stamp may print before or after the time ("2024-12-11 HKT 16:48",
# "北京时间 16:48", "16:48 (GMT+8)"): Hong Kong's, Beijing's and Taipei's are Shanghai's
# wall time; GMT or UTC with its offset is converted.
_ZONE = (
    r"[（(]?(?:HKT|北京时间|北京時間|香港时间|香港時間|台北时间|台北時間|臺北時間"
    r"|(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)[）)]?"
)
_TIME = (
    # the weekday a portal puts between the date and the time (2025年2月13日 星期四 15:50),
    # or a bar (2024.12.19 | 15:20)
    r"(?:\s*(?:T|[,，]|\s-\s|\s?[|｜丨]\s?|[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?\s*"
    r"(?:(?P<zone>" + _ZONE + r")\s*)?"
    r"(?P<ampm>上午|下午|晚上|早上|凌晨|中午|晚)?\s*"
    r"(?P<H>[01]?\d|2[0-3])\s*(?:[:：]|时|点)\s*(?P<M>[0-5]\d)"
    r"(?:\s*(?:[:：]|分)\s*(?P<S>[0-5]\d)(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?"
    r"(?:\s*(?P<zone2>" + _ZONE + r"))?)?"
)
# Year first: 2025-02-13, 2025/2/13, 2025.02.13, 2025年2月13日.
DATE_RE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<sep>[-/.年])\s*(?P<m>1[0-2]|0?[1-9])\s*(?:(?P=sep)|月)\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?:(?!\d)|(?=(?:[01]\d|2[0-3])[:：][0-5]\d))\s*日?" + _TIME
)
# Year last, as old ASP pages (9/17/2004 5:54:13 AM) and foreign outlets (06/02/2022 - 13:48,
# a German site's 01.11.2024) write it: month/day when the day is unmistakable, else day/month.
DMY_RE = re.compile(
    r"(?<![\d./-])(?P<a>3[01]|[12]\d|0?[1-9])(?P<sep>[-/.])(?P<b>3[01]|[12]\d|0?[1-9])(?P=sep)"
    r"(?P<y>(?:19|20)\d{2})(?![\d.])" + _TIME
)
# A Unix clock's stamp, as bulletin boards print a post's time ("Thu Apr 25 23:41:00 2024"):
# weekday, English month, day, time, then the year.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CTIME_RE = re.compile(
    r"(?<![A-Za-z])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>" + "|".join(_MONTHS) + r")\s+"
    r"(?P<d>3[01]|[12]\d|0?[1-9])\s+(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?"
    r"\s+(?P<y>(?:19|20)\d{2})(?!\d)"
)
# A month's Han name, an English day, then the year, as a blog's template writes a post's
# date in a Chinese locale ("十一月 6th, 2009", "三月 21, 2024"): the year last, after a comma.
_HAN_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
NAMED_MONTH_RE = re.compile(
    r"(?<![一二三四五六七八九十\d])(?P<hm>十[一二]?|[一二三四五六七八九])月\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*[,，]\s*(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME
)
_NAMED_MONTH_BEFORE = 16  # "十一月 6th, " before the year
# The day, the month's English name and the year, as Singapore's and Malaysia's Chinese
# pages print a story's time under its 发布 label ("01 Dec 2025 10:56", "5 March 2024").
_EN_MONTH = (
    r"(?P<em>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_EN_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
# A press-release wire writes it with hyphens ("5-Aug-2019").
DAY_MONTH_RE = re.compile(
    r"(?<![\w.])"
    + _EN_WEEKDAY
    + r"(?P<d>3[01]|[12]\d|0?[1-9])(?:\s+|-)"
    + _EN_MONTH
    + r"(?:,?\s+|-)(?P<y>(?:19|20)\d{2})(?!\d)"
    + _TIME
)
_DAY_MONTH_BEFORE = 6  # " Dec " or " Sept. " right before the year
# The month's English name first, as a blog theme or a foreign outlet's Chinese edition
# prints a date ("Oct 5, 2024", "Thursday, December 5th, 2024 10:30").
MONTH_DAY_RE = re.compile(
    r"(?<![A-Za-z])" + _EN_WEEKDAY + _EN_MONTH + r"\s+(?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?:st|nd|rd|th)?(?!\d),?\s+(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME
)
_MONTH_DAY_TAIL = re.compile(r"[A-Za-z.]\s+\d{1,2}(?:st|nd|rd|th)?,?\s+$")
_MONTH_DAY_BEFORE = 10  # " Oct 5th, " right before the year
_PM = ("下午", "晚上", "晚")
YEAR = re.compile(r"(?:19|20)\d\d")  # every written year the readers know
_CTIME_BEFORE = 14  # "Sun May 1 0:00 " before the year
_DMY_HINT = re.compile(r"\d[-/.](?:19|20)\d\d")  # what every year-last date holds


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from text: the value, whether the text gave a time of day, and where.

    ``ambiguous`` marks a year-last date whose day and month could be swapped.
    """

    value: datetime
    has_time: bool
    start: int
    end: int
    ambiguous: bool = False


def _build(match: re.Match[str]) -> FoundDate | None:
    g = match.groupdict()
    if "hm" in g:  # a month's Han name
        g["m"] = str(_HAN_MONTHS.index(g["hm"]) + 1)
    if "em" in g:  # "01 Dec 2025 10:56": the month in English, the rest as written
        g["m"] = str(_MONTHS.index(g["em"][:3]) + 1)
    if "mon" in g:  # a Unix clock's stamp: no zone, no meridiem, the month in English
        g.update(m=str(_MONTHS.index(g["mon"]) + 1), ampm=None, ampm2=None, zone=None)
        g.update(zone2=None, tz=None)
    ambiguous = False
    try:
        year = int(g["y"])
        if "a" in g:
            a, b = int(g["a"]), int(g["b"])
            month, day = (a, b) if b > 12 else (b, a)
            ambiguous = a <= 12 and b <= 12 and a != b
        else:
            month, day = int(g["m"]), int(g["d"])
        hour = int(g["H"]) if g["H"] else 0
        ampm2 = (g["ampm2"] or "").lower()
        if (g["ampm"] in _PM or ampm2.startswith("p")) and hour < 12:
            hour += 12
        elif ampm2.startswith("a") and hour == 12:
            hour = 0
        minute = int(g["M"]) if g["M"] else 0
        second = int(g["S"]) if g["S"] else 0
        value = datetime(year, month, day, hour, minute, second)
    except (TypeError, ValueError):
        return None
    zone = (g["zone"] or g["zone2"] or "").strip("（()）")
    if zone.startswith(("GMT", "UTC")) and not g["tz"]:
        offset = "".join(zone[3:].split()).replace(":", "")  # "+8", "+08", "+0800" or none
        hours, minutes = (offset[1:-2], offset[-2:]) if len(offset) > 3 else (offset[1:], "00")
        g["tz"] = f"{offset[0]}{int(hours):02d}{minutes}" if offset else "Z"
    if tz := g["tz"]:
        try:
            given = (
                datetime.strptime(tz.replace(":", ""), "%z").tzinfo
                if tz != "Z"
                else ZoneInfo("UTC")
            )
            value = value.replace(tzinfo=given)
            if given.utcoffset(value) in _SERVER_OFFSETS:  # a server's clock: UTC, Beijing
                value = value.astimezone(SHANGHAI)
        except ValueError:
            value = value.replace(tzinfo=SHANGHAI)
    else:
        value = value.replace(tzinfo=SHANGHAI)
    return FoundDate(value, g["H"] is not None, match.start(), match.end(), ambiguous)


def _dmy_start(year: re.Match[str]) -> int:
    """Where a year-last date around the first year can start ("12/31/" is 6 characters)."""
    return max(0, year.start() - 6)


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order.

    >>> [d.value.isoformat() for d in find_dates("发布时间：2025年02月13日 15:50 来源：x")]
    ['2025-02-13T15:50:00+08:00']
    """
    year = YEAR.search(text)  # every form has a four-digit year: scan from the first one
    if not year:
        return []
    if len(text) <= _REMEMBERED_MAX:
        return list(_remembered_dates(text))
    return _dates_from(text, year)


def _dates_from(text: str, year: re.Match[str]) -> list[FoundDate]:
    """``find_dates(text)``, ``year`` the first four-digit year in it."""
    return [d for m in _date_matches(text, year) if (d := _build(m)) is not None]


def _date_matches(text: str, year: re.Match[str]) -> list[re.Match[str]]:
    """Every date-shaped run of ``text`` by start, ``year`` its first four-digit year.

    The Chinese forms (DATE_RE) cover nearly every line; each rarer form (year last, a
    Unix stamp, a month's Han or English name) is searched only where a cheap look at the
    text before the year says it may stand, and the dates and the spans readers share
    this one list, so a form one of them knows the other does too.
    """
    at = year.start()
    matches = list(DATE_RE.finditer(text, at))
    more: list[re.Match[str]] = []
    if _DMY_HINT.search(text, _dmy_start(year)):
        more += DMY_RE.finditer(text, _dmy_start(year))
    if _ctime_before(text, at):
        more += CTIME_RE.finditer(text)
    if _named_month_before(text, at):
        more += NAMED_MONTH_RE.finditer(text)
    if _day_month_before(text, at):
        more += DAY_MONTH_RE.finditer(text)
    if _month_day_before(text, at):
        more += MONTH_DAY_RE.finditer(text)
    return sorted(matches + more, key=lambda m: m.start()) if more else matches


def _day_month_before(text: str, at: int) -> bool:
    """Whether an English month's name may stand right before the year at ``at``
    ("01 Dec 2025", "5-Aug-2019"): a space or a hyphen before the year, a Latin letter
    just before that."""
    if at < 4 or text[at - 1] not in " -":
        return False
    before = text[max(0, at - _DAY_MONTH_BEFORE) : at - 1].rstrip(".,")
    return bool(before) and before[-1].isascii() and before[-1].isalpha()


def _month_day_before(text: str, at: int) -> bool:
    """Whether an English month's name and a day may stand right before the year at ``at``
    ("Oct 5, 2024"): a space before the year, a day's digit or ordinal just before that."""
    if at < 6 or text[at - 1] != " " or not (text[at - 2] == "," or text[at - 2].isalnum()):
        return False
    return _MONTH_DAY_TAIL.search(text, max(0, at - _MONTH_DAY_BEFORE), at) is not None


def _named_month_before(text: str, at: int) -> bool:
    """Whether a month's Han name and a day may stand before the year at ``at``
    ("十一月 6th, 2009"): a comma just before the year, 月 a little before it."""
    return (
        at >= 4 and "," in text[at - 2 : at] and "月" in text[max(0, at - _NAMED_MONTH_BEFORE) : at]
    )


def _ctime_before(text: str, at: int) -> bool:
    """Whether a Unix clock's stamp may end before the year at ``at`` ("…23:41:00 2024")."""
    return at >= _CTIME_BEFORE and text[at - 1] == " " and text[at - 4] == ":"


def _dates_of_short(text: str) -> tuple[FoundDate, ...]:
    year = YEAR.search(text)
    return tuple(_dates_from(text, year)) if year else ()


# The dated lines of a page are read by several readers (the published time's, the list
# stamps', the dated entries', the signature dates'): on the benchmark pages half the texts
# with a year that ``find_dates`` was asked about had been asked about before on the same
# page. The answer is the text's alone and a ``FoundDate`` cannot change, so each short
# text is read once (a fresh list a call: callers may keep or change theirs). At most 4096
# texts of at most _REMEMBERED_MAX characters.
_REMEMBERED_MAX = 200
_remembered_dates = lru_cache(maxsize=4096)(_dates_of_short)


def has_year(text: str) -> bool:
    """Whether ``text`` holds a four-digit year, which every form ``find_dates`` reads has:
    a cheap test that lets a scan over every line skip the lines that cannot be dated."""
    return YEAR.search(text) is not None


def with_year(texts: list[str]) -> list[int]:
    """The positions in ``texts``, in order, of the texts that hold a four-digit year
    (``has_year``), found by one search over them joined rather than a call a text."""
    return positions_matching(texts, YEAR)


def parse_date(text: str) -> FoundDate | None:
    """The first date in ``text``, or ``None``."""
    found = find_dates(text)
    return found[0] if found else None


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has date-shaped runs, in order: the shape only (no calendar check,
    no datetime), which is all a layout test needs and much cheaper than ``find_dates``.
    A fresh list a call: callers may keep or change theirs."""
    return list(_spans_in(text))


# A line's answer is its text's alone, and several readers ask it of the same line (and a
# site's lines recur page after page): each text is judged once, at most 4096 remembered.
@lru_cache(maxsize=4096)
def _spans_in(text: str) -> tuple[tuple[int, int], ...]:
    year = YEAR.search(text)
    return tuple(sorted(m.span() for m in _date_matches(text, year))) if year else ()


# A weekday as a date line names it after the date ("星期日", "週三").
WEEKDAY = re.compile(r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]")


def is_date_only(text: str, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether a line is nothing but a date (a list item's stamp, not prose); ``spans`` is
    ``date_spans(text)`` when the caller has it already."""
    spans = date_spans(text) if spans is None else spans
    if not spans:
        return False
    start, end = spans[0]
    rest = (text[:start] + text[end:]).strip(" \u3000[]()（）【】|-:：")
    # A blog's day heading names the weekday too ("2009年08月16日 星期日").
    return len(rest) <= 2 or (len(rest) <= 3 and WEEKDAY.fullmatch(rest) is not None)


def ends_with_date(text: str, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether a line ends in a date stamp, the shape of a list item ("标题 2023-06-15")."""
    spans = date_spans(text) if spans is None else spans
    if not spans or spans[-1][0] == 0:
        return False
    tail = text[spans[-1][1] :].strip(" \u3000)）]】>」")
    return len(tail) <= 2 and (not tail or tail.upper() in ("AM", "PM", "日"))

"""When the story was published (``published_at``), to the minute where the page shows it.

What the reader sees beats what the markup says: a portal's ``article:published_time`` is
often the time it re-published a story whose visible time is earlier. Most trusted first:
a date a publication word introduces around the heading (发布时间：…), the date of the meta
line under the heading, ``<meta>``/JSON-LD/script publication times, any date near the
heading, then a "发表于" line after the story. Dates in related lists and footers are
never read: only the lines by the heading and the story's own edges are. A bare date by
the heading (no time shown there) comes before a markup time of a later day: the markup's
is then when the site's system last saved the story. "最后更新" and
modification times are not publication times, unless the page shows nothing else: a post
stamped only "编辑于 …" by its heading, or only with a bare date (and the region it was
posted from) after it, was published then as far as the page tells.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from snapcrawl.extract.dates import SHANGHAI, FoundDate, find_dates, parse_date, with_year
from snapcrawl.extract.dom import Line
from snapcrawl.extract.han_dates import han_dates
from snapcrawl.extract.meta import HeadInfo
from snapcrawl.extract.short_years import labelled_short_date
from snapcrawl.extract.stamp_years import roc_dates, url_date
from snapcrawl.extract.vocab import POST_REGION
from snapcrawl.extract.zones import lines_between

_PUBLISHED_WORDS = re.compile(
    r"发布|发表|发贴|发帖|发稿|刊发|刊登|上传|出版|时间|日期|posted|published|date",
    re.IGNORECASE,
)
# The date of something the story or a card beside it tells of, labelled with its event's
# word before 日期/时间 ("上映日期：2024-10-11" in a film's card, "报名时间：…", "开盘时间：…"):
# no publication time, though 日期 introduces it.
_EVENT_DATE_LABEL = re.compile(
    r"(?:上映|首映|公映|开播|播出|首播|发售|开售|发行|發行|上市|开盘|交房|开学|开课|截止|报名|考试|开考|"
    r"出生|成立|开幕|闭幕|举办|举行|活动|比赛|开赛|生效|施行|实施|到期|有效|开始|结束|营业|"
    r"開播|發售|開盤|開學|報名|考試|舉辦|舉行|活動|開始|結束)\s*(?:日期|时间|時間)\s*[:：︰]?\s*$"
)
# A clock's zone before the date ("中国时间 6:44 2024年11月13日 星期三", "當地時間"): a
# world clock in the page's top bar shows the time the page was served, and 时间 there
# names a zone, not a publication.
_ZONE_TIME = re.compile(
    r"(?:中国|中國|北京|本地|当地|當地|美东|美東|美西|东部|東部|西部|台北|臺北|香港|纽约|紐約|京港台)"
    r"\s*(?:时间|時間)\s*[:：︰]?\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s*$"
)
_POSTED_AFTER = re.compile(r"发表|发布|发贴|发帖|发稿|刊发|刊登")  # "于2005年8月12日…发表"
_SNAPSHOT_WORDS = re.compile(r"快照|存档|归档|抓取|采集|收录|缓存|保存|入库|生成|建立|注册|加入")
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:release_date",
    "published_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "publishtime",
    "publish_time",
    "datepublished",
    "ld:datepublished",
    "script:pubtime",
    "firstpublishedtime",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "sailthru.date",
    "article:modified_time",
    "og:updated_time",
)


_UPDATED = re.compile(r"更新|修改|修订|编辑于|updated|modified", re.IGNORECASE)
_UPDATE_META = ("dateupdate", "datemodified", "ld:datemodified", "article:modified_time")
_YEARLESS = re.compile(
    r"(?<![\d./-])(?:(?P<yy>\d{2})-)?(?P<m>1[0-2]|0?[1-9])[-/月](?P<d>3[01]|[12]\d|0?[1-9])日?"
    r"\s*(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)(?!\d)"
)


_LINE_MAX = 100  # characters of a line a publication date introduced stands in


def _published_in(line: Line) -> list[FoundDate]:
    """Dates of ``line`` that a publication word (发布, 发表于, 日期…) introduces."""
    text = line.text
    if line.chars > _LINE_MAX:  # a date inside prose is an event, not the publication
        return []
    found = []
    for date in find_dates(text):
        before = text[max(0, date.start - 12) : date.start]
        if _SNAPSHOT_WORDS.search(before) or _UPDATED.search(before):
            continue
        after = text[date.end : date.end + 16]
        word = _PUBLISHED_WORDS.search(before)
        if word and word[0] in ("时间", "日期") and _EVENT_DATE_LABEL.search(before):
            word = None  # an event's date (上映日期：…), not the story's
        elif word and word[0] == "时间" and _ZONE_TIME.search(before):
            word = None  # a world clock's zone, not a publication word
        if word or _POSTED_AFTER.search(after):
            found.append(date)
    return found


# A publication label alone in its cell ("发布日期", "发布时间："), its date in the next one.
_LABEL_CELL = re.compile(r"^(?:发布|發布|发表|發表|刊发|刊登)?(?:日期|时间|時間)\s*[:：︰]?$")
_LABEL_CELL_MAX = 6


def _under_label(zone: list[Line]) -> list[FoundDate]:
    """The date opening the line right after a publication label alone on its line (a
    board's detail table: "发布日期" | "2015-02-27 09:01"), the date the page shows for the
    story, where ``_published_in`` reads a label and its date on one line."""
    found = []
    for label, line in pairwise(zone):
        if (
            label.chars <= _LABEL_CELL_MAX
            and line.index == label.index + 1
            and line.chars <= _DATE_LINE_MAX
            and _LABEL_CELL.match(label.text)
            and (dates := find_dates(line.text))
            and not line.text[: dates[0].start].strip()
        ):
            found.append(dates[0])
    return found


def _meta_dates(head: HeadInfo) -> list[FoundDate]:
    keys = [*_PUBLISHED_META, "time:datetime"]
    return [d for key in keys if (v := head.metas.get(key)) and (d := parse_date(v))]


def _yearless(text: str, known: list[FoundDate]) -> FoundDate | None:
    """ "10-08 12:00" (a feed shows no year) or "18-03-08 23:16": the year from a
    machine-readable date of the same day, or the two digits given."""
    match = _YEARLESS.search(text)
    if not match:
        return None
    month, day = int(match["m"]), int(match["d"])
    if match["yy"]:
        year = 2000 + int(match["yy"])
    else:
        same = [d.value.year for d in known if (d.value.month, d.value.day) == (month, day)]
        if not same:
            return None
        year = same[0]
    try:
        value = datetime(year, month, day, int(match["H"]), int(match["M"]), tzinfo=SHANGHAI)
    except ValueError:
        return None
    return FoundDate(value, True, match.start(), match.end())


def _visible(zone: list[Line]) -> list[FoundDate]:
    """The first date of each short line of the meta line zone, not an update time."""
    found = []
    for line in zone:
        if line.chars > 60 or _SNAPSHOT_WORDS.search(line.text):
            continue
        for date in find_dates(line.text)[:1]:
            if not _UPDATED.search(line.text[max(0, date.start - 8) : date.start]):
                found.append(_with_clock_before(line.text, date))
    return found


# A meta line may print its clock before the day ("14:36 2018/07/27"); find_dates reads a
# time only after its date (entries.py counts on it), so the meta line's reader joins them.
_CLOCK_FIRST = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)[ \u3000]{1,3}$")
_CLOCK_FIRST_REACH = 9  # "14:36   "


def _with_clock_before(text: str, date: FoundDate) -> FoundDate:
    """``date`` with the time of a clock printed right before it, when it has none."""
    if date.has_time or date.start < 5 or ":" not in text[: date.start]:
        return date
    clock = _CLOCK_FIRST.search(text, max(0, date.start - _CLOCK_FIRST_REACH), date.start)
    if clock is None:
        return date
    value = date.value.replace(hour=int(clock[1]), minute=int(clock[2]))
    return FoundDate(value, True, clock.start(), date.end, date.ambiguous)


# A post's stamp standing after it: the date (and time), then at most where it was posted
# from, as platforms print it: a province-level region ("2024-12-01 浙江", "· IP属地：浙江").
_POST_STAMP_TAIL = re.compile(
    rf"^[\s·•・|｜丨]*(?:(?:IP\s*属地|来自)\s*[:：]?\s*)?(?:{POST_REGION.pattern})?\s*$"
)
_STAMP_MAX = 30


def _edited(zone: list[Line]) -> list[FoundDate]:
    """Dates an edit word introduces on the short lines by the heading ("编辑于 2024年11月30日
    20:15", "修改于2024-12-04 14:22 · 来自X"): a post that shows only when it was last
    edited, read when the page shows no publication time at all."""
    found = []
    for line in zone:
        if line.chars > 60 or _SNAPSHOT_WORDS.search(line.text):
            continue
        for date in find_dates(line.text)[:1]:
            if _UPDATED.search(line.text[max(0, date.start - 8) : date.start]):
                found.append(date)
    return found


def _stamped(zone: list[Line]) -> list[FoundDate]:
    """A post stamp after the story: a date alone on its line, or with the place it was
    posted from, read when the page shows no publication time at all."""
    found = []
    for line in zone:
        if line.chars > _STAMP_MAX:
            continue
        dates = find_dates(line.text)
        if (
            len(dates) == 1
            and not line.text[: dates[0].start].strip()
            and _POST_STAMP_TAIL.match(line.text[dates[0].end :])
        ):
            found.append(dates[0])
    return found


_ZONED = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d.*(?:Z|[+-]\d\d:?\d\d)$")


def _browser_day(shown: FoundDate, head: HeadInfo) -> bool:
    """Whether a bare day shown by the heading is the ``<time datetime>`` instant's day as
    the saving browser's zone printed it: not the instant's own day in the zone the markup
    writes it in ("2024年11月1日" for ``2024-11-02T02:08:47Z``), a day the publisher never
    showed. The instant is then the story's, read on Shanghai's clock."""
    raw = head.metas.get("time:datetime", "")
    if not _ZONED.match(raw):
        return False
    day = shown.value.date()
    if raw[:10] == day.isoformat():
        return False
    # a browser's zone moves the day by one at most: a day years before the markup's
    # ("2014/06/12" under the heading, a related card's <time> of 2024) is the story's own
    try:
        return abs((datetime.fromisoformat(raw[:10]).date() - day).days) <= 1
    except ValueError:
        return False


_HALF_HOUR = 1800
_ZONES_APART = 14 * 3600  # the most two zones' clocks differ by, in seconds


def _own_clock(zone: list[Line], markup: FoundDate) -> list[FoundDate]:
    """A date with its time by the heading that is the markup's instant on another zone's
    clock ("2019年 03月 19日 9:30PM EDT" over ``2019-03-19T21:30:00-0400``): the page shows
    the time where it was published, which is what the reader is told; the markup's instant
    converted to Shanghai's clock is a time the page never shows. Whole or half hours apart,
    at most a day's zones apart: the same instant, not another event's time."""
    for date in _visible(zone):
        if not date.has_time:
            continue
        apart = abs((markup.value - date.value).total_seconds())
        if apart and apart <= _ZONES_APART and apart % _HALF_HOUR == 0:
            return [date]
    return []


_DATE_LINE_MAX = 60  # characters of a line by the heading that may carry the page's date


def _first_dates(zone: list[Line], read: Callable[[str], list[FoundDate]]) -> list[FoundDate]:
    """The first date ``read`` finds on each short line of ``zone``, in order."""
    return [d for line in zone if line.chars <= _DATE_LINE_MAX for d in read(line.text)[:1]]


def _roc_published(zone: list[Line]) -> list[FoundDate]:
    """Republic-era dates (民國113年7月8日, 發布日期：113-07-08) on the short lines by the
    heading: read when the page shows no Gregorian date there."""
    return _first_dates(zone, lambda text: roc_dates(text, bool(_PUBLISHED_WORDS.search(text))))


def _roc_labelled(zone: list[Line]) -> list[FoundDate]:
    """A Republic-era date a publication label introduces on a short line after the story
    ("上版日期：112-06-13" under a government notice's attachments), not an update's."""
    return _first_dates(
        zone,
        lambda text: (
            roc_dates(text, True)
            if (word := _PUBLISHED_WORDS.search(text)) and not _UPDATED.search(text[: word.start()])
            else []
        ),
    )


def _short_year(text: str) -> list[FoundDate]:
    return [found] if (found := labelled_short_date(text)) else []


def _han_published(zone: list[Line]) -> list[FoundDate]:
    """Han-numeral dates (二〇二四年三月五日) on the short lines by the heading: read when
    the page shows no Gregorian or Republic-era date there."""
    return _first_dates(zone, han_dates)


def _afternoon(value: datetime, lines: list[Line]) -> datetime:
    """``value``'s time twelve hours on when a short line of the page shows the same day
    with that time ("发布时间：2014-07-28 15:11:37" over a mobile copy's or a share card's
    "2014-07-28 03:11"): a template that prints the hour on a 12-hour clock with no AM/PM
    ("hh" for "HH") shows the afternoon's 15:11 as 03:11, and no 24-hour clock shows 15:11
    for a time that was 03:11. The clock's text is looked for first, a cheap test."""
    later = value.replace(hour=value.hour + 12)
    clock = f"{later.hour}:{later.minute:02d}"
    for line in lines:
        if line.chars > _LINE_MAX or clock not in line.text:
            continue
        for date in find_dates(line.text):
            shown = date.value
            if (
                date.has_time
                and shown.replace(second=0) == later.replace(second=0)
                and (not shown.second or not later.second or shown.second == later.second)
            ):
                return shown
    return value


def extract_published(
    head: HeadInfo,
    lines: list[Line],
    title_line: Line | None,
    body: list[Line],
    url: str | None = None,
) -> datetime | None:
    """Publication time (see the module docstring for the order). A date without time
    borrows the time of a candidate on the same day; a year-last date (06/02/2022) is read
    the way the meta tags agree with, a yearless one (07-08 15:30) takes the year of a
    stated date or of the story's address (``url``)."""
    first = body[0].index if body else 0
    start = title_line.index if title_line else max(0, first - 6)
    head_zone = lines_between(lines, start - 2, max(first + 2, start + 4))
    meta_line = (
        lines_between(lines, title_line.index + 1, max(first, title_line.index) + 1)
        if title_line
        else []
    )
    lead = [ln for ln in body[:6] if ln.index > first + 2]  # a dateline opening the story
    last = body[-1].index if body else first
    tail_zone = lines_between(lines, last + 1, last + 4)
    metas = _meta_dates(head)
    found = [d for ln in head_zone for d in _published_in(ln)]
    found += _under_label(head_zone)
    found += [d for d in _visible(meta_line) if d.has_time]
    if not found:
        updates = (parse_date(v) for key in _UPDATE_META if (v := head.metas.get(key)))
        known = metas + [d for d in updates if d]
        if filed := url_date(url):
            known.append(filed)
        found += [d for ln in head_zone if ln.chars <= 60 and (d := _yearless(ln.text, known))]
    if metas and not found:
        # "2020年9月3日" alone by the heading, the markup's time days later: the page shows
        # the day it published; the markup's is the day its system last saved the story
        shown = [d for d in _visible(head_zone + meta_line) if not d.has_time]
        # or a Republic-era date ("日期：109-08-03", 民國109年8月3日): shown just the same
        shown = shown or _roc_published(head_zone)
        if (
            shown
            and shown[0].value.date() < metas[0].value.date()
            and not _browser_day(shown[0], head)
        ):
            found.append(shown[0])
        else:
            found += _own_clock(head_zone + meta_line, metas[0])
    found += metas
    found += _visible(head_zone + lead)
    # A first candidate with its time is the answer: what the wider scans below find comes
    # after it and is only read to lend a time to a date without one. Scanning every line
    # of a page for nothing is most of this function's cost.
    if not (found and found[0].has_time):
        found += [d for ln in tail_zone for d in _published_in(ln)]
        # _published_in finds a date only in a short line with a year: one scan finds those.
        short = [ln for ln in lines if ln.chars <= _LINE_MAX]
        dated = with_year([ln.text for ln in short])
        found += [d for pos in dated for d in _published_in(short[pos])]
    if not found:  # the page shows no publication time: the edit stamp or the post stamp
        found = (
            _roc_published(head_zone)
            or _han_published(head_zone)
            or _roc_labelled(body[-2:] + tail_zone)
            or _edited(head_zone + meta_line)
            or _stamped(tail_zone)
            or _first_dates(head_zone, _short_year)  # "时间：10-06-08": an old CMS's stamp
        )
    if not found:
        return None
    best = found[0]
    value = best.value
    if best.has_time and 0 < value.hour < 12:
        value = _afternoon(value, lines)
    if best.ambiguous and metas:
        swapped = value.replace(month=value.day, day=value.month)
        if swapped.date() == metas[0].value.date():
            value = swapped
    if not best.has_time:
        for other in found:
            if other.has_time and other.value.date() == value.date():
                return other.value
    return value

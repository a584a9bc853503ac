"""Dates written in Han numerals: "二〇二四年三月五日", "一九九八年九月七日（星期一）".

Hong Kong's government bureaux, court judgments and older press releases print a
statement's date this way on its own line under the heading, and some pages served
through a script converter space every character out ("一 九 九 八 年 九 月 七 日"). No
four-digit year is written, so the Gregorian readers (dates.py) never see such a line:
published.py reads it when the page shows no other date by the heading, and the line,
a date alone, is a stamp rather than the story's first paragraph (furniture_lines.py).
"""

from __future__ import annotations

import re
from datetime import datetime

from snapcrawl.extract.dates import SHANGHAI, WEEKDAY, FoundDate

_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_DIGIT.update({"七": 7, "八": 8, "九": 9})
_D = "〇○零一二三四五六七八九"
_GAP = r"[ \u3000]*"  # a converter's space between characters
_UNIT = "一二三四五六七八九"
# 19xx or 20xx, then 年, a month (一 to 十二) and a day (一 to 三十一).
_HAN_DATE = re.compile(
    rf"(?<![{_D}十])(?P<y>(?:一{_GAP}九|二{_GAP}[〇○零]){_GAP}[{_D}]{_GAP}[{_D}]){_GAP}年{_GAP}"
    rf"(?P<m>十(?:{_GAP}[一二])?|[{_UNIT}]){_GAP}月{_GAP}"
    rf"(?P<d>(?:[二三]{_GAP})?十(?:{_GAP}[{_UNIT}])?|[{_UNIT}]){_GAP}[日号號]"
)
_BRACKETS = " \u3000()（）[]【】"


def _number(text: str) -> int:
    """ "十" 10, "十二" 12, "二十" 20, "三十一" 31, "七" 7 (gaps already removed)."""
    if "十" not in text:
        return _DIGIT[text]
    tens, _, units = text.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[units] if units else 0)


def _has_year_digit(text: str) -> bool:
    """A year 19xx writes 九, a year 20xx writes 〇, ○ or 零: a line with none holds no
    such date (four substring tests cost far less than the date's search)."""
    return "九" in text or "〇" in text or "○" in text or "零" in text


def han_dates(text: str) -> list[FoundDate]:
    """The Han-numeral dates of ``text``, in order (midnight, no time of day)."""
    if "年" not in text or "月" not in text or not _has_year_digit(text):
        return []
    found = []
    for match in _HAN_DATE.finditer(text):
        year = int("".join(str(_DIGIT[c]) for c in match["y"] if c in _DIGIT))
        try:
            value = datetime(
                year,
                _number(re.sub(_GAP, "", match["m"])),
                _number(re.sub(_GAP, "", match["d"])),
                tzinfo=SHANGHAI,
            )
        except ValueError:
            continue
        found.append(FoundDate(value, False, match.start(), match.end()))
    return found


def han_date_only(text: str) -> bool:
    """Whether a line is a Han-numeral date alone, its weekday in brackets at most
    ("二〇二四年三月五日（星期二）")."""
    dates = han_dates(text)
    if len(dates) != 1:
        return False
    rest = "".join((text[: dates[0].start] + text[dates[0].end :]).split()).strip(_BRACKETS)
    return not rest or WEEKDAY.fullmatch(rest) is not None

"""A numbered part heading that goes on with the story's own count ("2、《X》" after "1、《Y》").

A ranking or a guide numbers its parts, each a short heading over its paragraph; a download
or app page sets a box of buttons (高速下载, 扫码下载) after each part. A short line survives
only between prose, so the heading after such a box read as the box's, or as the next
item of a list the box's label seemed to open, and the part lost its title. The number is
what says it is the story's: it goes on with a count the story has already begun, the
heading numbered one less standing earlier in the same lines.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line

_HEADING_MAX = 40  # a part's heading is one short line
_HAN_DIGITS = "一二三四五六七八九十"
_NUMBERED = re.compile(
    r"^(?:(?P<digits>\d{1,2})\s*[、.．]|[（(](?P<bracketed>\d{1,2})[)）]|(?P<han>[一二三四五六七八九十]{1,2})、)"
    r"\s*\S"
)
_OPENERS = frozenset("0123456789（(" + _HAN_DIGITS)


def part_number(text: str) -> int | None:
    """The number a short heading opens with ("3、", "3.", "（3）", "三、"), else ``None``."""
    if text[:1] not in _OPENERS or len(text) > _HEADING_MAX:
        return None
    match = _NUMBERED.match(text)
    if match is None:
        return None
    if han := match["han"]:
        return _han_number(han)
    return int(match["digits"] or match["bracketed"])


def _han_number(han: str) -> int | None:
    if len(han) == 1:
        return _HAN_DIGITS.index(han) + 1
    if han[0] == "十":
        return 10 + _HAN_DIGITS.index(han[1]) + 1 if han[1] != "十" else None
    return None  # 二十 and above: no part heading counts so far


def continues_numbering(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` is a numbered heading and an earlier line opens with the number
    one less."""
    number = part_number(lines[i].text)
    if number is None or number < 2:
        return False
    return any(part_number(line.text) == number - 1 for line in lines[:i])

"""Short lines of the story's own lists and fact boxes, which the short-line rule drops.

SHORT lines stay only between prose (line_kinds.keep_short); two shapes of the story's
own data stand beside a link or a button instead and were lost:

- a bulleted list whose short items ("・入場時間：19:30") follow a booking button while its
  longer items ("・秀場地址：…") pass as prose: items that open with the same bullet as the
  kept item next to them are that list's;
- a box of facts between two paragraphs ("展览一" | the linked exhibition title | its
  English title | dates | hall | "免费"): a run of short lines in one box of its own,
  with at most one link (the item's title), prose on both sides. A box of related links
  has several links or a list heading, and a box after the story has no prose after it.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.numbered_parts import part_number

_DIGIT_OPENERS = frozenset("0123456789（(一二三四五六七八九十")
_BULLETS = frozenset("・•·●▪◆◇■□○►▶-*")
BOX_MIN_LINES = 3  # a box's facts without its title: dates, a place, a price
BOX_MAX_LINES = 8
BOX_TITLE_MAX = 40  # the one link is the item's title, not a teaser
_BOX_REASONS = frozenset({"short", "teaser", "list_item", "links", "ui"})


def _reason(kind: tuple[Kind, str]) -> str:
    return kind[1] or kind[0].value


def keep_bulleted_items(kinds: list[tuple[Kind, str]], lines: list[Line], keep: list[bool]) -> None:
    """Keep dropped short lines that open with the bullet of the kept item beside them."""
    n = len(lines)
    i = 0
    while i < n:
        text = lines[i].text
        if keep[i] or text[:1] not in _BULLETS or _reason(kinds[i]) != "short":
            i += 1
            continue
        bullet = text[0]
        j = i
        while (
            j < n and not keep[j] and lines[j].text[:1] == bullet and _reason(kinds[j]) == "short"
        ):
            j += 1
        if j - i >= 2 and (
            (j < n and keep[j] and lines[j].text[:1] == bullet)
            or (i > 0 and keep[i - 1] and lines[i - 1].text[:1] == bullet)
        ):
            for k in range(i, j):
                keep[k] = True
        i = j


def _box_of(run: list[Line]) -> etree._Element | None:
    """The nearest element that holds every line of the run."""
    first = run[0].ancestors
    for anc in first:
        if all(anc in line.ancestors for line in run[1:]):
            return anc
    return None


def keep_fact_boxes(kinds: list[tuple[Kind, str]], lines: list[Line], keep: list[bool]) -> None:
    """Keep a run of dropped short lines that is a box of facts between paragraphs."""
    n = len(lines)
    i = 1
    while i < n - 1:
        if keep[i] or _reason(kinds[i]) not in _BOX_REASONS:
            i += 1
            continue
        j = i
        while j < n and not keep[j] and _reason(kinds[j]) in _BOX_REASONS:
            j += 1
        run = lines[i:j]
        links = [line for line in run if line.is_link]
        uis = sum(1 for kind in kinds[i:j] if kind[1] == "ui")
        if (
            uis <= 1  # a price or a count set like a toolbar's token ("门票 30元")
            and j < n
            and kinds[j][0] is Kind.GOOD
            and BOX_MIN_LINES <= len(run) - len(links) <= BOX_MAX_LINES
            and len(links) <= 1
            and all(line.chars <= BOX_TITLE_MAX for line in links)
            and any(kinds[k][0] is Kind.GOOD for k in range(i))
            and (box := _box_of(run)) is not None
            and box not in lines[j].ancestors
        ):
            for k in range(i, j):
                keep[k] = True
        i = j


# "時間：2017/06/13（二）", "報名網址：https://…", "詳細資訊：": a notice's field, its label
# a few Han characters and a colon.
_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]")
_FIELD_REASONS = frozenset({"short", "stranger", "links"})
FIELD_WINDOW = 5  # the notice's kept fields stand among the next lines
FIELD_KEPT = 2


def keep_notice_fields(kinds: list[tuple[Kind, str]], lines: list[Line], keep: list[bool]) -> None:
    """Keep a dropped field of a notice among its kept fields (时间：, 地点：, 报名网址：):
    a run of "label：value" lines the selection keeps is the notice's own data, and a
    field of that run dropped for its link or its date is too. A linked field counts only
    when its link is the web address it gives."""
    n = len(lines)
    for i in range(n):
        if keep[i] or not _dropped_field(kinds[i], lines[i]):
            continue
        kept = sum(
            1
            for k in range(i + 1, min(n, i + 1 + FIELD_WINDOW))
            if keep[k] and _FIELD.match(lines[k].text)
        )
        if kept >= FIELD_KEPT:
            keep[i] = True
    _keep_field_runs(kinds, lines, keep)


FIELD_RUN = 3  # a notice's block of fields: its time, its place, its speaker


def _dropped_field(kind: tuple[Kind, str], line: Line) -> bool:
    text = line.text
    return (
        line.chars <= BOX_TITLE_MAX + 20
        and ("：" in text or ":" in text)
        and _FIELD.match(text) is not None
        and _reason(kind) in _FIELD_REASONS
        and (not line.is_link or "http" in line.text)
    )


def _dropped_item(kind: tuple[Kind, str], line: Line) -> bool:
    """A numbered line of the notice's agenda ("一、主题报告", "1.X"), dropped as short."""
    return (
        line.text[:1] in _DIGIT_OPENERS
        and _reason(kind) == "short"
        and part_number(line.text) is not None
    )


def _keep_field_runs(kinds: list[tuple[Kind, str]], lines: list[Line], keep: list[bool]) -> None:
    """A run of dropped fields with the notice's prose on both sides: its block of fields,
    maybe with its numbered agenda among them."""
    n = len(lines)
    i = 1
    while i < n - 1:
        if keep[i] or not _dropped_field(kinds[i], lines[i]):
            i += 1
            continue
        j = i
        fields = 0
        while j < n and not keep[j]:
            if _dropped_field(kinds[j], lines[j]):
                fields += 1
            elif not _dropped_item(kinds[j], lines[j]):
                break
            j += 1
        if (
            fields >= FIELD_RUN
            and j < n
            and kinds[j][0] is Kind.GOOD
            and kinds[i - 1][0] is Kind.GOOD
            and keep[i - 1]
        ):
            for k in range(i, j):
                keep[k] = True
        i = j


_COUNT_REASONS = frozenset({"short", "ui"})


def keep_counted_items(kinds: list[tuple[Kind, str]], lines: list[Line], keep: list[bool]) -> None:
    """Keep the dropped first items of a numbered list the selection keeps the rest of
    ("1. 服务范围" and "2.患者旅程（手术前 | 住院期间）" over a kept "3.价格范围…"): each
    item numbered one less than the kept item right after it is that list's, however short,
    or with bars a toolbar would print."""
    for i in range(len(lines) - 2, -1, -1):
        if keep[i] or not keep[i + 1] or lines[i].text[:1] not in _DIGIT_OPENERS:
            continue
        if _reason(kinds[i]) not in _COUNT_REASONS or lines[i].is_link:
            continue
        number = part_number(lines[i].text)
        if number is None:
            continue
        if part_number(lines[i + 1].text) == number + 1 or _next_item_kept(lines, keep, i, number):
            keep[i] = True


_ITEM_REACH = 4  # lines from an item's heading to the next item's, its paragraphs between


def _next_item_kept(lines: list[Line], keep: list[bool], i: int, number: int) -> bool:
    """Whether the next numbered line after ``lines[i]``, the kept paragraphs of item
    ``number`` between them, goes on its count up or down ("10.X" over its paragraph, then
    "9.Y": a countdown's first item, as a list of a top ten opens)."""
    for j in range(i + 1, min(len(lines), i + 1 + _ITEM_REACH)):
        if not keep[j]:
            return False
        if lines[j].text[:1] in _DIGIT_OPENERS and (found := part_number(lines[j].text)):
            return j > i + 1 and found in (number - 1, number + 1)
    return False

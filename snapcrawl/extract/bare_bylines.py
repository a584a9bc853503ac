"""A byline with no label at all: a person's name alone where a byline stands.

Many pages print the writer's name with no 作者 or 记者 before it, and only its place says
it is the byline: on the dated meta line beside the outlet ("2024-05-06 10:20 欧阳晓岚 青川
日报") or alone in a meta bar of its own elements (dated_line.unlabeled_byline); in a meta
row's segment before its reporter's role ("郑雪 本报记者") or after an English "By" ("By 赵明远
| 海运商报"); on a line of its own (an ornament before it: "■ X") between the heading or its
meta line and the story's first paragraph, as a theory page or a commentary sets its writer;
on a line of its own under the last paragraph, a signature (maybe with the month under
it); or in a columnist's box, the name over a line that says what the writer is (专栏作者,
资深媒体人). Only a name of a person's shape counts (credit_person.is_name), and only one:
a zone with several lone names is a list of people (a roll of honour, a panel), not a
byline. A lone line of two characters ("方法", "高考" open with a surname's character too)
counts only as a signature with its date under it ("江帆" / "2023年冬于江城"). A
transliterated name ("乔恩·邓巴") may stand under the lead picture's caption instead
(ornament_bylines.foreign_byline). These are
read last, after every labelled credit, card and tag.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import AUTHOR_ROLE
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.dated_line import unlabeled_byline
from snapcrawl.extract.dates import YEAR, date_spans
from snapcrawl.extract.dom import Line
from snapcrawl.extract.ornament_bylines import foreign_byline
from snapcrawl.extract.prose_shapes import is_story_paragraph
from snapcrawl.extract.thresholds import STORY_PARAGRAPH_CHARS
from snapcrawl.extract.vocab import BYLINE_MARKS, OUTLET_SHAPE

_NAME_MAX = 15  # a "·" name's most characters (阿依古丽·买买提)
_NOTE_MAX = 40  # what a columnist's box says about the writer
_WRITER_NOTE = re.compile(AUTHOR_ROLE + "|作者|专栏|專欄")
_DATE_ONLY = re.compile(r"^[\s\d年月日./-]+$")
_DATED_MAX = 16  # the line under a signature that dates it ("写于2024年春", "2024年4月")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]+")  # a name alone: no label, colon or digit with it


# "郑雪 本报记者": the name before its role, a segment of a meta line of its own.
_NAME_THEN_REPORTER = re.compile(
    r"(?:^|[|｜]|\s)(?P<name>[\u4e00-\u9fff·]{2,8})[ \u3000]*(?:本报|本台|本网|本刊)?"
    r"(?:见习|实习|特约|首席)?(?:记者|記者)(?=\s*(?:$|[|｜]))"
)
# "By 赵明远 | 海运商报 | …": an English byline's word before a Chinese name.
_BY_HAN = re.compile(
    r"(?:^|[|｜]\s*)(?:By|BY|by)\s+(?P<name>[\u4e00-\u9fff·]{2,8})(?=\s*(?:$|[|｜]))"
)
_ROW_MAX = 60  # a meta row is short; a longer line is prose


def bare_byline(zone: list[Line], body: list[Line]) -> str | None:
    """The writer a byline with no label names (see the module docstring), else ``None``.
    A meta row stands over the story: only the zone's lines before the story's first
    paragraph of prose are read for one (the kept lines may open with the heading and the
    meta line)."""
    start = next(
        (line.index for line in body if is_story_paragraph(line)), body[0].index if body else 0
    )
    above = [line for line in zone if line.index < start]
    return (
        unlabeled_byline(above)
        or _role_after_name(above)
        or _name_then_note(above)
        or _lone_name(zone)
    )


# "程萍/南京大学社会学院博士生": the writer's name, a slash, and what the writer is (a unit
# and a role: AUTHOR_ROLE ends it), a research column's byline over the story.
_NAME_SLASH_NOTE = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff·]{{2,8}})\s*[/／]\s*[^/／\s]{{0,24}}(?:{AUTHOR_ROLE})$"
)
_NOTE_ROW_MAX = 36


def _name_then_note(rows: list[Line]) -> str | None:
    """The name a row over the story sets before a slash and what the writer is."""
    for line in rows:
        if line.chars <= _NOTE_ROW_MAX and (name := noted_byline(line.text)):
            return name
    return None


def noted_byline(text: str) -> str | None:
    """The writer's name of "程萍/海港大学社会学院博士生" (a byline, no outlet), else ``None``."""
    if "/" not in text and "／" not in text:
        return None
    if (match := _NAME_SLASH_NOTE.match(text.strip())) and (
        is_name(name := match["name"]) and not OUTLET_SHAPE.search(name)
    ):
        return name
    return None


def _role_after_name(rows: list[Line]) -> str | None:
    """The name a meta row's segment sets before its reporter's role ("郑雪 本报记者") or
    after an English "By" ("By 赵明远 | 海运商报")."""
    for line in rows:
        text = line.text
        if line.chars > _ROW_MAX:
            continue
        found = None
        if "者" in text:
            found = _first_name(_NAME_THEN_REPORTER, text)
        if found is None and ("By" in text or "BY" in text or "by" in text):
            found = _first_name(_BY_HAN, text)
        if found:
            return found
    return None


def _first_name(pattern: re.Pattern[str], text: str) -> str | None:
    for match in pattern.finditer(text):
        name = match["name"]
        if is_name(name) and not OUTLET_SHAPE.search(name):
            return name
    return None


def _name_of(line: Line) -> str | None:
    """The name a short link-free line (the caller's test) holds alone, maybe after a mark."""
    if line.heading:
        return None
    text = line.text.strip(" \u3000—－-" + BYLINE_MARKS)
    if len(text) < 2:
        return None
    if not _HAN_NAME.fullmatch(text) or OUTLET_SHAPE.search(text):
        return None
    return text if is_name(text) else None


def _lone_name(zone: list[Line]) -> str | None:
    lone = [
        (pos, name)
        for pos, line in enumerate(zone)
        if line.chars <= _NAME_MAX and not line.link_chars and (name := _name_of(line))
    ]
    if len(lone) != 1:
        return None  # none, or several: a list of people
    pos, name = lone[0]
    short = len(name) < 3 and "·" not in name  # a two-character name: a signature only
    line = zone[pos]
    before = zone[pos - 1] if pos and zone[pos - 1].index == line.index - 1 else None
    after = zone[pos + 1] if pos + 1 < len(zone) and zone[pos + 1].index == line.index + 1 else None
    opening = (
        before is not None
        # under the heading or its dated line; a transliterated name under the lead picture
        and (before.heading or bool(date_spans(before.text)) or foreign_byline(line, before))
        and is_story_paragraph(after)
    )
    signature = (
        is_story_paragraph(before)
        and not is_story_paragraph(after)
        and (
            after is None
            or after.chars < STORY_PARAGRAPH_CHARS
            or _DATE_ONLY.match(after.text) is not None
        )
    )
    note = (
        after is not None
        and after.chars <= _NOTE_MAX
        and _WRITER_NOTE.search(after.text) is not None
        and not is_story_paragraph(before)
    )
    if short:
        dated = after is not None and after.chars <= _DATED_MAX and YEAR.search(after.text)
        return name if signature and dated else None
    return name if opening or signature or note else None

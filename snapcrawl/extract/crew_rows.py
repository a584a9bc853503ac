"""A production's crew rows beside credits: "调研：A；B；C", "声音优化：B；Tong", "文字+排版：…",
and a list label with its items under it ("音乐：" over "Title by Composer" lines).

A podcast's or a video's transcript ends with its crew, one role a row, the names set apart
by semicolons, Latin and Chinese mixed: the credit readers know the common roles (主播, 剪辑)
but not every production's (调研, 声音优化), nor names joined by "；". Beside a credit line
the place says what the row is (credit_neighbours): a short role label, a colon, and names
only, set apart by semicolons or with a Latin name among them. A label alone ("音乐：")
opens a list of works credited in Latin script ("X by Y", "(all by courtesy of Z)"), which
goes with the crew.
"""

from __future__ import annotations

import re

_ROW_MAX = 48  # a role and three or four names
_ROW = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff+＋]{0,7}\s*[:：]\s*(?P<value>.*)$")
_NAME_SEP = re.compile(r"\s*[；;、/／,，]\s*")
_NAME = re.compile(
    r"[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z.'\-]{1,24}(?: [A-Za-z][A-Za-z.'\-]{1,24})?"
)
_LATIN = re.compile("[A-Za-z]")
_LATIN_ITEM_MAX = 80
_LATIN_ITEM = re.compile(r"^[\x20-\x7e&]+$")
_LATIN_SENTENCE_END = re.compile(r"[.!?]$")


def crew_row(text: str) -> bool:
    """Whether ``text`` is a role's label and names only (or the label alone)."""
    if len(text) > _ROW_MAX or ("：" not in text and ":" not in text):
        return False
    match = _ROW.match(text)
    if match is None:
        return False
    value = match["value"].strip()
    if not value:
        return False  # a label alone: a list's (list_label), a crew's only over its items
    # the crew's own marks: names set apart by semicolons, or a Latin name among them (a
    # review's fact rows, "编剧：X", "主演：X、Y", are the story's: keep_fact_rows)
    if not ("；" in value or ";" in value or _LATIN.search(value)):
        return False
    return all(_NAME.fullmatch(part) for part in _NAME_SEP.split(value))


def list_label(text: str) -> bool:
    """Whether ``text`` is a role's label with no value ("音乐："): a list opens under it."""
    return text.endswith(("：", ":")) and len(text) <= 9 and _ROW.match(text) is not None


def latin_item(text: str) -> bool:
    """A work credited in Latin script under a list label: short, no sentence end."""
    return (
        len(text) <= _LATIN_ITEM_MAX
        and _LATIN_ITEM.match(text) is not None
        and not _LATIN_SENTENCE_END.search(text)
    )

"""Labels set in a tag of their own, with no colon: ``<span>作者</span><span>X</span>``.

A meta row styled as label/value cells ("作者 | 温若水  来源 | 港运资讯", the bar drawn by
CSS) reads, once its tags are joined, as one run of words: "作者温若水来源港运资讯时间…".
No label reader finds a label in it, since every label reader keys on the colon. The markup
says where each label ends: the label is a tag whose whole text is a label's word. Here the
lines around the story's edges whose labels stand in such tags are handed to the readers
as the page shows them, each label followed by its colon ("作者：温若水　来源：港运资讯").

Only the field labels count (author, source, time, category): a count's word ("阅读",
"评论") in its own tag is a toolbar's button as often as a label. A label tag needs a value
after it, and the row must be short and carry no colon already (then it reads as written).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from snapcrawl.extract.body import Selection
from snapcrawl.extract.dom import Line
from snapcrawl.extract.text import normalize_text
from snapcrawl.extract.vocab import LABELS

_FIELDS = ("author", "source", "published_at", "category")
_WORDS = frozenset(label for field in _FIELDS for label in LABELS[field])
_ANY_WORD = re.compile("|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)))
_ROW_MAX = 80  # a meta row is short; a longer line is prose
_BEFORE = 8  # the meta row stands between the title and the story
_AFTER = 4  # or right after the story
_NO_LABEL = frozenset({"a", "button", "option", "select"})
_INLINE_MAX = 16  # a row's cells: a few label/value pairs


def _label_tag(el: etree._Element) -> str | None:
    if len(el) or not isinstance(el.tag, str):
        return None
    word = (el.text or "").strip()
    return word if word in _WORDS else None


def _pieces(el: etree._Element, out: list[str], seen: list[int]) -> bool:
    """The row's text with a colon after each label tag; ``False`` when the row holds more
    than a row's cells (a block inside it, many tags)."""
    for child in el:
        if not isinstance(child.tag, str):
            out.append(child.tail or "")
            continue
        seen[0] += 1
        if seen[0] > _INLINE_MAX:
            return False
        if child.tag in _NO_LABEL:  # a link or a button is what it names, not a label
            out.append(child.xpath("string()"))
        elif (word := _label_tag(child)) is not None:
            out.append(f"\u3000{word}：")
            seen[1] += 1
        else:
            out.append(child.text or "")
            if not _pieces(child, out, seen):
                return False
        out.append(child.tail or "")
    return True


def _bare(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "")


def _as_read(line: Line) -> str | None:
    text = line.text
    if line.chars > _ROW_MAX or "：" in text or ":" in text or not _ANY_WORD.search(text):
        return None
    out = [line.owner.text or ""]
    seen = [0, 0]  # tags read, label tags among them
    if not _pieces(line.owner, out, seen) or not seen[1]:
        return None
    read = normalize_text("".join(out))
    if read.endswith("："):
        return None  # a label with no value after it
    if _bare(read.replace("：", "")) != _bare(text):
        return None  # the owner holds more than this line: not a row of cells
    return read


def labels_as_read(selection: Selection, lines: list[Line]) -> list[Line]:
    """``lines`` with each meta row of label tags in its reading form (``lines`` itself
    when there is none)."""
    if not selection.kept:
        return lines
    first, last = selection.kept[0].index, selection.kept[-1].index
    spots = [*range(max(0, first - _BEFORE), first), *range(last + 1, last + 1 + _AFTER)]
    rewritten: dict[int, Line] = {}
    for pos in spots:
        if pos >= len(lines) or lines[pos].index != pos:
            continue
        if (text := _as_read(lines[pos])) is not None:
            rewritten[pos] = replace(lines[pos], text=text, chars=len(text))
    if not rewritten:
        return lines
    return [rewritten.get(pos, line) for pos, line in enumerate(lines)]

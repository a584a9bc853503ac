"""Credits split over lines: a role's label alone on its line and the names alone on the
next ("作者" | "姚远之", "编辑：" | "林南风" in a table's cells, "【責編】" | "羅曼", "Reporter" |
"Li Ming").

Neither line is a credit alone: a label without a value says nothing, and a name alone
may be a heading or a table's value. The pair is a credit by its place: right after the
story's last prose or right before its first, where credits stand, and only in an unbroken
run of such pairs. A table of facts in a review ("书名" | "《活着》" | "作者" | "余华")
keeps its rows: its other labels are no credit's, and one in the middle of the story is
the story's. One label may head several names, each in its own element beside the first
(a ``<dl>``'s ``<dt>`` over a ``<dd>`` a name: "采写" | "X" | "Y"): they are the pair's.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.credit_person import has_function_word, is_name, is_pen_name
from snapcrawl.extract.credit_shape import credited_unit
from snapcrawl.extract.credit_values import LABEL_MARKS as _LABEL_MARKS
from snapcrawl.extract.credit_values import role_label_alone
from snapcrawl.extract.dom import Line
from snapcrawl.extract.english_credits import english_label_alone
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.simplified import read_simplified

LABEL_MAX = 10  # "【责任编辑】：", "值班编辑：": a label and its marks
_EN_LABEL_MAX = 24  # "Contributing Photographer:"
_NAMES_MAX = 24  # "本报记者 张三 李四 王五"'s names: a line of names alone is short
_LIST = re.compile(r"\s*[、,，&＆/／]\s*|\s+")
# "编　辑", "出　品", "监 制 人": a label padded with spaces to its column's width.
_PADDED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}[:：]?$")


def _label_text(line: Line) -> str:
    """The line's text, a padded label's spaces taken out ("编　辑" is 编辑)."""
    text = line.text.strip(" \u3000")
    if (" " in text or "\u3000" in text) and _PADDED.match(text):
        return text.replace(" ", "").replace("\u3000", "")
    return text


def label_alone(line: Line) -> bool:
    """A role's label alone: Chinese ("记者", "【責編】") or English ("Reporter", "Editor:")."""
    if line.text[:1].isascii():
        return line.chars <= _EN_LABEL_MAX and english_label_alone(line.text)
    return line.chars <= LABEL_MAX and role_label_alone(read_simplified(_label_text(line)))


def names_alone(line: Line) -> bool:
    """A line of one name or a short list of them, nothing else."""
    text = line.text.strip(" \u3000")
    if not text or line.chars > _NAMES_MAX or line.is_link:
        return False
    names = [n for n in _LIST.split(text) if n]
    cleaned = clean_name(text)
    # the same names as a list however marked ("X　Y", "X / Y": clean_name gives back "X Y",
    # "X、Y"); a cut name or word is no list of names
    if cleaned != text and (not cleaned or [n for n in _LIST.split(cleaned) if n] != names):
        return False
    return all(
        is_name(n) or (is_pen_name(n) and not has_function_word(n)) or n.isascii() for n in names
    )


def _value_alone(label: Line, value: Line) -> bool:
    """Names alone, or the unit a content role credits ("出品" | "示例县融媒体中心")."""
    if names_alone(value):
        return True
    text = value.text.strip(" \u3000")
    return not value.is_link and credited_unit(_label_text(label).rstrip(":："), text)


def more_names(lines: list[Line], name: int) -> int:
    """The position after the names under one label that start at ``lines[name]``: the
    lines of names alone right after it, each in an element of its tag beside its own."""
    first = lines[name].owner
    end = name + 1
    if first is None:
        return end
    parent = first.getparent()
    while end < len(lines) and (nxt := lines[end].owner) is not first and nxt is not None:
        if nxt.tag != first.tag or nxt.getparent() is not parent:
            break
        if not names_alone(lines[end]) or label_alone(lines[end]):  # "Editor" is ASCII too
            break
        end += 1
    return end


def _pairs(lines: list[Line], kinds: list[tuple[Kind, str]], order: range) -> list[int]:
    """The lines (positions) of the unbroken run of label-then-name pairs that ``order``
    walks away from the story (already dropped lines skipped)."""
    found: list[int] = []
    held: int | None = None
    forward = order.step > 0
    for pos in order:
        if kinds[pos][0] is Kind.BAD:
            continue
        if held is None:
            if forward and found and pos == found[-1] + 1 and more_names(lines, pos - 1) > pos:
                found.append(pos)  # another name under the last label
                continue
            held = pos
            continue
        label, name = (held, pos) if held < pos else (pos, held)
        if not (label_alone(lines[label]) and _value_alone(lines[label], lines[name])):
            break
        found += (label, name)
        held = None
    return found


def credit_pair_at(lines: list[Line], pos: int) -> bool:
    """Whether ``lines[pos]`` is a role's label alone with names alone on the next line."""
    return pos + 1 < len(lines) and label_alone(lines[pos]) and names_alone(lines[pos + 1])


def paired_names(lines: list[Line], label: re.Pattern[str]) -> str | None:
    """The names under the first role label standing alone whose label ``label`` finds, in
    a run of two pairs or more ("文字" | "X", "编辑" | "Y" in a grid of ``<div>`` cells): the
    pairs ``cut_credit_pairs`` drops, read as the credits they are. One label over a name
    may be a button over a heading ("编辑" | "X"); a grid of roles over names is credits."""
    for pos in range(len(lines) - 1):
        line = lines[pos]
        # the label's own words first (both patterns spell the traditional labels too)
        if line.chars > LABEL_MAX or not label.search(_label_text(line).strip(_LABEL_MARKS)):
            continue
        if not credit_pair_at(lines, pos):
            continue
        end = more_names(lines, pos + 1)
        if credit_pair_at(lines, end) or (pos >= 2 and credit_pair_at(lines, pos - 2)):
            names = lines[pos + 1 : end]
            return " ".join(n for line in names for n in _LIST.split(line.text) if n)
    return None


def cut_credit_pairs(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark as credits the label-over-name pairs right after the story's last prose line
    and right before its first (see the module's note)."""
    good = [i for i, (kind, _) in enumerate(kinds) if kind is Kind.GOOD]
    if not good:
        return
    first, last = good[0], good[-1]
    for order in (range(last + 1, len(lines)), range(first - 1, -1, -1)):
        for pos in _pairs(lines, kinds, order):
            kinds[pos] = (Kind.BAD, "credit")

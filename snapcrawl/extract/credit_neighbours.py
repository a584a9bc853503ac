"""Credit lines known by their neighbours: a role and a name no surname opens, beside credits.

A credit line's names pass the form test (credit_shape) only when they look like names by
themselves: a surname and one or two characters. Names that open otherwise (the four- and
five-character Tibetan, Uyghur and Mongolian names 格桑卓玛, 拉巴顿珠, 敖登格日乐; double
surnames nobody listed, 钟离小川) look like any short phrase, so "航拍 钟离小川" alone is no
credit: "视频 精彩回顾" has the same form. Beside a credit line, in the credits' own run, the
place says what the form cannot: a role there is followed by a name.
"""

from __future__ import annotations

from snapcrawl.extract.credit_shape import credit_in_run
from snapcrawl.extract.crew_rows import crew_row, latin_item, list_label
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_CREDIT = "credit"


def _joins(line: Line, kind: tuple[Kind, str]) -> bool:
    return (
        kind[0] is not Kind.BAD
        and not line.link_chars
        and (credit_in_run(line.text) or crew_row(line.text))
    )


def _opens_list(lines: list[Line], kinds: list[tuple[Kind, str]], pos: int) -> bool:
    """Whether the line at ``pos`` is a crew's list label ("音乐：") over a Latin item ("X by
    Y"): a bare label over anything else ("注释：" over notes) is no crew's."""
    return (
        kinds[pos][0] is not Kind.BAD
        and list_label(lines[pos].text)
        and pos + 1 < len(lines)
        and latin_item(lines[pos + 1].text)
    )


def _next_item(lines: list[Line], kinds: list[tuple[Kind, str]], pos: int) -> bool:
    """Whether the line after ``pos`` (the list's label or an item already taken) is one
    more Latin work's credit of the list."""
    near = pos + 1
    if near >= len(lines) or kinds[near][0] is Kind.BAD or lines[near].link_chars:
        return False
    return latin_item(lines[near].text)


def cut_credit_neighbours(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark as credits the lines of a credit's form, with names of any opening, that stand
    next to a credit line, and next to those, outward."""
    todo = [i for i, (_, reason) in enumerate(kinds) if reason == _CREDIT]
    listed: set[int] = set()  # a crew's list label ("音乐：") and the items taken under it
    while todo:
        pos = todo.pop()
        for near in (pos - 1, pos + 1):
            if not 0 <= near < len(lines):
                continue
            if _opens_list(lines, kinds, near):
                listed.add(near)
            elif not _joins(lines[near], kinds[near]):
                continue
            kinds[near] = (Kind.BAD, _CREDIT)
            todo.append(near)
        if pos in listed and _next_item(lines, kinds, pos):  # "X by Y" under "音乐："
            kinds[pos + 1] = (Kind.BAD, _CREDIT)
            listed.add(pos + 1)
            todo.append(pos + 1)

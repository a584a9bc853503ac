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
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_CREDIT = "credit"


def _joins(line: Line, kind: tuple[Kind, str]) -> bool:
    return kind[0] is not Kind.BAD and not line.link_chars and credit_in_run(line.text)


def cut_credit_neighbours(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark as credits the lines of a credit's form, with names of any opening, that stand
    next to a credit line, and next to those, outward."""
    todo = [i for i, (_, reason) in enumerate(kinds) if reason == _CREDIT]
    while todo:
        pos = todo.pop()
        for near in (pos - 1, pos + 1):
            if 0 <= near < len(lines) and _joins(lines[near], kinds[near]):
                kinds[near] = (Kind.BAD, _CREDIT)
                todo.append(near)

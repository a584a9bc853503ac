"""A reporter's line alone names the author in the shapes print layouts and app outlets give
it: a two-character name set out with a space inside, a mark before the line, what the
reporter did besides writing after the names (文/摄), an outlet whose name has a "+".
Every name here is made up for these tests."""

from __future__ import annotations

import pytest

from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.credits import author_from_lines
from snapcrawl.extract.dom import Line


def _line(text: str) -> Line:
    return Line(text=text, owner=None, index=0, chars=len(text))


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("◇ 本报记者 柯 岚 文/摄", "柯岚"),
        ("★本报记者 邝 远", "邝远"),
        ("本报记者 邝远 文/图", "邝远"),
        ("西岭+记者 骆晴 通讯员 卞一舟", "骆晴"),
        ("西岭+记者 骆晴", "骆晴"),
        ("本报记者 柯 岚 骆 晴", "柯岚 骆晴"),
        ("西岭网记者 邝远 东坡报道", "邝远"),
    ],
)
def test_reporter_line_names_the_author(text: str, author: str) -> None:
    assert is_credit(text)
    assert author_from_lines([_line(text)], []) == author


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's credit closed by 摄 alone names the photographer
        "本报记者 邝远 摄",
        # prose with a role word in it
        "记者在现场看到，文/摄影展吸引了不少市民",
    ],
)
def test_no_author_from_a_photographer_or_prose(text: str) -> None:
    assert author_from_lines([_line(text)], []) is None

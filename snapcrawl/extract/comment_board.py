"""Readers' comments taken for a story: a body whose every part stands over a reader's
reply controls, in a box of many such controls.

A photo gallery's page keeps its caption and its readers' comments in regions both named
as furniture; the comments are the longer prose, so a reading of the page's furniture
finds them. A comment's shape is no story's: its text, then its row of controls ("+1顶[110]
-1踩[17] 回复 分享", "赞(3) 回复"), and the box repeats that row under every comment. A
story's page has one toolbar at most under it, never a reply control per paragraph run.
"""

from __future__ import annotations

import re
from itertools import pairwise

from lxml import etree

from snapcrawl.extract.dom import Line

# One control of a reader's row: a vote and its count ("+1顶[110]", "赞(3)", "赞 12"), a
# reply ("回复", "回复(3)"), a share or a report; a row prints them with or without spaces.
_TOKEN = re.compile(
    r"[+-]?\d?\s*(?:点赞|點讚|顶|踩|赞)\s*(?:[\[(（]\s*\d+\s*[\])）]|\d+)?"
    r"|(?:回复|回覆|回應|回应|Reply)\s*(?:[\[(（]\s*\d*\s*[\])）])?"
    r"|分享|举报|舉報|收起|展开"
)
_REPLY_WORDS = ("回", "Reply")
_ROW_MAX = 30  # "+1顶[1100] -1踩[17] 回复 分享" is 23
_BOARD_REPLIES = 3  # a box of comments repeats the row; a story's toolbar is one
_UP_LEVELS = 5  # a comment's text, its item, the floors it quotes, the board
_ROW_REACH = 4  # a comment's controls right under its text (its handle line maybe between)


def _row(line: Line) -> list[str]:
    """The controls of a line made of a reader's controls only, else ``[]``."""
    if line.chars > _ROW_MAX or not any(word in line.text for word in ("回", "Reply", "顶", "赞")):
        return []
    if _TOKEN.sub("", line.text).strip():
        return []
    return _TOKEN.findall(line.text)


def _replies(line: Line) -> int:
    return sum(1 for token in _row(line) if token.startswith(_REPLY_WORDS))


def _control(line: Line) -> bool:
    """A row with a reply or a counted vote (a bare "分享" or "赞" is any toolbar's)."""
    return any(
        token.startswith(_REPLY_WORDS) or token[-1:].isdigit() or token[-1:] in "])）"
        for token in _row(line)
    )


def comment_board(lines: list[Line], container: etree._Element, kept: list[Line]) -> bool:
    """Whether ``kept`` (a reading's body in ``container``) are readers' comments: a box
    around it, at most a few levels up, holds three reply controls or more, and each run of
    kept lines has a control row right under it."""
    if not kept:
        return False
    ends = [a for a, b in pairwise(kept) if b.index != a.index + 1] + [kept[-1]]
    for end in ends:
        if not any(_control(line) for line in lines[end.index + 1 : end.index + 1 + _ROW_REACH]):
            return False
    for level, box in enumerate((container, *container.iterancestors())):
        if level > _UP_LEVELS:
            break
        if sum(_replies(line) for line in lines if box in line.ancestors) >= _BOARD_REPLIES:
            return True
    return False

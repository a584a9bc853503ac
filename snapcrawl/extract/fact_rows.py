"""A box of facts in the story ("导演：X" | "编剧：Y" | "主演：A、B"; "最佳影片：《X》" |
"最佳摄影：Y"): its rows stay, though some of them read as credits.

A film review's or a book review's fact box and a prize list name people under roles that
credits use too (导演, 编剧, 摄影), so each such row alone reads as the page crediting its
crew. A credit block closing the story holds credits only; a box of facts holds rows no
credit has (主演, 片长, 最佳影片), and it stands before the story's end: there its credit-like
rows are the story's, as its other rows are.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_ROW = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")
_ROW_MAX = 40  # a row is a label and a short value
MIN_ROWS = 3  # a box has rows; two lines may be a credit and a stray label
_CREDIT_REASONS = ("credit", "picture_credit")


def _row(line: Line) -> bool:
    return (
        line.chars <= _ROW_MAX
        and ("：" in line.text or ":" in line.text)
        and (_ROW.match(line.text) is not None)
    )


def keep_fact_rows(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Give the credit-like rows of a box of facts before the story's last prose the kind of
    the box's other rows (see the module's note)."""
    credited = [i for i, (_, reason) in enumerate(kinds) if reason in _CREDIT_REASONS]
    if not credited:
        return
    last = len(kinds) - 1
    while last >= 0 and kinds[last][0] is not Kind.GOOD:
        last -= 1
    done = -1
    for pos in credited:
        if pos <= done or pos >= last or not _row(lines[pos]):
            continue
        start, end = pos, pos
        while start > 0 and _row(lines[start - 1]):
            start -= 1
        while end + 1 < len(lines) and _row(lines[end + 1]):
            end += 1
        done = end
        if end - start + 1 < MIN_ROWS:
            continue
        others = [kinds[i] for i in range(start, end + 1) if kinds[i][0] is not Kind.BAD]
        if not others:
            continue
        for i in range(start, end + 1):
            if kinds[i][1] in _CREDIT_REASONS:
                kinds[i] = others[0]

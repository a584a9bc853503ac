"""Text set vertically, one character a line ("撰<br>稿<br>：<br>X<br>Y"): one line.

Some pages print a credit (or a slogan, a poem's line) down the page, each character
closed by a ``<br>`` or a block of its own. Read as lines, each character is a line of one
character: no reader knows "撰" | "稿" | "：" for a credit, and the body keeps the names
letter by letter. A run of such lines in one block that spells a credit is that credit's
line; any other run (a poem set vertically, a column of marks) stays as the page set it.
"""

from __future__ import annotations

from dataclasses import replace

from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.dom import Line

MIN_RUN = 4  # so many one-character lines in a row: a word set vertically, not stray marks


def join_vertical(lines: list[Line]) -> list[Line]:
    """``lines`` with each run of MIN_RUN or more one-character lines of one block, none of
    them a link, that spells a credit joined into one line, the lines renumbered. One
    count over the lines' lengths first: most pages have no such run."""
    chars = [line.chars for line in lines]
    if chars.count(1) < MIN_RUN:
        return lines
    runs: list[tuple[int, int, str]] = []  # (first, past the last, the text they spell)
    pos, total = 0, len(lines)
    while pos < total:
        if chars[pos] != 1 or lines[pos].link_chars:
            pos += 1
            continue
        owner, end = lines[pos].owner, pos + 1
        while end < total and chars[end] == 1 and not lines[end].link_chars:
            if lines[end].owner is not owner:
                break
            end += 1
        if end - pos >= MIN_RUN:
            text = "".join(line.text for line in lines[pos:end])
            if is_credit(text):
                runs.append((pos, end, text))
        pos = end
    if not runs:
        return lines
    joined: list[Line] = []
    done = 0
    for first, past, text in runs:
        joined += lines[done:first]
        run = lines[first:past]
        joined.append(
            replace(run[0], text=text, chars=len(run), punct=sum(line.punct for line in run))
        )
        done = past
    joined += lines[done:]
    for pos, line in enumerate(joined):
        line.index = pos
    return joined

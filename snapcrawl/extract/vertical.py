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
    them a link, that spells a credit joined into one line, the lines renumbered."""
    joined: list[Line] = []
    run: list[Line] = []
    changed = False
    for line in lines:
        if line.chars == 1 and not line.link_chars and (not run or run[0].owner is line.owner):
            run.append(line)
            continue
        changed |= _close(run, joined)
        if line.chars == 1 and not line.link_chars:
            run = [line]
        else:
            run = []
            joined.append(line)
    changed |= _close(run, joined)
    if not changed:
        return lines
    for pos, line in enumerate(joined):
        line.index = pos
    return joined


def _close(run: list[Line], joined: list[Line]) -> bool:
    """Add ``run`` to ``joined``, as one line when it is long enough; whether it was."""
    text = "".join(line.text for line in run) if len(run) >= MIN_RUN else ""
    if not text or not is_credit(text):
        joined.extend(run)
        run.clear()
        return False
    first = run[0]
    joined.append(
        replace(
            first,
            text=text,
            chars=len(run),
            punct=sum(line.punct for line in run),
        )
    )
    run.clear()
    return True

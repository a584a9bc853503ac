"""A document's attachment list: its numbered items after "附件：", linked, are its own.

A notice or a release closes with what it attaches ("附件：1.登记表" and, one a line, "2.记录表",
each linked to its file), then its signature and date. The first item shares the label's line
(``line_kinds``: a short line after prose); the items after it were mostly link text, so
BAD, and the signature run after them was cut off from the story. The label opens the list:
a numbered link line right under it (or under another item) is an item of it.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_LABEL = re.compile(r"^附件\s*\d{0,2}\s*[:：]")
_ITEM = re.compile(r"^\d{1,2}\s*[.、．]\s*\S")
_MAX_ITEMS = 9


def keep_attachment_items(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Make SHORT the numbered link lines that follow an attachment label."""
    for i, line in enumerate(lines):
        if "附件" not in line.text or not _LABEL.match(line.text):
            continue
        for k in range(i + 1, min(len(lines), i + 1 + _MAX_ITEMS)):
            if kinds[k][1] != "links" or not _ITEM.match(lines[k].text):
                break
            kinds[k] = (Kind.SHORT, "")

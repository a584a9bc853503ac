"""The writer an opinion page names in brackets after its headline: "關於流感的正確觀念（黃景泰）".

A paper's forum page (an op-ed) sets the writer's name in brackets after the headline and
prints no byline; under the piece stands a note on who the writer is with no name in it
("作者為林口長庚醫院感染科主任…", "（作者系海港大学教授）"). A news headline's closing
bracket says what the story holds ("（图）", "（组图）", "（上）") or names a person the story
is about, so the bracket counts only on a page that carries such a note, and only when it is
shaped like a person's name.
"""

from __future__ import annotations

import re

from snapcrawl.extract.author_notes import AUTHOR_NOTE
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.dom import Line
from snapcrawl.extract.title_pieces import CUTS

# The headline's closing bracket, then a cut of the title bar (title_pieces) or its end.
_BRACKETED = re.compile(
    r"[（(](?P<name>[\u4e00-\u9fff·]{2,4})[）)]\s*(?:[" + re.escape(CUTS) + r"]|$)"
)
_NOTE_MAX = 60  # a note on the writer is one clause


def headline_author(title: str, lines: list[Line]) -> str | None:
    """The name bracketed after the headline in the title bar (see above), else ``None``."""
    if "）" not in title and ")" not in title:
        return None
    found = _BRACKETED.search(title)
    if not found or not is_name(found["name"]):
        return None
    for line in lines:
        text = line.text
        if "作者" in text and len(text) <= _NOTE_MAX and AUTHOR_NOTE.match(text):
            return found["name"]
    return None

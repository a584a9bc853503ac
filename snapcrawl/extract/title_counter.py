"""A page counter the site glues to a headline: not the headline's.

A gallery prints which picture of how many is shown after its heading ("标题 (9/19)"), and a
story split over several pages repeats its headline on each with the page's number
("标题(3)"). The headline is the same on every page. "(k/n)" is a counter by its shape; a bare
"(3)" only where the page shows a pager ("上一页 1 2 3", "1 2 3 下一页>>"), since a series'
headline may number its part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from snapcrawl.extract.dom import Line

_OF = re.compile(r"\s*[（(]\s*(?P<k>\d{1,3})\s*/\s*(?P<n>\d{1,3})\s*[）)]$")
_BARE = re.compile(r"\s*[（(](?P<k>\d{1,2})[）)]$")
_PAGER_WORDS = ("上一页", "下一页", "上一頁", "下一頁")
_PAGER_MAX = 60  # characters of a pager's line: its words and page numbers
_MIN_LEFT = 4  # a headline's characters left once the counter is cut


def _has_pager(lines: Sequence[Line]) -> bool:
    return any(
        ln.chars <= _PAGER_MAX
        and any(w in ln.text for w in _PAGER_WORDS)
        and any(c.isdigit() for c in ln.text)
        for ln in lines
    )


def without_picture_counter(text: str) -> str:
    """``text`` without a trailing "(k/n)" counter: how a gallery's heading is compared with
    the headline its markup states."""
    if not text.endswith((")", "）")) or not (match := _OF.search(text)):
        return text
    return text[: match.start()] if 1 <= int(match["k"]) <= int(match["n"]) else text


def without_page_counter(title: str, lines: Sequence[Line]) -> str:
    """``title`` without a trailing page or picture counter (see the module docstring)."""
    if not title.endswith((")", "）")):
        return title
    match = _OF.search(title)
    if not (match and 1 <= int(match["k"]) <= int(match["n"])):
        match = _BARE.search(title)
        if not (match and _has_pager(lines)):
            return title
    cut = title[: match.start()]
    return cut if len(cut.strip()) >= _MIN_LEFT else title

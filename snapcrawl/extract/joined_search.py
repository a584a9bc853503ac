"""Which of many short texts a pattern occurs in, found with one search over them all.

A reader that asks each line of a page whether it holds a word (a notice word, a year, a
follow button's 关注) pays a Python call and a search a line, for the few lines that do.
Joined by newlines, the lines are searched once; each match is mapped back to its line.
A pattern used so must not match across a newline (a list of words, a year): then every
line it matches alone is found, and no other.

It pays on a page's many lines, not on a body's few: for ``chrome.is_promo`` on the ~63
lines of a chosen container, the joined search of its ``PROMO_ACTION`` and the full test
on the lines it found cost 0.041 ms/page against 0.035 for the test on every line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate


def positions_matching(texts: list[str], pattern: re.Pattern[str]) -> list[int]:
    """The positions in ``texts``, in order and once each, of the texts ``pattern`` matches
    in (as ``pattern.search(text)`` would)."""
    if not texts:
        return []
    starts = [m.start() for m in pattern.finditer("\n".join(texts))]
    if not starts:  # most calls: no line to map back, so no offsets to count
        return []
    ends = list(accumulate(map(_PLUS_ONE, map(len, texts))))  # past each text's "\n"
    return list(dict.fromkeys([bisect_right(ends, start) for start in starts]))


_PLUS_ONE = (1).__add__  # a text's length and its "\n", counted in C (no genexpr)

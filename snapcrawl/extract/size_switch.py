"""The page's type-size switch inside the article's block: buttons, not paragraphs.

Two shapes get past the one-line chrome tests (chrome.is_ui_line, vocab.NAV_LINE):

- its three buttons as three lines of one character ("小" / "中" / "大", each an ``<li>``):
  a character alone says nothing, but the three sizes in a row are the switch;
- the switch glued into the page's meta line with the print button and the outlet
  ("X网 10-06-04 09:51 【打印本页】 【字体：小 中 大】 来源： Y"): a story's sentence never
  prints a switch's label and its three sizes, so the whole short line is the toolbar's. A
  meta line the cleaning knows as one ("2025年06月05日 16:10 来源：X 【字号：大 中 小】") is
  left to it: it removes the line and lists it in the ``noise`` audit.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.meta_labels import is_meta_line

_SIZES = frozenset("大中小")
SWITCH_LINE_MAX = 100  # a meta line with the switch; a paragraph is longer or has none
_SWITCH = re.compile(r"字\s*[体號号體]\s*[:：]?\s*【?[大中小]】?\s*【?[大中小]】?\s*【?[大中小]】?")


def cut_size_switch(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark the switch's one-character buttons, and a short line that prints the switch."""
    n = len(lines)
    for i, line in enumerate(lines):
        if line.chars == 1:
            if (
                i + 2 < n
                and line.text in _SIZES
                and lines[i + 1].chars == 1
                and lines[i + 2].chars == 1
                and {line.text, lines[i + 1].text, lines[i + 2].text} == _SIZES
            ):
                for k in range(i, i + 3):
                    kinds[k] = (Kind.BAD, "ui")
        elif (
            line.chars <= SWITCH_LINE_MAX
            and "字" in line.text
            and "中" in line.text
            and _SWITCH.search(line.text)
            and not is_meta_line(line.text)
        ):
            kinds[i] = (Kind.BAD, "ui")

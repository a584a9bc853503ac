"""A line framed by rules after the story's last prose: "— 以上为直播全部内容 —", "~ 本期完 ~".

A host closes a story, a live blog or a column with a short line drawn between two rules,
worded as it likes (END, 完, 以上为全部内容, 本期节目到此结束). The words vary; the frame does
not: a run of dashes, tildes or dots opening the line and another closing it. A story's
sign-off is opened by a rule at most ("——记者 X"), never closed by one, and a section head
drawn the same way ("— 二 —") heads prose: past the last prose line it heads nothing.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_RULE = "\\-—–―─━=~～·•*＊_"
_FRAMED = re.compile(rf"^[{_RULE}]+\s*([^{_RULE}]{{1,20}}?)\s*[{_RULE}]+$")
# A rule drawn alone ("————————————", "- - - -"): the divider a post puts between its story
# and its credits; past the last prose line it divides nothing from the story.
_BARE_RULE = re.compile(rf"^[{_RULE}\s]{{3,}}$")


def cut_framed_tail(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "end_marker" the framed short lines after the last prose line, and BAD
    "rule" a lone divider there (a divider is no closer: what follows it is not thereby the
    host's)."""
    good = Kind.GOOD
    rules: list[int] = []
    i = len(kinds) - 1
    while i >= 0 and kinds[i][0] is not good:
        text = lines[i].text
        if kinds[i][0] is Kind.SHORT and text[:1] in _RULE:
            if _FRAMED.match(text):
                kinds[i] = (Kind.BAD, "end_marker")
            elif _BARE_RULE.match(text):
                rules.append(i)
        i -= 1
    # One divider between the story and its credits; several rules ruling off short lines
    # are a piece's own layout (verses, a Q&A), not a divider.
    if len(rules) == 1:
        kinds[rules[0]] = (Kind.BAD, "rule")

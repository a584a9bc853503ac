"""A related story printed whole under the story, inside the story's own box.

Some hosts paste a second story under the first one, in the same run of paragraphs: the
story signs off ("来源：X", "（记者 X）", "（完）"), a related heading follows alone on its
line ("[相关新闻]", "【相关阅读】", "相關報導"), then the other story's headline and its
paragraphs. Nothing in the markup parts them, and the other story is prose, so the list
rules (which cut a heading over links) leave it. What parts them is the order: a credit
or an end marker closes a story, and a related heading right after that close (or after
the few furniture lines a host sets under it: a "关键词：…" row, a "说两句" link) opens
another one. Everything from the heading on is the other story's, not this one's.

A box of background the story itself carries ("相关链接：…" under a newspaper's report,
kept as its text) has no sign-off before it: it is left as it is.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.simplified import read_simplified
from snapcrawl.extract.vocab import OUTLET_SHAPE, SENTENCE_ENDINGS

# The heading's word: what is related to the story (相关新闻, 相关报道, 相关阅读, 相关文章).
_RELATED = re.compile(r"^(?:相关|延伸)(?:新闻|报道|报导|阅读|文章|稿件|链接)$")
_BRACKETS = " \u3000:：>》»【】[]|「」"
_HEADING_MAX = 10  # "【相关新闻】" and its brackets: a label, not a line of text
# The reasons a line closes a story: its credit, its end marker.
_CLOSERS = frozenset({"credit", "end_marker"})
_MIN_STORY = 3  # lines of prose before the sign-off: a story, not a teaser
_FURNITURE_BETWEEN = 4  # lines of furniture between the sign-off and the related heading
_SIGN_OFF_MAX = 24  # "（滨江日报 记者 王林 通讯员 李青）": a bracket of names, not an aside


def _signs_off(line: Line, reason: str) -> bool:
    """Whether ``line`` closes a story: a credit or an end marker on its own line, or a
    bracket at the end of the line that is one ("…。（记者 X）", "（完）") or that names
    an outlet alone ("（滨江日报）")."""
    if reason in _CLOSERS:
        return True
    text = line.text.rstrip()
    if not text.endswith(("）", ")")):
        return False
    start = max(text.rfind("（"), text.rfind("("))
    tail = text[start:]
    if start < 0 or len(tail) > _SIGN_OFF_MAX:
        return False
    if start and not text[:start].rstrip().endswith(SENTENCE_ENDINGS):
        return False  # a bracket inside the sentence's own words
    inner = tail[1:-1].strip()
    return line_kind(tail) in _CLOSERS or (
        2 < len(inner) <= 16 and OUTLET_SHAPE.search(inner) is not None and inner.isalnum()
    )


def _related_heading(text: str) -> bool:
    if len(text) > _HEADING_MAX or ("相" not in text and "延" not in text):
        return False
    return bool(_RELATED.match(read_simplified(text.strip(_BRACKETS))))


def _closed_before(kinds: list[tuple[Kind, str]], lines: list[Line], i: int) -> bool:
    """Whether the story signs off right above line ``i``: on the line before, or before
    the few furniture lines the host sets under its sign-off (a "关键词：…" row, a
    "说两句" comment link), none of them prose."""
    for k in range(i - 1, max(-1, i - 1 - _FURNITURE_BETWEEN), -1):
        if _signs_off(lines[k], kinds[k][1]):
            return True
        if kinds[k][0] is Kind.GOOD:
            return False
    return False


def cut_related_story(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "related_story" a related heading right after the story's sign-off and
    every line after it (see the module's doc)."""
    good = Kind.GOOD
    prose = 0
    for i, line in enumerate(lines):
        if kinds[i][0] is good:
            prose += 1
            continue
        if (
            prose >= _MIN_STORY
            and _related_heading(line.text)  # the cheap test first: few lines are one
            and _closed_before(kinds, lines, i)
            and any(kind is good for kind, _ in kinds[i + 1 :])
        ):
            for k in range(i, len(lines)):
                kinds[k] = (Kind.BAD, "related_story")
            return

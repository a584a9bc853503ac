"""An author's bio under the story: "作者简介：X，某市作家协会会员，著有散文集《Y》。"

An author note of one clause is a credit wherever it stands (author_notes). A bio labelled
as one (作者简介, 作者介绍, 关于作者) may run on for a clause or two about the writer's books
and posts, which no credit pattern reads whole. At the story's edge, after its last prose or
before its first, the label says what the line is: the credit's, not the story's. Inside
the story (a review's section on the book's author) it stays.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_rows import OPEN
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_BIO = re.compile(
    OPEN + r"(?:本文)?(?:作者|作家|撰稿人)(?:简介|簡介|介绍|介紹)\s*[:：︰|｜丨]\s*"
    r"[\u4e00-\u9fff·]{2,8}[，,\s]"
)
_ABOUT = re.compile(OPEN + r"关于作者\s*[:：︰|｜丨]\s*[\u4e00-\u9fff·]{2,8}[，,\s]")
# The label alone on its line, the bio on the next: "作者簡介：" over "周X，某報前主筆……"
_LABEL = re.compile(
    OPEN + r"(?:本文)?(?:(?:作者|作家|撰稿人)(?:简介|簡介|介绍|介紹)|关于作者|關於作者)"
    r"\s*[:：︰|｜丨]?\s*[\]】)）]?\s*$"
)
_NAMED = re.compile(r"^[\u4e00-\u9fff·]{2,8}[，,]")
_LABEL_MAX = 12
_BIO_MAX = 160  # a name and a few clauses about the writer
_SENTENCES_MAX = 2


def author_bio(line: Line) -> bool:
    """Whether ``line`` is a labelled author's bio: the label, the name, what they are."""
    text = line.text
    if line.chars > _BIO_MAX or not ("介" in text or "关于作者" in text):
        return False
    if text.count("。") > _SENTENCES_MAX:
        return False
    return _BIO.match(text) is not None or _ABOUT.match(text) is not None


def _bio_label(line: Line) -> bool:
    """Whether ``line`` is only a bio's label ("作者簡介："), its bio on the next line."""
    return line.chars <= _LABEL_MAX and "作" in line.text and _LABEL.match(line.text) is not None


def _bio_text(line: Line) -> bool:
    """Whether ``line`` reads as the bio under such a label: a name, then what they are."""
    text = line.text
    if line.chars > _BIO_MAX or text.count("。") > _SENTENCES_MAX:
        return False
    return _NAMED.match(text) is not None


def _labelled_bio(kinds: list[tuple[Kind, str]], lines: list[Line], label: int) -> int | None:
    """The bio line under the label at ``label`` (skipping lines already cut), or None."""
    if not _bio_label(lines[label]):
        return None
    nxt = next((i for i in range(label + 1, len(lines)) if kinds[i][0] is not Kind.BAD), None)
    return nxt if nxt is not None and _bio_text(lines[nxt]) else None


def cut_author_bios(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark as credits the author bios at the story's edges (see the module's note)."""
    _tabbed_bio(kinds, lines)
    for order in (range(len(lines) - 1, -1, -1), range(len(lines))):
        for pos in order:
            kind = kinds[pos][0]
            if kind is Kind.BAD:
                continue
            if author_bio(lines[pos]):
                kinds[pos] = (Kind.BAD, "credit")
                continue
            label = pos if order.step == 1 else _previous(kinds, pos)
            bio = _labelled_bio(kinds, lines, label) if label is not None else None
            if label is None or bio is None or (order.step == -1 and bio != pos):
                break
            kinds[label] = (Kind.BAD, "credit")
            kinds[bio] = (Kind.BAD, "credit")
            if order.step == -1:
                break  # the bio sat at the end; what stands over its label is the story


_NAME_ALONE = re.compile(r"^[\u4e00-\u9fff·]{2,8}$")
_TAB_REACH = 3  # the bio's label may stand a tab or two above the name (撰稿人簡介 | 相關文章)


def _tabbed_bio(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """A bio in a tab after the story: the label ("撰稿人簡介", a tab's face, already cut
    with its sibling tabs), the writer's name alone, then the bio with no name before it.
    Only as the last lines of the selection."""
    bio = _previous(kinds, len(lines))
    if bio is None or lines[bio].chars > _BIO_MAX or lines[bio].text.count("。") > _SENTENCES_MAX:
        return
    name = bio - 1  # right over the bio, maybe cut already (a list's item, after a tab)
    if name < 0 or not _NAME_ALONE.match(lines[name].text):
        return
    if any(
        lines[k].chars <= _LABEL_MAX and _LABEL.match(lines[k].text)
        for k in range(max(0, name - _TAB_REACH), name)
    ):
        kinds[name] = (Kind.BAD, "credit")
        kinds[bio] = (Kind.BAD, "credit")


def _previous(kinds: list[tuple[Kind, str]], pos: int) -> int | None:
    """The nearest line before ``pos`` not already cut."""
    return next((i for i in range(pos - 1, -1, -1) if kinds[i][0] is not Kind.BAD), None)

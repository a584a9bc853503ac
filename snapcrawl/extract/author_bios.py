"""An author's bio under the story: "作者简介：X，某市作家协会会员，著有散文集《Y》。"

An author note of one clause is a credit wherever it stands (author_notes). A bio labelled
as one (作者简介, 作者介绍, 关于作者, a translation's 译者简介) may run on for a clause or two
about the writer's books and posts, which no credit pattern reads whole. At the story's
edge, after its last prose or before its first, the label says what the line is: the
credit's, not the story's. Inside the story (a review's section on the book's author) it
stays. Under the story's last line a labelled bio may be a box's paragraph (a translated
essay's "作者简介：" over the writer's career); the daniel_fix gold takes such a bio line
("作者為…主任、…博士") out of the body as well.

So does the writer's credit that goes on about the writer ("作者：X，6岁男孩的妈妈，文字客，
绘本控。", "作者：X 青年學者，專長為性別研究。"): the label and the name make it a credit,
the clauses after it say who the name is, and ``bio_note_name`` reads the name alone.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import may_be_name
from snapcrawl.extract.credit_rows import OPEN
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

# The name may carry its original in brackets ("詹·马尼恩（Jen Manion）是…").
_ORIGINAL = r"(?:[（(][A-Za-z][A-Za-z .'-]{1,40}[)）])?"
_BIO = re.compile(
    OPEN + r"(?:本文)?(?:作者|作家|撰稿人|译者|譯者)(?:简介|簡介|介绍|介紹)\s*[:：︰|｜丨]\s*"
    r"[\u4e00-\u9fff·]{2,16}" + _ORIGINAL + r"[，,\s是系]"
)
_ABOUT = re.compile(OPEN + r"关于作者\s*[:：︰|｜丨]\s*[\u4e00-\u9fff·]{2,8}[，,\s]")
# The label alone on its line, the bio on the next: "作者簡介：" over "周X，某報前主筆……"
_LABEL = re.compile(
    OPEN + r"(?:本文)?(?:(?:作者|作家|撰稿人|译者|譯者)(?:简介|簡介|介绍|介紹)|关于作者|關於作者)"
    r"\s*[:：︰|｜丨]?\s*[\]】)）]?\s*$"
)
_NAMED = re.compile(r"^[\u4e00-\u9fff·]{2,16}" + _ORIGINAL + r"[，,]")
_LABEL_MAX = 12
_BIO_MAX = 160  # a name and a few clauses about the writer
_SENTENCES_MAX = 2
_BOX_MAX = 600  # a bio box's paragraph under the story's last line: a career, its books

# The writer's credit going on about the writer: the label, a name (Chinese, or a Latin pen
# name), then after a comma, or a space before Chinese, what the writer is, to a full stop.
# A question is an interview's turn ("作者：那您呢，后来怎么打算？"), not a credit.
_NOTE_BIO = re.compile(
    OPEN + r"(?:本文)?作者\s*[:：︰]\s*(?P<name>[\u4e00-\u9fff·]{2,4}|[A-Za-z][A-Za-z.'-]{1,20})"
    r"(?:[，,]|[ \u3000]+(?P<what>[\u4e00-\u9fff]{4,12})[，,])[^？?!！]{4,80}。$"
)
_NOTE_MAX = 100


def _note_bio(text: str) -> re.Match[str] | None:
    """The writer's credit with a bio clause (``_NOTE_BIO``), if ``text`` is one. The name
    must read as one: "作者：是的，我当时就是这么想的。" is an interview's turn."""
    if len(text) > _NOTE_MAX or "作者" not in text[:8] or not text.endswith("。"):
        return None
    match = _NOTE_BIO.match(text)
    return match if match and may_be_name(match["name"]) else None


def writer_note(text: str) -> bool:
    """Whether ``text`` is the writer's credit going on about the writer (``_NOTE_BIO``)."""
    return "作者" in text[:8] and _note_bio(text) is not None


def bio_note_name(text: str) -> str | None:
    """The writer's name in a credit that goes on about the writer after a space ("作者：X
    青年學者，專長為性別研究。"): a name reader would take "X 青年學者" as two names."""
    match = _note_bio(text) if " " in text or "\u3000" in text else None
    return match["name"] if match and match["what"] else None


def author_bio(line: Line, *, tail: bool = False) -> bool:
    """Whether ``line`` is a labelled author's bio: the label, the name, what they are; or
    the writer's credit going on about the writer. Under the story (``tail``) a bio may be
    a box's paragraph."""
    text = line.text
    if writer_note(text):
        return True
    if line.chars > (_BOX_MAX if tail else _BIO_MAX) or not ("介" in text or "关于作者" in text):
        return False
    if not tail and text.count("。") > _SENTENCES_MAX:
        return False
    return _BIO.match(text) is not None or _ABOUT.match(text) is not None


def _bio_label(line: Line) -> bool:
    """Whether ``line`` is only a bio's label ("作者簡介："), its bio on the next line."""
    return line.chars <= _LABEL_MAX and "作" in line.text and _LABEL.match(line.text) is not None


def _bio_text(line: Line, *, tail: bool = False) -> bool:
    """Whether ``line`` reads as the bio under such a label: a name, then what they are."""
    text = line.text
    if tail:
        return line.chars <= _BOX_MAX and _NAMED.match(text) is not None
    if line.chars > _BIO_MAX or text.count("。") > _SENTENCES_MAX:
        return False
    return _NAMED.match(text) is not None


def _labelled_bio(
    kinds: list[tuple[Kind, str]], lines: list[Line], label: int, *, tail: bool = False
) -> int | None:
    """The bio line under the label at ``label`` (skipping lines already cut), or None."""
    if not _bio_label(lines[label]):
        return None
    nxt = next((i for i in range(label + 1, len(lines)) if kinds[i][0] is not Kind.BAD), None)
    return nxt if nxt is not None and _bio_text(lines[nxt], tail=tail) else None


def cut_author_bios(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark as credits the author bios at the story's edges (see the module's note)."""
    _tabbed_bio(kinds, lines)
    for order in (range(len(lines) - 1, -1, -1), range(len(lines))):
        for pos in order:
            kind = kinds[pos][0]
            if kind is Kind.BAD:
                continue
            tail = order.step == -1
            if author_bio(lines[pos], tail=tail):
                kinds[pos] = (Kind.BAD, "credit")
                continue
            label = pos if order.step == 1 else _previous(kinds, pos)
            bio = _labelled_bio(kinds, lines, label, tail=tail) if label is not None else None
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

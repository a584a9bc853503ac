"""A column of credits whose roles and names are glued: "文字晏一诺" over "责编濮阳舟".

A page that sets each label in a tag of its own (``<label>责编</label><em>X</em>``) and
each credit in a block of its own loses the space between label and name when its text is
read: every line of the column is one word, a role run into a name. One such word alone
may be any noun phrase ("编辑推荐", "摄影作品"); two lines of it in a row, each a role by
its form or its word before a name a surname opens, are a crew's credits, as the same
column with spaces is (credit_glued reads the same glue within one row).
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import BYLINE_WORD, CREDIT_LABEL, CREW_LABEL
from snapcrawl.extract.credit_person import is_name, may_be_name
from snapcrawl.extract.credit_roles import is_role
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

# a role of two characters or more and a name of two or more, no bar (丨 is a CJK character)
_WORD = re.compile(r"^[\u4e00-\u4e27\u4e29-\u9fff]{4,9}$")
_LISTED = re.compile("(?:" + "|".join((CREDIT_LABEL, CREW_LABEL, BYLINE_WORD)) + ")$")
_ROLE_MIN, _NAME_MIN, _NAME_MAX = 2, 2, 4
_COLUMN_MIN = 2
_BIO_WORDS = frozenset(("简介", "簡介", "介绍", "介紹"))
_UNLISTED_MIN = 3
_WORD_CHARS = (4, 9)  # a role of two and a name of two, to a role of five and a name of four


def glued_reading(text: str, *, surnamed: bool = True) -> str | None:
    """``text`` as "role：name" when it is one role glued to one name a listed surname
    opens, or (not ``surnamed``) any short name (a double surname nobody listed)."""
    word = text.strip(" \u3000")
    if not _WORD.match(word):
        return None
    for end in range(_ROLE_MIN, len(word) - _NAME_MIN + 1):
        role, name = word[:end], word[end:]
        if len(name) > _NAME_MAX or not (_LISTED.match(role) or is_role(role)):
            continue
        if name in _BIO_WORDS:  # "作者简介": a bio's label (简 a surname), no one's name
            return None
        # a name no listed surname opens is three characters or more: two are any word
        if is_name(name) or (not surnamed and len(name) >= _UNLISTED_MIN and may_be_name(name)):
            return f"{role}：{name}"
    return None


def cut_glued_columns(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark as credits the runs of two or more lines in a row, each a role glued to a name,
    one name at least opening with a listed surname."""
    # one word of Chinese characters, of a glued credit's length, on a line not of the
    # story: the cheap tests, on every line; the reading only in a run of two such lines
    shaped = [
        _WORD_CHARS[0] <= line.chars <= _WORD_CHARS[1]
        and kind is not Kind.GOOD
        and not line.link_chars
        and _WORD.match(line.text) is not None
        for line, (kind, _) in zip(lines, kinds, strict=True)
    ]
    start = 0
    n = len(lines)
    while start < n:
        if not shaped[start]:
            start += 1
            continue
        end = start
        while end < n and shaped[end]:
            end += 1
        if end - start >= _COLUMN_MIN:
            _cut_run(kinds, lines, range(start, end))
        start = end


def _cut_run(kinds: list[tuple[Kind, str]], lines: list[Line], run: range) -> None:
    """Within a run of one-word lines, the runs of glued credits (see cut_glued_columns)."""
    glued: list[int] = []
    surnamed = False
    for pos in [*run, None]:
        if pos is not None and glued_reading(lines[pos].text, surnamed=False) is not None:
            glued.append(pos)
            surnamed = surnamed or glued_reading(lines[pos].text) is not None
            continue
        if len(glued) >= _COLUMN_MIN and surnamed:
            for at in glued:
                kinds[at] = (Kind.BAD, "credit")
        glued, surnamed = [], False

"""Credit rows whose roles and names are glued: "特约撰稿人X　编审Y", "摄影X 撰文Y".

A page that sets each label in its own tag ("<strong>编审</strong><span>X</span>") loses the
space between label and name when its text is read: the row's words are each a role and a
name run together. Each word is split where its longest role ends (a role by its form,
credit_roles.is_role) and a name begins; a row of two such words is a crew's credit, as the
same row with spaces is. One glued word alone may be any noun phrase ("编辑部主任").
"""

from __future__ import annotations

from collections.abc import Callable

from snapcrawl.extract.credit_person import may_be_name

_ROLE_MIN = 2  # a one-character role glued to a name ("文X") is any word
_NAME_MIN = 2
_WORDS = (2, 4)  # a crew of two to four


def _split(word: str, is_role: Callable[[str], bool]) -> tuple[str, str] | None:
    for end in range(len(word) - _NAME_MIN, _ROLE_MIN - 1, -1):
        role, name = word[:end], word[end:]
        if is_role(role) and may_be_name(name):
            return role, name
    return None


def glued_segments(
    words: list[str], is_role: Callable[[str], bool]
) -> list[tuple[str, tuple[str, ...]]] | None:
    """The (role, names) segments of a row of glued words, or ``None``."""
    if not _WORDS[0] <= len(words) <= _WORDS[1]:
        return None
    segments: list[tuple[str, tuple[str, ...]]] = []
    for word in words:
        if (split := _split(word, is_role)) is None:
            return None
        segments.append((split[0], (split[1],)))
    return segments

"""Author notes: who the author is, under or above the story.

"（作者系海港大学教授）", "作者：方敏，海港大学教授", "作者单位：X", "（本文作者方敏，系海港大学
副教授）", "本文作者为海港研究院研究员方敏，文章仅代表个人观点": one clause naming a unit or
ending in a role, maybe with the name glued in. The note credits the author (so it leaves the
body) and names them (so ``noted_author`` reads the name).
"""

from __future__ import annotations

import re

from snapcrawl.extract import thresholds
from snapcrawl.extract.chrome_vocab import AUTHOR_ROLE
from snapcrawl.extract.credit_rows import OPEN
from snapcrawl.extract.vocab import SENTENCE_END

# A name glued after 作者 in an author note, then maybe a comma, before 系/为/是.
_NOTE_NAME = r"\s?(?P<name>[\u4e00-\u9fff·]{2,4}?)[，,\s]?"

# Who the author is, in a note under or above the story: （作者系海港大学教授）, 作者：X，海港
# 大学教授, 作者单位：X, （作者分别为海港大学教授、副教授）. One clause naming a unit or
# ending in a role ("作者为此走访了…教授" is the story's: a verb's 了 or 为此 in it).
# "（作者：方敏 海港大学经济学院教授）", "作者简介：X，海港大学教授": the name, then where
# the author works and what they are, after a comma, a space or glued to the name.
# The name may stand glued between 作者 and 系 ("（本文作者方敏，系海港大学副教授）").
AUTHOR_NOTE = re.compile(
    OPEN + r"(?:本文)?作者(?:单位\s*[:：][^。！？，,；;]{2,30}|"
    r"(?:(?:" + _NOTE_NAME + r")?(?:分别)?(?:系|为|為|是)(?!此)[^。！？!?，,；;了]{1,30}?|"
    r"(?:简介)?\s*[:：|｜丨︱│┃]\s*[^。！？!?；;:：]{2,42}?)"
    r"(?:" + AUTHOR_ROLE + r"))[。]?[)）\]】]?$"
)

# "本文作者为海港研究院研究员方敏，文章仅代表个人观点", "（作者系海港诗词学会会员 方敏）": the
# name after what the author is (glued or after a space), closing the note's first clause.
_NAME_AFTER_ROLE = re.compile(
    OPEN
    + r"(?:本文)?作者(?:系|为|為|是)(?!此)[^。！？!?，,；;了]{2,30}?(?:"
    + AUTHOR_ROLE
    + r"|[员师家])"
    r"\s?(?P<name>[\u4e00-\u9fff·]{2,3})(?=[，,。；;)）\]】]|$)"
)
_NAME_AFTER_ROLE_MAX = 2 * thresholds.CREDIT_MAX  # the note and a short clause after it


def noted_after_role(text: str) -> bool:
    """A note naming the author after what they are, one sentence however its clause after
    the name ends: read as a credit whole, though a comma parts it."""
    return (
        len(text) <= _NAME_AFTER_ROLE_MAX
        and SENTENCE_END.search(text.rstrip("。！!）)】]")) is None
        and _NAME_AFTER_ROLE.match(text) is not None
    )


def noted_author(text: str) -> str | None:
    """The name an author note carries, glued after 作者 ("（本文作者方敏，系海港大学副教授）")
    or after what the author is ("本文作者为海港研究院研究员方敏，…"): the note tells who
    wrote the story, so it names the author."""
    if "作者" not in text or len(text) > _NAME_AFTER_ROLE_MAX:
        return None
    if len(text) <= thresholds.CREDIT_MAX and (match := AUTHOR_NOTE.match(text)) and match["name"]:
        return match["name"]
    match = _NAME_AFTER_ROLE.match(text)
    return match["name"] if match else None

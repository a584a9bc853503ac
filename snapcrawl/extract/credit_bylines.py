"""Bylines with a credit word: "新京报记者 陆一夫", "采写：南都见习记者 林子沛", "本报记者张三发自
海港", "晚报记者张三报道", "文｜山城财经 林小川".

A role word (记者, 作者, 通讯员, 撰稿, 执笔…), maybe the outlet or the desk before it, then
names, maybe where the reporter filed from, and nothing else on the line: a sentence about a
reporter ("记者实地探访发现，…") has more in it.
"""

from __future__ import annotations

import re

from snapcrawl.extract import thresholds
from snapcrawl.extract.chrome_vocab import BYLINE_WORD
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.credit_rows import OPEN
from snapcrawl.extract.word_trie import any_of

# Whichever outlet's reporter ("本报记者", "晚报记者", "特约记者"): the outlet's few characters,
# a rank, the role; the glued bylines below put the name right after it.
REPORTER = r"[^\s:：，。]{0,8}?(?:见习|实习|特约|首席)?记者"

_NAMES = r"[\u4e00-\u9fffA-Za-z·]{1,5}(?:\s*[、,，&/和\s]\s*[\u4e00-\u9fffA-Za-z·]{1,5}){0,4}"
# Where the reporter filed from, after the names: "山东冠县报道", "发自北京", "北京电".
_FILED_FROM = r"(?:\s*(?:[\u4e00-\u9fff]{2,8}(?:报道|电)|发自[\u4e00-\u9fff]{2,8}))?"
# 新京报记者 陆一夫 / 采写：南都见习记者 林子沛 / 【文/观察者网专栏作者 王文】 / 执笔/甲、乙 /
# 本报记者 张三 海港报道
# An outlet's report line may stand before the role ("海港时报-海港网报道 记者 X").
BYLINE = re.compile(
    OPEN
    + r"(?:[^\s:：，。]{2,16}报道\s+)?"
    + r"(?:(?:文|采写|撰文|作者)\s*[:：︰/|｜]\s*)?[^\s:：︰，。]{0,12}?(?:"
    + BYLINE_WORD
    + r")"
    r"(?:\s*[:：︰/|｜丨︱│┃]\s*|\s+)"  # ︰, the colon a Hong Kong page sets
     + _NAMES + r"(?:\s*[（(][^（）()]{1,20}[）)])?" + _FILED_FROM + r"[\s)）\]】〕]*$"
)
# A word BYLINE cannot match without (BYLINE_WORD's roles, 撰稿人 and 执笔人 by their
# first two characters): a trie scan (~0.15 us) before the byline's lazy scan (~0.7 us).
BYLINE_WORDS = re.compile(
    any_of(
        (
            *("记者", "作者", "通讯员", "实习生", "撰稿", "评论员", "采写", "撰文", "执笔"),
            *("编译", "供稿", "摄影", "整理"),
        )
    )
)
# "本报记者张三发自海港": the names glued to the role word, closed by where they filed from.
_GLUED_BYLINE = re.compile(
    OPEN + REPORTER + r"[\u4e00-\u9fff·]{2,8}?\s*发自"
    r"[\u4e00-\u9fff]{2,8}[\s)）\]】]*$"
)
# "晚报记者张三报道", "本报记者欧阳小川报道": the name glued to the role and to the report word,
# no place between them (a place glued to the name cannot be told from it: "记者张三海港报道"
# is left to the spaced forms). The name must have a person's shape: "本报记者现场报道" is a
# video's label, not a credit.
_GLUED_REPORT = re.compile(
    OPEN + r"[^\s:：，。]{0,8}?(?:见习|实习|特约|首席|全媒体|融媒体)?(?:记者|記者)"
    r"(?P<name>[\u4e00-\u9fff]{2,4})(?:报道|報導|报导)[\s)）\]】]*$"
)
# "文｜山城财经 林小川", "文/海港网 周远": who wrote it, with the outlet they write for.
_WRITTEN_BY = re.compile(
    OPEN + r"文\s*[|｜丨︱│┃/／]\s*[\u4e00-\u9fffA-Za-z0-9+·]{2,10}"
    r"(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}"
    r"[\s)）\]】〕]*$"
)


def glued_report_name(text: str) -> str | None:
    """The reporter's name of a line that is only "X记者张三报道" (``_GLUED_REPORT``), else
    ``None``."""
    if (
        len(text) > thresholds.BYLINE_MAX
        or text[-1:] not in "道導导)）]】 "
        or ("记者" not in text and "記者" not in text)
    ):
        return None
    match = _GLUED_REPORT.match(text)
    return match["name"] if match and is_name(match["name"]) else None


def is_byline(text: str) -> bool:
    """A line that is a byline and nothing more, in any of the shapes above."""
    return len(text) <= thresholds.BYLINE_MAX and (
        (BYLINE_WORDS.search(text) is not None and BYLINE.match(text) is not None)
        or ("发自" in text and _GLUED_BYLINE.match(text) is not None)
        or ("文" in text and _WRITTEN_BY.match(text) is not None)
        or glued_report_name(text) is not None
    )

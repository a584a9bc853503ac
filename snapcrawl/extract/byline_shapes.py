"""Bylines written without a credit word: a forum or blog poster and a portal's meta line.

Old forums and blogs name who wrote a post by where the name stands, not by a label:
"lanshan 发表于 2006-3-15 11:46", "本贴由山风于2006年3月2日10:12:21在〖…〗发表",
"发布时间 2006/03/15 22:36:13 by lanshan"; a portal's meta line may put the name in brackets
right after the time ("2006年3月16日08:19 [ 方舟 ] 来源：…"); a newspaper's credit may glue
the name to its dateline ("本报记者林木发自杭州", any outlet's reporter). Each shape is
anchored on a time or a dateline, so prose that merely mentions a name is never read, and a
post's own lines (a forum page's body may run past its poster line) can be searched too.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import UI_VERBS
from snapcrawl.extract.credit_bylines import REPORTER

_NAME = r"[\u4e00-\u9fff·]{2,4}"
_SHAPES = (
    # "lanshan 发表于 2006-3-15 11:46:00": the poster opens the line.
    re.compile(r"^(?P<value>[^\s:：|｜\[\]【】]{2,20})\s*发表于\s*[:：]?\s*\d{2,4}[-/.年]"),
    # "本贴由山风于2006年3月2日10:12:21在〖茶馆〗发表."
    re.compile(
        r"由(?P<value>[^\s由于，,。]{2,12}?)于\s*\d{4}[-/.年][^:：]{2,12}\d{1,2}:\d{2}.{0,30}发表"
    ),
    # "发布时间 2006/03/15 22:36:13 by lanshan"
    re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s+by\s+(?P<value>[\w\u4e00-\u9fff-]{2,20})", re.I),
    # "2006年3月16日08:19 [ 方舟 ] 来源：[ 海港日报 ]"
    re.compile(
        rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*[\[【]\s*(?P<value>{_NAME}(?:\s+{_NAME}){{0,2}})\s*[\]】]"
    ),
    # "本报记者林木发自杭州", "晚报记者林木发自杭州": the name between the credit word and the
    # dateline, whichever outlet's reporter.
    re.compile(
        r"^" + REPORTER + r"\s*(?P<value>[\u4e00-\u9fff·]{2,8}?)"
        r"\s*发自[\u4e00-\u9fff]{2,8}$"
    ),
)
MAX_LINE = 80  # a longer line is prose
# A toolbar's button where the name would stand ("11:38 【打印本页】 【字体：小 中 大】"): a
# meta line's buttons take the same brackets after the time as its poster's name.
_BUTTON = re.compile(rf"(?:{UI_VERBS})")


def poster_name(text: str) -> str | None:
    """The raw name one of the poster shapes gives in ``text``, else ``None``."""
    if len(text) > MAX_LINE:
        return None
    # Each shape holds one of these words: 发表(于), the ":" of a time of day (ASCII only:
    # "\d{1,2}:\d{2}") or 发自. A line with none of them cannot match; most lines skip.
    if "发表" not in text and ":" not in text and "发自" not in text:
        return None
    for shape in _SHAPES:
        if (match := shape.search(text)) and not _BUTTON.match(match["value"]):
            return match["value"]
    return None

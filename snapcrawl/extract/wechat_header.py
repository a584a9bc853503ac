"""The header line a WeChat article opens with, kept by a portal that reposts it: "原创：作者
公众号名", and the same line as WeChat's later layout prints it, its parts set apart by spaces
and the topics the account filed the piece under after them ("原创 X Y 收录于话题#Z#W3").

The line names the piece's writer (X) and the account that published it (Y): a credit, not
the story's. Its topic tags ("收录于话题#…", "收录于合集#…", each maybe with the count of
pieces under it) are the platform's furniture and say nothing of who wrote it. A line whose
last part is a date ("原创 江城晚报 2024-04-02") is a dated meta line, read elsewhere.
"""

from __future__ import annotations

import re

# "原创：作者 公众号", "原创 作者 公众号": the writer (maybe with 编译/整理 after the name),
# a space, the account; the colon may be left out where a space sets the parts apart
# ("原创文章 欢迎转发" is no header).
_HEADER = re.compile(
    r"^原创(?:\s*[:：]\s*|\s+)(?P<author>[^\s:：]{2,12}?)(?:编译|整理|编辑)?\s+(?P<account>[^\s:：]{2,20})$"
)
# "收录于话题#影像1#年度展览3", "收录于合集 #读书 12个": the account's topics after the line.
_TOPICS = re.compile(r"\s+收录于(?:话题|合集)\s*#.*$")
_DATED = re.compile(r"^[\d\-/.:年月日]+$")  # "2024-04-02": a dated meta line's date


def without_topics(text: str) -> str:
    """``text`` without the topic tags a WeChat header line ends in (``text`` when none)."""
    if "收录于" not in text:
        return text
    return _TOPICS.sub("", text)


def wechat_header(text: str) -> tuple[str, str] | None:
    """``(writer, account)`` as a WeChat header line names them, or ``None``."""
    if not text.startswith("原创"):
        return None
    match = _HEADER.match(without_topics(text))
    if match is None or _DATED.match(match["account"]) or _DATED.match(match["author"]):
        return None
    return match["author"], match["account"]

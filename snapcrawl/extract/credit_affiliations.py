"""A credit that says where its people work: "撰稿/海港晚报记者王林 摄影 李青", "文：《江城周刊》
新媒体主笔 北客", "“城事”（微信ID：cityx）撰稿/X". The outlet and the role between the label and
the name (海港晚报记者, 《江城周刊》新媒体主笔), and the account's handle before the credit
(a WeChat account's name and its ID), say nothing the credit's own shape needs: the line is
a credit when it reads as one without them, and its names are read from it that way.
"""

from __future__ import annotations

import re

# "“政事儿”（微信ID：xjbzse）": an account's name and its handle, before its credit.
_HANDLE = re.compile(
    r"^[“\"「]?[^\s“”\"「」]{1,12}[”\"」]?\s*[（(]\s*(?:微信|公众号|微信公众号)(?:ID|id|号|號)?\s*"
    r"[:：]\s*[A-Za-z0-9_-]{2,30}\s*[）)]\s*"
)
# After a writer's label and its mark: the outlet the person works for and their post. A
# source's label (来源：X报 记者 Y) names the outlet as its value: not cut there.
_AFFILIATION = re.compile(
    r"(?P<label>(?:^|[\s）)])(?:撰稿|撰文|执笔|執筆|作者|文字|文)\s*[:：/／|｜]\s*)"
    r"(?:《[^》]{1,14}》|[\u4e00-\u9fff]{2,10}?(?:报|報|网|網|社|刊|台|臺))\s*"
    r"(?:新媒体|新媒體|首席|资深|資深|特约|特約|见习|見習)?"
    r"(?:记者|記者|主笔|主筆|评论员|評論員|撰稿人)\s*"
)
_MAX = 60  # a credit line; a longer one is a sentence


def unaffiliated(text: str) -> str | None:
    """``text`` without an account's handle before it and an outlet's post before its
    names, or ``None`` when it has neither."""
    if len(text) > _MAX or not (
        "微信" in text
        or "公众" in text
        or "記者" in text
        or "记者" in text
        or "》" in text
        or "主笔" in text
        or "主筆" in text
        or "评论员" in text
        or "評論員" in text
    ):
        return None
    bare = _HANDLE.sub("", text, count=1)
    bare = _AFFILIATION.sub(r"\g<label>", bare, count=1)
    return bare if bare != text and bare else None

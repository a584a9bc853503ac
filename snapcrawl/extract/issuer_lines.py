"""Who issued or supplied the story: "发布机构：X", "供稿单位：X", "作者单位：X", "出品：X".

A government page's info table ("发布机构：" | "市生态环境局"), a self-media page's "出品："
and a school's "供稿单位：" credit the organisation behind the story where a portal writes
来源. These labels are weaker than 来源 (source.py reads them last): a person or a user
name may stand there ("发布者：管理员"), and a feature's 出品 names the desk that made it.
So only a value shaped like an organisation's or an outlet's name counts.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.noise import LABEL_RE
from snapcrawl.extract.source_lines import PLACEHOLDER, ends_a_noun, outlet_token
from snapcrawl.extract.vocab import OUTLET_SHAPE

_ISSUER_WORDS = (
    *("发布机构", "发布单位", "发文机关", "供稿单位", "来稿单位", "作者单位"),
    *("供稿", "出品", "发布者"),
)
_ISSUER_RE = "(?:" + "|".join(_ISSUER_WORDS) + ")"
_ISSUER_LABEL = re.compile(_ISSUER_RE + r"\s*[:：]")
_ISSUER_AT_END = re.compile(_ISSUER_RE + r"\s*[:：]\s*$")
# What an organisation's name ends in (市生态环境局, 省地质调查院, 远望工作室): a person or a
# user name ("管理员", "admin") at an issuer label names no outlet.
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff](?:局|委|院|部|厅|办|处|所|会|中心|政府|公司|集团|室|站|馆|校|大学|社|团|组)$"
)
# A cheap first look: the characters every issuer label has, before a colon.
_ISSUER_HINT = re.compile(r"[构位关稿品者]\s*[:：]")
_MAX_LINE = 60
_MAX_VALUE_LINE = 30


def issuer_source(text: str, previous: Line | None = None) -> str | None:
    """X of "发布机构：X", "供稿单位：X", "出品：X" in ``text``, when X is an organisation; or
    ``text`` itself when ``previous``, the line just before it, is such a label ending its
    line or cell ("发布机构：" | "市生态环境局" in an info table)."""
    if ("：" in text or ":" in text) and len(text) <= _MAX_LINE and _ISSUER_HINT.search(text):
        for match in _ISSUER_LABEL.finditer(text):
            if ends_a_noun(text[: match.start()]):
                continue
            nxt = LABEL_RE.search(text, match.end())
            if found := _organisation(text[match.end() : nxt.start() if nxt else len(text)]):
                return found
    if (
        previous is not None
        and previous.text.endswith(("：", ":"))
        and previous.chars <= _MAX_LINE
        and len(text) <= _MAX_VALUE_LINE
        and _ISSUER_AT_END.search(previous.text)
    ):
        return _organisation(text)
    return None


def _organisation(value: str) -> str | None:
    token = outlet_token(value)
    if not token or PLACEHOLDER.match(token):
        return None
    return token if OUTLET_SHAPE.search(token) or _ORGANISATION.search(token) else None

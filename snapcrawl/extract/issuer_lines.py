"""Who issued or supplied the story: "发布机构：X", "供稿单位：X", "作者单位：X", "出品：X",
a research note's "机构：X证券".

A government page's info table ("发布机构：" | "市生态环境局"), a self-media page's "出品："
and a school's "供稿单位：" credit the organisation behind the story where a portal writes
来源. These labels are weaker than 来源 (source.py reads them last): a person or a user
name may stand there ("发布者：管理员"), and a feature's 出品 names the desk that made it.
So only a value shaped like an organisation's or an outlet's name counts.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.meta_labels import LABEL_RE
from snapcrawl.extract.source_lines import PLACEHOLDER, ends_a_noun, outlet_token
from snapcrawl.extract.vocab import OUTLET_SHAPE

_ISSUER_WORDS = (
    *("发布机构", "发布单位", "发文机关", "供稿单位", "来稿单位", "作者单位", "机构"),
    *("供稿", "出品", "发布者"),
)
_ISSUER_RE = "(?:" + "|".join(_ISSUER_WORDS) + ")"
_ISSUER_LABEL = re.compile(_ISSUER_RE + r"\s*[:：]")
_ISSUER_AT_END = re.compile(_ISSUER_RE + r"\s*[:：]\s*$")
# What an organisation's name ends in (市生态环境局, 省地质调查院, 远望工作室): a person or a
# user name ("管理员", "admin") at an issuer label names no outlet.
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff](?:局|委|院|部|厅|办|处|所|会|中心|政府|公司|集团|室|站|馆|校|大学|社|团|组"
    r"|证券|證券|银行|銀行|基金|期货|期貨|保险|保險|信托|信託)$"
)
# A research note's analysts' label, glued after the institution in a bar of spans.
_ANALYST = re.compile(r"(?:研究员|分析师)\s*[:：]")
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
            value = text[match.end() : nxt.start() if nxt else len(text)]
            if ("研" in value or "析" in value) and (role := _ANALYST.search(value)):
                value = value[: role.start()]  # "机构：X证券研究员：A": a research note's bar
            if found := _organisation(value, producer="品" in match[0]):
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


def _organisation(value: str, *, producer: bool = False) -> str | None:
    """The organisation's name ``value`` opens with. Under a producer's label (出品：X) a
    name longer than a person's (科普华夏, 远山读书会: a brand, not 张三) counts too: the
    one who produced it is 出品人, a label of its own."""
    token = outlet_token(value)
    if not token or PLACEHOLDER.match(token):
        return None
    if OUTLET_SHAPE.search(token) or _ORGANISATION.search(token):
        return token
    return token if producer and len(token) >= _BRAND_CHARS and _HAN_NAME.match(token) else None


_BRAND_CHARS = 4  # a person's name is two or three characters, seldom four
_HAN_NAME = re.compile(r"^[一-鿿]+$")


# A statement's heading: "X对…的声明", "X就…发表声明", "X致…的公开信".
_STATEMENT_WORD = re.compile("声明|聲明|公开信|公開信|严正回应|嚴正回應")
_STATEMENT_REACH = 40  # characters of the heading the statement's word stands in


def statement_issuer(title: str, name: str | None) -> str | None:
    """``name`` when the heading says the page is ``name``'s statement: the heading opens
    with the name and calls the text a statement within its first words ("香港性文化学会对
    变性人改身份证性别案的声明"). The name on its meta line ("X / 2023年2月9日") is then who
    wrote the statement, its author, not the outlet that printed it."""
    if (
        not name
        or len(name) < 2
        or not title.startswith(name)
        or not _STATEMENT_WORD.search(title, len(name), _STATEMENT_REACH)
    ):
        return None
    return name

"""A line saying the story was compiled from several outlets' reports: "整合自新华社、新京报、
澎湃新闻…等", "综合自X、Y", "来源：X综合自A、B 等".

An attribution line (according_to) names the outlets a story follows, each of an outlet's
shape, and gives them as the source. A compiler's closing line lists more of them, accounts
and foreign sites among them ("科普广州", "gay.it"), and ends in 等: the desk speaking of how it
made the piece, a credit, not the story. It names no one outlet the story is credited to, so
it is read as a credit only (its outlets go to no field). The list is told by its form: the
compiler's word and 自 open the line (after a 来源 label and the account maybe), then two names
or more set apart by 、 and nothing else; the first name is an outlet's unless a 来源 label
says what the line is ("综合自身条件、家庭情况等" opens with no outlet).

A desk's list of its sources under the story ("新闻来源：X，Y，《Z》，部分图片来自网络") is the same
credit under a sources label: read by sources_list, a credit only as well.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import has_function_word
from snapcrawl.extract.vocab import OUTLET_SHAPE

_NAME = r"[\u4e00-\u9fffA-Za-z0-9·.&'-]{2,24}?"
_COMPILED = re.compile(
    r"^[（(【\[]?\s*(?P<label>(?:来源|來源|资料来源|資料來源)\s*[:：︰|｜丨]\s*"
    r"[^\s:：，。、]{0,12}?)?(?:本文)?(?:整合|综合|綜合|综合整理|綜合整理|编译|編譯|摘编|摘編)自\s*"
    rf"(?P<first>{_NAME})(?:\s*[、，,/]\s*{_NAME}){{1,11}}"
    r"\s*(?:等|等等)?(?:媒体|媒體|报道|報導|消息|资料|資料)?\s*[)）】\]]?[。.]?$"
)
_LINE_MAX = 80  # a dozen outlets' short names; longer is prose
# A brand in Latin letters or a site's address ("BBC", "gay.it") leads as an outlet's name does.
_LATIN_OUTLET = re.compile(r"^[A-Z][A-Za-z]{1,11}$|^[a-z0-9-]+\.[a-z]{2,6}$")


# "新闻及图片来源：华盛顿邮报、纽约时报、ABC，部分图片来源于网络", "参考来源：X公众号；CSDN": the
# sources a desk lists under its story, set apart by 、，；, maybe closed by the note that some
# pictures are from the web; each a short name with no clause's word in it, one at least of
# an outlet's shape or a Latin brand's.
_SOURCES_LABEL = re.compile(
    r"^(?:(?:新闻|新聞)(?:及|和|與|与)?(?:图片|圖片)?|参考|參考|资料|資料|信息|消息)(?:来源|來源)\s*[:：]\s*"
)
_WEB_NOTE = re.compile(
    r"\s*[，,；;]\s*部分(?:图片|圖片)?(?:来自|來自|来源于|來源於|源自)(?:网络|網絡|網路|互联网|互聯網)[。.]?$"
)
_PARTS = re.compile(r"\s*[、，,；;]\s*")
_PART = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·.&' -]{1,23}$")
_LATIN_BRAND = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*$")


def sources_list(text: str) -> bool:
    """Whether ``text`` is only a desk's list of the story's sources (see _SOURCES_LABEL)."""
    if (
        len(text) > _LINE_MAX
        or "源" not in text[:8]
        or (label := _SOURCES_LABEL.match(text)) is None
    ):
        return False
    rest = _WEB_NOTE.sub("", text[label.end() :]).rstrip("。. ")
    parts = [part.strip("《》 ") for part in _PARTS.split(rest)]
    if len(parts) < 2 or not all(_PART.match(part) for part in parts):
        return False
    if any(has_function_word(part) for part in parts):
        return False
    return any(OUTLET_SHAPE.search(part) or _LATIN_BRAND.match(part) for part in parts)


def compiled_list(text: str) -> bool:
    """Whether ``text`` is only a compiler's list of the outlets the story was made from."""
    if len(text) > _LINE_MAX or text.find("自", 2, 24) < 0:
        return False  # the compiler's 自 stands after its word (and a label) in every one
    match = _COMPILED.match(text)
    if match is None:
        return False
    first = match["first"]
    return bool(match["label"] or OUTLET_SHAPE.search(first) or _LATIN_OUTLET.match(first))

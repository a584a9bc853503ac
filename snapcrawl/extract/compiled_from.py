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
"""

from __future__ import annotations

import re

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


def compiled_list(text: str) -> bool:
    """Whether ``text`` is only a compiler's list of the outlets the story was made from."""
    if len(text) > _LINE_MAX or text.find("自", 2, 24) < 0:
        return False  # the compiler's 自 stands after its word (and a label) in every one
    match = _COMPILED.match(text)
    if match is None:
        return False
    first = match["first"]
    return bool(match["label"] or OUTLET_SHAPE.search(first) or _LATIN_OUTLET.match(first))

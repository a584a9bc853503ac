"""The outlet describing itself under the story: "“科普中国”是中国科协…的科学权威品牌。",
"科学艺术研究中心是一家非营利机构，…致力于…" (under its "ABOUT." label), "阿米跨境是跨境出口
电商研究咨询智库机构…". A publisher's box about itself, not the story.

Told by its subject: the line opens with the page's own source (the account or outlet the
page names as its source, or a part of that name: "AS科学艺术研究中心" opens its blurb with
"科学艺术研究中心"; a longer subject that holds the name, "新华网记者了解到，这", is none),
then says what it is (一家…, 旗下…, a kind of body: 机构, 平台, 品牌…), or asks the reader to
follow it by that name ("精英说是…的聚集地。…欢迎…关注精英说（ID：X）。").
A story's closing line about some other body ("特别程序是联合国人权系统中最大的独立专家
机构") has another subject. Only the body's last paragraph, and a short label over it.

Or told by its label: "栏目简介：《X》是由…出品的栏目，…本栏目每日更新", "自我介绍：我们喜欢…，
我们致力于成为…": the column's or the account's label for its words about itself, and the
words speaking of it as 我们 or 本栏目, whatever source the page names. A person introducing
themself ("自我介绍：我叫X") speaks as 我, not as the page.
"""

from __future__ import annotations

import re

_IS = re.compile(r"[是为系為係]")
_SUBJECT_MAX = 24
_NAME_MIN = 3
_BLURB_MAX = 300
_QUOTES = "“”「」\"'『』 "
# What it is: a body of some kind, or how it says so (一家, 旗下, 致力于).
_WHAT = re.compile(
    r"一家|一個|一个|一款|旗下|专注|專注|致力|机构|機構|平台|品牌|媒体|媒體|社区|社區|智库|智庫"
    r"|公众号|公眾號|工作室|栏目|欄目|组织|組織|公司"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
# "ABOUT.", "关于我们", "关于X：": the box's label over the blurb.
_LABEL = re.compile(r"^(?:ABOUT|About|关于|關於)\S{0,12}$")
_LABEL_MAX = 14
_SELF_LABEL = re.compile(
    r"^(?:栏目|欄目|本号|本號|公众号|公眾號|自我)(?:简介|簡介|介绍|介紹)\s*[:：]"
)
_SELF_WORDS = re.compile(r"我们|我們|本栏目|本欄目|本号|本號|本公众号|本公眾號")
_SELF_LABEL_CHARS = frozenset("栏欄本公自")


def own_blurb_tail(paragraphs: list[str], source: str | None) -> int:
    """How many of the last ``paragraphs`` are the source's description of itself: 0, 1
    (the blurb) or 2 (its label and the blurb)."""
    if not paragraphs:
        return 0
    last = paragraphs[-1]
    if last[:1] in _SELF_LABEL_CHARS and len(last) <= _BLURB_MAX and _self_labelled(last):
        return 1
    if not source or len(source) < _NAME_MIN:
        return 0
    if len(last) > _BLURB_MAX or not _is_own_blurb(last, source):
        return 0
    if len(paragraphs) > 1 and len(paragraphs[-2]) <= _LABEL_MAX and _LABEL.match(paragraphs[-2]):
        return 2
    return 1


def _is_own_blurb(text: str, source: str) -> bool:
    found = _IS.search(text, 0, _SUBJECT_MAX)
    if found is None:
        return False
    subject = text[: found.start()].strip(_QUOTES)
    if len(subject) < _NAME_MIN or subject not in source:
        return False
    end = _SENTENCE_END.search(text, found.end())
    if _WHAT.search(text, found.end(), end.start() if end else len(text)) is not None:
        return True
    # "精英说是全球精英…的聚集地。…欢迎…关注精英说（ID：X）。": what it is in its own words,
    # and the ask to follow it by the same name
    return ("关注" + subject) in text or ("關注" + subject) in text


def _self_labelled(text: str) -> bool:
    """The column's or the account's label over words about itself (see the module's note)."""
    found = _SELF_LABEL.match(text)
    return found is not None and _SELF_WORDS.search(text, found.end()) is not None

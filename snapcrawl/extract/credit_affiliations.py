"""A credit that says where its people work: "撰稿/海港晚报记者王林 摄影 李青", "文：《江城周刊》
新媒体主笔 北客", "“城事”（微信ID：cityx）撰稿/X". The outlet and the role between the label and
the name (海港晚报记者, 《江城周刊》新媒体主笔), and the account's handle before the credit
(a WeChat account's name and its ID) or the writer's after the name ("文|X（id：x）"), say
nothing the credit's own shape needs: the line is a credit when it reads as one without them,
and its names are read from it that way.

A health column's or a school's writers say where they work the same way, each before their
own name, with their post after it ("撰文/海港医院心内科 林立文医师", "撰文．圖/X大學附設醫院
整形外科 A醫師、心臟外科 B醫師"): the hospital or school, the department and the post are
cut, and the credit is read as "撰文：A B". Each part must leave a person's name, or the
line is left as it was.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.word_trie import any_of

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
# "[FTNN新聞網]記者X／綜合報導", "【海港日報】记者 X": the outlet in brackets before the
# reporter's role, as a credit line names it before the post ("海港日报记者 X").
_BRACKETED_OUTLET = re.compile(
    r"^[【\[〔]\s*[^\s【】\[\]〔〕]{1,12}?(?:报|報|网|網|社|台|臺|新闻|新聞)\s*[】\]〕]\s*(?=[记記]者)"
)
# "文|此时君（id：yiqikanshu）": the writer's own handle after the name, closing the line.
_HANDLE_AFTER = re.compile(
    r"(?<=[^\s（(])\s*[（(]\s*(?:微信|公众号|微信公众号)?(?:ID|id|Id|号|號)\s*[:：]\s*"
    r"[A-Za-z][A-Za-z0-9_-]{2,29}\s*[）)]\s*$"
)
# "文：楊佳羚（高師大性別教育研究所副教授）", "译后编辑：X(西北民族大学)": where the person works
# or studies, or their post, in brackets after the name, closing the line; read after a
# writer's, an editor's or a translator's label only (a speaker's "主持人：X（Y研究生）" in an
# event's programme is no credit), the bracket no label of its own ("（来源：X大学）").
_WRITING_LABEL = re.compile(r"^[^\s:：]{0,6}[文者稿笔筆字编編辑輯译譯]\s*[:：/／|｜]")
_POST_AFTER_NAME = re.compile(
    r"(?<=[^\s（(])\s*[（(][^（）()\s:：]{0,24}?(?:大学|大學|学院|學院|研究所|研究院|研究中心|副?教授"
    r"|研究员|研究員|学者|學者|研究生|博士生?|硕士生?|碩士生?)[）)]\s*$"
)
_POST_AFTER_WORDS = re.compile(
    any_of(("大学", "大學", "学院", "學院", "研究", "教授", "学者", "學者", "博士", "硕士", "碩士"))
)
_MAX = 60  # a credit line; a longer one is a sentence
# A writer's label, maybe with the pictures' ("撰文．圖/", "文、图：", and as the label's
# common form reads the first: "撰文：．图/"), then who wrote it.
_WRITER_LABEL = re.compile(
    r"^(?P<label>(?P<writer>撰稿|撰文|执笔|執筆|作者|文字|文)(?:\s*[:：]?\s*[．.·、]\s*[图圖])?\s*[:：/／|｜]\s*)"
    r"(?P<rest>\S.*)$"
)
# Where a writer works, before the name: the hospital or school (the longest run that ends
# as one), then the department and a post ("海港医院心内科主任 林立文").
_POSTS = (
    r"(?:副?主任医师|副?主任醫師|主治医师|主治醫師|医师|醫師|医生|醫生|副?教授|副?主任|"
    r"护士长|護理長|护师|護理師|药师|藥師|营养师|營養師|治疗师|治療師|"
    # a student writing from the school: "北京师范大学传播专业研究生 X"
    r"研究生|博士生|硕士生|碩士生)"
)
_WORKPLACE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,16}(?:医院|醫院|大学|大學|学院|學院|研究院|研究所|卫生院|衛生院)\s*)?"
    r"(?:[\u4e00-\u9fff]{1,10}?(?:科|部|系|室|病区|病區|专业|專業)\s*)?"
    r"(?:" + _POSTS + r"\s*)?"
)
_POST_AFTER = re.compile(_POSTS + r"$")
# one scan for any of the words (a generator over them cost several times the scan)
_WORKPLACE_WORDS = re.compile(any_of(("医", "醫", "大学", "大學", "学院", "學院", "研究")))


def unplaced(text: str) -> str | None:
    """``text`` as "label + names" when it is a writer's credit naming each writer's
    workplace and post around the name (see the module's docstring), else ``None``."""
    if _WORKPLACE_WORDS.search(text) is None:
        return None
    match = _WRITER_LABEL.match(text)
    if match is None:
        return None
    names = []
    for part in re.split(r"\s*[、，,]\s*", match["rest"].strip()):
        name = _POST_AFTER.sub("", _WORKPLACE.sub("", part, count=1)).strip()
        if not is_name(name):
            return None
        names.append(name)
    bare = f"{match['writer']}：{' '.join(names)}"
    return bare if bare != text else None


def unaffiliated(text: str) -> str | None:
    """``text`` without an account's handle before it and an outlet's post before its
    names, or a workplace and a post around each name, or ``None`` when it has none."""
    if len(text) <= _MAX and (bare := unplaced(text)) is not None:
        return bare
    if (
        len(text) <= _MAX
        and text[-1:] in "）)"
        and _POST_AFTER_WORDS.search(text) is not None
        and _WRITING_LABEL.match(text)
    ):
        bare = _POST_AFTER_NAME.sub("", text, count=1)
        if bare != text and bare:
            return bare
    if len(text) > _MAX or not (
        "微信" in text
        or "公众" in text
        or "id" in text
        or "ID" in text
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
    if text[-1] in "）)":
        bare = _HANDLE_AFTER.sub("", bare, count=1)
    if bare[:1] in "【[〔":
        bare = _BRACKETED_OUTLET.sub("", bare, count=1)
    bare = _AFFILIATION.sub(r"\g<label>", bare, count=1)
    return bare if bare != text and bare else None

"""What a credit's role label is, by its form: the role morphemes a label ends in.

A label ends in a role morpheme (编/辑/审/校/稿/摄/影/制/作/划/筹/监/译/图/画/计/文 …) or is a
person's role built on one (撰稿人, 通讯员, 记者, 实习生), maybe after the outlet's own
qualifier (本报, 本期); a Latin label opens with a role's stem (Editor, Photo, Text). The
morphemes are few and combine freely with any qualifier (视觉设计, 执行策划, 新媒体编辑), so the
test reaches labels nobody wrote down (credit_shape reads rows of them).
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import has_function_word

# The characters a credit's role ends in (编辑, 终审, 撰稿, 摄影, 监制, 统筹, 翻译, 制图, 插画,
# 设计, 文案, 配音, 视觉, 数据, 排版, 主播, 记录, 执笔, 采写, 后期 …), and the two-character
# roles whose last character ends many other words (校对, 出品, 海报). The crafts of a shoot
# and its cut end in their own: what is shot (跟拍, 航拍, 出镜, 分镜), its light, colour and
# sound (灯光, 调色, 音效, 特效), its art and technique (美术, 技术), its track and its
# captions (视频, 音频, 字幕).
ROLE_CHARS = (
    "编編辑輯审審核校稿摄攝影像制製作划劃筹籌监監译譯"
    "图圖画畫绘繪计計案音觉覺据據版播录錄文笔筆写寫期供布发發"
    "拍镜鏡光色效术術频頻幕"
)
_ROLE_END = re.compile(
    rf"(?:[{ROLE_CHARS}]|校对|校對|出品|海报|海報|助理|整理|[制製绘繪]表|[审審校核]阅|[审審校核]閱)$"
)
# A person's role: one of the above, or 记/通讯/实习/见习/撰/制片 before 者/员/生/人/师.
PERSON_STEM_CHARS = (
    "编編辑輯审審核校稿摄攝影像制製作划劃筹籌监監译譯图圖画畫绘繪计計案音录錄文笔筆写寫撰供布"
)
_PERSON_ROLE = re.compile(
    rf"(?:(?:[{PERSON_STEM_CHARS}]|通讯|通訊|实习|實習|见习|見習|制片|製片)"
    r"(?:单位|單位|者|员|員|师|師|生|人)|[记記]者)$"
)
# Roles whose value may be a unit, not a person ("供稿单位：示例区教育局", "内容提供：X中心").
# What a sponsor provides is not the piece ("模特提供：X公司", "车辆提供：X公司" stay): only
# the text, the pictures or the material of the story are credited to a unit.
# A source's label (来源, 信源, 稿源, 图源) credits a unit by what it is.
CONTENT_ROLE = re.compile(
    r"(?:稿|发布|發佈|出品|供图|源|(?:内容|稿件|图片|圖片|资料|資料|素材)提供)(?:单位|單位)?$"
)
_QUALIFIERS = re.compile(r"^(?:本报|本報|本期|本版|本文|本刊|本台|本网|本網)")
# A Latin role: a word opening with a role's stem ("Editor", "Copy editor", "Photography",
# "Text", "Credit"), not the same letters inside another word.
LATIN_ROLE = re.compile(
    r"\b(?:edit|writ|report|photo|text|words|design|graph|camera|video|produc|translat"
    r"|illustrat|proof|author|review|anchor|host|credit)",
    re.IGNORECASE,
)
# A writer's or an editor's role, whose value may be a pen name ("作者：墨白").
WRITER_ROLE = re.compile(r"(?:[者编編辑輯稿文笔筆写寫人员員])$")


def is_role(label: str) -> bool:
    """Whether ``label`` reads as a credit's role by its form (see the module's docstring)."""
    if label[:1].isascii():
        return len(label) <= 14 and LATIN_ROLE.search(label) is not None
    label = _QUALIFIERS.sub("", label)
    if not 1 <= len(label) <= 6 or has_function_word(label):
        return False
    if len(label) == 1:
        return label in "文图圖摄攝编編审審校译譯"
    return _ROLE_END.search(label) is not None or _PERSON_ROLE.search(label) is not None

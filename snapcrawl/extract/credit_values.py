"""What a credit label's value is: names, an outlet or a desk, or a clause dressed as one.

"审核：综合科科长张明", "出品：示例日报新媒体中心", "视频拍摄：陈刚 剪辑：李丽" credit;
"审核：专家组已完成第一轮评审", "编辑：这份日报陪伴了我三十年", "摄影：光与影" only look like
credits. A
value is a credit's when what follows its last outlet's, organisation's or role's word is no
longer than a name, and no clause's particle is in it.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import BYLINE_WORD, CREDIT_LABEL, CREW_LABEL
from snapcrawl.extract.credit_bylines import BYLINE_WORDS
from snapcrawl.extract.credit_person import is_long_pen_name
from snapcrawl.extract.picture_credits import GIVER

_ANY_LABEL = re.compile(
    r"(?:本文|本期|本版)?(?:"
    + CREW_LABEL
    + "|"
    + CREDIT_LABEL
    + r"|摄影|摄像|图片|作者|通讯员|实习生|文|图)\s*(?:[:：︰/|｜丨︱│┃]|\s)\s*"
)
# A person's name: two or three Chinese characters, a transliteration with "·", or a Latin
# name.
# A desk editor may be credited by a staff code alone ("流程编辑：L061", "审核：PN043").
_PERSON = re.compile(
    r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,8}|[A-Za-z][A-Za-z.'-]{1,20}"
    r"|[A-Za-z]{1,4}\d{2,6}"
)
# A desk or an outlet credited for the work (制作：海港日报新媒体中心, 供稿：海港县融媒体中心).
_OUTLET = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,12}?(?:融媒体中心|新媒体中心|媒体中心|客户端|日报|晚报|报社|电视台|"
    r"广播电台|新闻网?|工作室|频道|编辑部|中心)"
)

# What a person's credit (审核：X, 摄影：X) gives when it credits: names, a pen name, an
# outlet or a desk, a role with its names. A run of Chinese characters longer than these,
# with no outlet's or organisation's ending, no role and no giver in it, is a clause or a
# slogan after a role-like label ("审核：专家组已完成第一轮评审", "摄影：让光影记录时代").
_PHRASE = re.compile(r"[\u4e00-\u9fff]{6,}")
# (新闻, 广播 are an outlet's last word only: "新闻的生命在于真实" speaks of news.)
_CREDITED_BODY = re.compile(
    r"(?:[社网报台站局部会院厅委办处司所队组室科馆校团]|新闻|广播|在线|频道)$|"
    r"中心|公司|集团|大学|学院|协会|工作室|客户端|日报|晚报|时报|周刊|杂志|电视|传媒|"
    # a post before the name (审核：综合科科长张明)
    r"[科处局部股室]长|主任|书记|总监|经理|主管|干事|专员|"
    + BYLINE_WORD
    + "|"
    + CREDIT_LABEL
    + "|"
    + CREW_LABEL
)
# A name after the last credited word of a value: four characters at most.
_NAME_TAIL = 4
# A clause's particles and pronouns, in no outlet's or organisation's name ("那家晚报教会了
# 我怎样做新闻" ends in an outlet's word, but it is a clause).
_CLAUSE_WORD = re.compile(r"[了着吗呢吧们你他她]|怎样|什么")
# A label before two words joined by 与 or 的, four characters at most ("摄影：光与影",
# "设计：城市的光"): a slogan, no name ("张三与李四", five, names two people). No CJK range
# in it: each costs ~1 ms to compile. Compiled on first use (re's cache).
_LABELED_SLOGAN = (
    r"[^\s:：︰|｜丨/／]{1,6}\s*[:：︰|｜丨/／]\s*"
    r"(?:[^\s:：|｜/／][与的][^\s:：|｜/／]{1,2}|[^\s:：|｜/／]{2}[与的][^\s:：|｜/／])\s*$"
)
_SLOGAN_MAX = 14


def labeled_slogan(text: str) -> bool:
    """ "摄影：光与影": a label before two words joined, a slogan, whatever reads it as a
    credit. Asked of a line read as one only (few lines are)."""
    return (
        len(text) <= _SLOGAN_MAX
        and ("与" in text or "的" in text)
        and re.match(_LABELED_SLOGAN, text) is not None
    )


def says_something(text: str, value: int) -> bool:
    """Whether the value (from ``value`` on) after a person's credit label is a clause or a slogan
    rather than names: a run of Chinese characters longer than a name, naming no outlet,
    no organisation, no role and no giver ("监制：严格按照国家标准", unlike "监制：韩冬",
    "出品：示例日报新媒体中心", "摄影：新华社记者李某"). The labels credited whatever the
    value (原标题：…, 配图：AI生成) keep theirs. Runs only on a line whose label matched."""
    label = text[:value]
    if "原" in label or "图" in label:
        return False
    if labeled_slogan(text):
        return True  # "摄影：光与影": two words joined, a slogan however short
    for run in _PHRASE.finditer(text, value):
        if GIVER.search(words := run[0]):
            continue
        # "编辑：这份日报陪伴了我三十年": more than a name after the last outlet's or
        # role's word ("新华社记者李某", "综合科科长张明" end in the person)
        ends = [found.end() for found in _CREDITED_BODY.finditer(words)]
        if not ends or len(words) - ends[-1] > _NAME_TAIL or _CLAUSE_WORD.search(words):
            return True
    return False


_PADDED = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def names_only(text: str) -> bool:
    """Whether, past its labels, a credit line names only people ("视频拍摄：陈刚 剪辑：李丽").
    A pair set apart by a slash may give a pen name longer than a name ("文 | 心之爱/新雨流泉":
    the studio's short name and its writer's pen name)."""
    rest = _ANY_LABEL.sub(" ", text.strip(" \u3000()（）[]【】▲△●■◆〔〕<>"))
    if " " in rest and _PADDED.search(rest):
        rest = _PADDED.sub(r"\1\2", rest)  # "金 焰": a two-character name padded to three
    names = [n for n in re.split(r"[\s、,，/&|｜丨︱│┃]+", rest) if n]
    if not names or len(names) > 8:
        return False
    if all(_PERSON.fullmatch(n) or _OUTLET.fullmatch(n) for n in names):
        return True
    return len(names) == 2 and _pen_pair(rest.strip(), names)


def _pen_pair(rest: str, names: list[str]) -> bool:
    """Whether ``rest`` is two names set apart by one slash, a pen name among them."""
    return rest == "/".join(names) and all(
        _PERSON.fullmatch(n) or is_long_pen_name(n) for n in names
    )


LABEL_MARKS = " \u3000[]【】〖〗()（）<>〈〉〔〕▲●■◆◎•:：︰"


def role_label_alone(text: str) -> bool:
    """A credit's role label and nothing else ("作者", "编辑：", "【责编】"), its value on
    the next line (credit_pairs): the label tests above, with a space for the separator they
    want after the label."""
    core = text.strip(LABEL_MARKS)
    return bool(core) and (
        _ANY_LABEL.fullmatch(core + " ") is not None or BYLINE_WORDS.fullmatch(core) is not None
    )

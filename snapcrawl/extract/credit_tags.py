"""Credit lines told by what they tag, not by a role label: an agency named alone in
brackets, a statement of whose piece the story is with its credit after it, a dateline of
bracketed tags, and a note on where the author works and what they are.

``credit_lines.is_credit`` reads a credit by its label (责任编辑：X, 记者 X). These carry
none, or carry it behind a clause of its own:

- "(Xinhua)", "（IC photo）", "(AFP/Getty Images)", "（中新社）": a wire or a picture agency
  named alone in brackets on a line of its own; a proper noun, no predicate.
- "本文系示例网独家稿件，作者：X", "本文来自微信公众号X，作者：Y": whose piece it is, then
  credits set apart by commas; or where it comes from alone, the source quoted or shaped
  as an outlet ("本文来自「X」", "以上内容来自《X》", "本文转载自海港晚报").
- "【大紀元2024年10月01日訊】（記者X台北報導）": bracketed tags, each a desk's dateline or a
  reporter's filing note, and nothing else.
- "（作者为示例大学新闻学院副教授、博士生导师）": the unit the author works in, then only
  titles, no verb.

- "（实习生何雨参与采写）", "（记者王立、实习生赵晴对本文亦有贡献）": who else worked on the
  story, by their name (maybe after their role), and only what they did for it.

The same words in a sentence stay the story's ("本文系统梳理了…", "作者为此走访了…",
"学生们也参与了调查").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.simplified import read_simplified
from snapcrawl.extract.vocab import OUTLET_SHAPE

# A Latin agency tag: an acronym (AFP, IC, VCG, CNS), a name ending in what outlets are
# called (China Daily, Getty Images, Visual China Group), or a wire everybody names alone;
# maybe two set apart by a slash, maybe "photo" after it.
_EN_WIRE = (
    r"(?:Xinhua|Reuters|Bloomberg|Kyodo|Yonhap|Tass|Sputnik|Bernama|Antara|Chinanews"
    r"|Imaginechina|Getty|Shutterstock|Unsplash)"
)
_EN_OUTLET = (
    r"(?:[A-Z][A-Za-z]+\s){0,2}(?:News|Daily|Times|Post|Press|Agency|Images|Photos?|Network"
    r"|Media|Wire|TV|Online|Group|China)"
)
# The acronym in capitals only: the tag is matched ignoring case (Xinhua, XINHUA), which
# would let any short word in brackets pass as one ("(see)", "(etc)").
_EN_AGENCY = rf"(?:(?-i:[A-Z]{{2,5}})|{_EN_WIRE}|{_EN_OUTLET})"
_EN_TAG = re.compile(
    rf"^[(（\[【]\s*{_EN_AGENCY}(?:\s*[/／&]\s*{_EN_AGENCY})?"
    r"(?:\s+(?:file\s+)?(?:photos?|pictures?|images?|video))?\s*[)）\]】]$",
    re.IGNORECASE,
)
# Capitals that are a note's word, not an agency's name: "(END)", "(VIDEO)", "(UPDATE)".
_EN_NOT_AGENCY = re.compile(
    r"^[(（\[【]\s*(?:END|PHOTOS?|VIDEOS?|AUDIO|UPDATED?|NOTE|LIVE|TBC|PDF|FAQ|MORE|TOP|NEW|"
    r"HOT|ONE|TWO|PART|CONT|OPED)\s*[)）\]】]$",
    re.IGNORECASE,
)
# A Chinese wire or picture agency alone in brackets: "（新华社）", "（中新社）", "（视觉中国）".
_ZH_TAG = re.compile(
    r"^[（(\[【]\s*(?:(?:新华|中新|中通|中央|路透|美联|法新|共同|韩联|塔斯|德新|埃菲|合众|安莎|"
    r"彭博|卫星|今日俄罗斯)(?:通讯)?社|视觉中国|东方IC|图虫创意|澎湃影像|IC\s*photo)"
    r"(?:\s*(?:供图|图|摄|发))?\s*[)）\]】]$"
)
# "本文系示例网独家稿件", "本文为示例号原创作品", "本文来自微信公众号X（ID：Y）": whose
# piece the story is, the clause a credit follows after its comma ("本文系统…" is prose).
_WHOSE_PIECE = re.compile(
    r"^[\s（(【\[]*本文(?:(?:系(?!统)|为|是)[^，,。！？!?；;\s的了]{2,16}?"
    r"(?:独家|原创|首发|特约|授权|签约|专栏)?(?:稿件|专稿|稿|作品|文章)"
    r"|(?:来自|转载自|转自|摘自|选自|节选自|首发于|原载于?)[^，,。！？!?；;]{2,30})[)）\]】]?$"
)
# "本文来自「X」", "以上内容来自《X》", "本文转载自海港晚报": where the piece comes from, alone
# on its line; a credit when the source is quoted or named as an outlet is ("本文来自一位读者
# 的亲身经历" is a note on the story).
_FROM_ALONE = re.compile(
    r"^[\s（(【\[]*(?:本文|以上内容|以上文章)\s*(?:来自于?|来源于|转载自|转自|摘自|选自|节选自|首发于|原载于?)"
    r"\s*[:：]?\s*(?:微信公众号|公众号)?\s*[:：]?\s*(?P<open>[「“\"《『])?"
    r"(?P<name>[^\s，,。！？!?；;「」“”\"《》『』()（）]{2,30}?)\s*(?(open)[」”\"》』])[)）\]】]?$"
)
_APP = ("客户端", "APP", "App", "app")
_COMMA = re.compile(r"[，,]")
# One bracketed tag of a dateline line.
_TAG = re.compile(r"[【\[（(〔][^【\[（(〔】\]）)〕]{2,30}[】\]）)〕]")
_TAGS_LINE = re.compile(r"^(?:\s*" + _TAG.pattern + r")+\s*$")
# "【大纪元2024年10月01日讯】", "（海港日报10月1日电）": a desk or an outlet with the day it filed.
_DATED_DESK = re.compile(
    r"^[【\[（(〔][\u4e00-\u9fffA-Za-z]{2,12}?(?:\d{2,4}年)?\d{1,2}月\d{1,2}日"
    r"\s*(?:专?电|讯|报道|报导)[】\]）)〕]$"
)
# "（记者李明台北报导）", "（本报记者王芳海港报道）": a reporter's name glued to where they
# filed, the report after it.
_FILED_NOTE = re.compile(
    r"^[（(〔【\[]\s*(?:本报|本台|本刊)?(?:见习|实习|特约|首席)?(?:记者|编译|通讯员)\s*"
    r"[\u4e00-\u9fff·、\s]{2,14}?(?:综合|即时)?(?:报道|报导|专电|电)\s*[)）〕】\]]$"
)
# "（作者为示例大学新闻学院副教授、博士生导师）": the unit the author works in, then only titles.
_UNIT = (
    r"(?:大学|学院|研究院|研究所|研究中心|中心|学会|协会|委员会|医院|银行|集团|公司|学校|中学|"
    r"小学|报社|智库|实验室|基金会|事务所|党校|科学院|社科院)"
)
_AUTHOR_AFFILIATION = re.compile(
    r"^[\s（(【\[]*(?:本文)?作者(?:分别)?(?:系|为|是)"
    r"(?:[^。！？!?，,；;：:了着过此在把被对将]{2,30}?" + _UNIT + r"[\u4e00-\u9fff]{0,10}"
    r"(?:、[^。！？!?，,；;：:了着过此在把被对将]{2,20}?)*)"
    r"[。]?[)）\]】]?$"
)
# "（实习生何雨参与采写）", "（记者王立、实习生赵晴对本文亦有贡献）": roles glued to names (each
# name told by its shape, credit_person), then the share they had in the story and no more.
_HELPER_ROLE = r"(?:本报|本刊|本台)?(?:见习|实习|特约)?(?:记者|通讯员|实习生|编辑|编译)"
_CONTRIBUTED = re.compile(
    r"^[（(【\[]\s*(?P<people>(?:"
    + _HELPER_ROLE
    + r"\s*)?[\u4e00-\u9fff·]{2,4}?(?:\s*[、，,和及与]\s*(?:"
    + _HELPER_ROLE
    + r"\s*)?[\u4e00-\u9fff·]{2,4}?){0,3})"
    r"\s*(?:亦|也|同时)?(?:参与(?:了)?(?:本文的?|此文的?)?(?:采写|采访|报道|调查|写作|撰写|整理|编辑|翻译)"
    r"|对(?:本文|此文|本报道)(?:亦|也)?有(?:所)?贡献)[。.]?\s*[）)】\]]?$"
)
_HELPER_SPLIT = re.compile(r"\s*[、，,和及与]\s*")
_HELPER_PREFIX = re.compile(r"^" + _HELPER_ROLE + r"\s*")
# A title after the unit is a noun: what ends a sentence's verb phrase ("…大学读书") is not.
_TITLE_END = re.compile(r"[授员师长任士生家者人事问裁监官理席导编委表][。]?[)）\]】]?$")
_NOTE_MAX = 48


def tagged_credit(text: str, is_credit: Callable[[str], bool]) -> bool:
    """Whether ``text`` is a credit by what it tags (see the module's note): ``is_credit``
    judges the credits after a whose-piece clause and each bracketed tag of a dateline."""
    if len(text) > _NOTE_MAX:
        return False
    first = text[:1]
    if first in "(（[【" and len(text) <= 30:
        if _EN_TAG.match(text) and not _EN_NOT_AGENCY.match(text):
            return True
        if _ZH_TAG.match(text):
            return True
    if "本文" in text[:4]:
        parts = [p.strip() for p in _COMMA.split(text.strip(" ，,。")) if p.strip()]
        if _WHOSE_PIECE.match(parts[0]) and len(parts) >= 2:
            return all(is_credit(p) for p in parts[1:])
    if ("本文" in text[:4] or "以上" in text[:4]) and (found := _FROM_ALONE.match(text)):
        name = found["name"]  # "本文来自X客户端": the app it was read in, a promo's line
        if name.endswith(_APP):
            return False
        return bool(found["open"]) or OUTLET_SHAPE.search(name) is not None
    if "作者" in text[:6] and _AUTHOR_AFFILIATION.match(text) and _TITLE_END.search(text):
        return True
    if first in "【[（(〔" and text.rstrip()[-1:] in "】]）)〕":
        if "参与" in text or "贡献" in text:  # the note's verb, spelled out
            return _contributed(text)
        return _dateline_tags(text.strip(), is_credit)
    return False


def _contributed(text: str) -> bool:
    """A note in brackets of who else worked on the story: names, maybe after their role,
    then their share ("学生们也参与了调查" names no one: prose)."""
    match = _CONTRIBUTED.match(text.strip())
    if match is None:
        return False
    people = _HELPER_SPLIT.split(match["people"])
    return all(is_name(_HELPER_PREFIX.sub("", p)) for p in people)


def _dateline_tags(text: str, is_credit: Callable[[str], bool]) -> bool:
    """A line of two or more bracketed tags and nothing else, each a desk's dated dateline,
    a reporter's filing note or a credit; or one dated dateline alone."""
    if not _TAGS_LINE.match(text):
        return False
    tags = _TAG.findall(text)
    plain = [read_simplified(t) for t in tags]  # 記者, 報導: a dateline's words
    if len(tags) == 1:
        return _DATED_DESK.match(plain[0]) is not None
    return all(
        _DATED_DESK.match(p) or _FILED_NOTE.match(p) or is_credit(t)
        for t, p in zip(tags, plain, strict=True)
    )

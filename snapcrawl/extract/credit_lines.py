"""Credit lines in the body: who wrote, edited, photographed or retitled the story, and
where it or its pictures come from (责任编辑：X, 新京报记者 X, （原标题：…）, 图片来源：X,
（作者系海港大学教授）, "作者：X 编辑：Y 来源：Z").

A credit is short, opens with a role or a source word and a separator, and names people
or an outlet, with no sentence in it; a picture's credit (``about_a_picture``) ends the
picture's block. Credits belong to the metadata (``credits`` reads the names), not to the
story. The words are in chrome_vocab, shared with credits.py and source.py.
"""

from __future__ import annotations

import re

from snapcrawl.extract import thresholds
from snapcrawl.extract.according_to import attribution_line
from snapcrawl.extract.byline_shapes import poster_name
from snapcrawl.extract.chrome_vocab import (
    AUTHOR_ROLE,
    BYLINE_WORD,
    CREDIT_LABEL,
    CREDIT_SOURCE,
    CREW_LABEL,
    PICTURE_FROM,
    PICTURE_GIVEN,
    PICTURE_LABEL,
    PICTURE_TAIL,
    STAGE_NOTE,
    STORY_GIVEN,
)
from snapcrawl.extract.credit_forms import plain_form
from snapcrawl.extract.credit_rows import OPEN, credit_parts, credit_row
from snapcrawl.extract.credit_runs import credit_run
from snapcrawl.extract.credit_shape import FORM_MAX, credit_by_form
from snapcrawl.extract.credit_tags import tagged_credit
from snapcrawl.extract.dom import Line
from snapcrawl.extract.english_credits import english_credit
from snapcrawl.extract.vocab import OUTLET_SHAPE, SENTENCE_PUNCT
from snapcrawl.extract.word_trie import any_of

# A name glued after 作者 in an author note, then maybe a comma, before 系/为/是.
_NOTE_NAME = r"\s?(?P<name>[\u4e00-\u9fff·]{2,4}?)[，,\s]?"

# 责任编辑：X / 编辑 X / （原题为《…》）: the label, then a separator, then the name or title.
_CREDIT_LEAD = re.compile(
    OPEN + r"(?:本文|本期|本版)?(?:" + CREDIT_LABEL + r")\s*(?:[:：︰/|｜丨︱│┃]|\s|(?=《))\s*\S"
)
_CREW_LEAD = re.compile(OPEN + r"(?:" + CREW_LABEL + r")\s*(?:[:：︰/|｜丨︱│┃]|\s)\s*\S")
_ANY_LABEL = re.compile(
    r"(?:本文|本期|本版)?(?:"
    + CREW_LABEL
    + "|"
    + CREDIT_LABEL
    + r"|摄影|摄像|图片|作者|通讯员|实习生|文|图)\s*(?:[:：︰/|｜丨︱│┃]|\s)\s*"
)
# A person's name: two or three Chinese characters, a transliteration with "·", or a Latin
# name.
_PERSON = re.compile(
    r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,8}|[A-Za-z][A-Za-z.'-]{1,20}"
)
# A desk or an outlet credited for the work (制作：海港日报新媒体中心, 供稿：海港县融媒体中心).
_OUTLET = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,12}?(?:融媒体中心|新媒体中心|媒体中心|客户端|日报|晚报|报社|电视台|"
    r"广播电台|新闻网?|工作室|频道|编辑部|中心)"
)
# 新媒体编辑：X, 稿件统筹：X: a role word qualified by the desk it belongs to.
_QUALIFIED_CREDIT = re.compile(
    OPEN
    + r"[\u4e00-\u9fff]{1,6}(?:编辑|统筹|校对|审核|监制|主编|美编|记者)\s*[:：︰|｜丨︱│┃]\s*\S"
)
# Who the author is, in a note under or above the story: （作者系海港大学教授）, 作者：X，海港
# 大学教授, 作者单位：X, （作者分别为海港大学教授、副教授）. One clause naming a unit or
# ending in a role ("作者为此走访了…教授" is the story's: a verb's 了 or 为此 in it).
# "（作者：方敏 海港大学经济学院教授）", "作者简介：X，海港大学教授": the name, then where
# the author works and what they are, after a comma, a space or glued to the name.
# The name may stand glued between 作者 and 系 ("（本文作者方敏，系海港大学副教授）").
_AUTHOR_NOTE = re.compile(
    OPEN + r"(?:本文)?作者(?:单位\s*[:：][^。！？，,；;]{2,30}|"
    r"(?:(?:" + _NOTE_NAME + r")?(?:分别)?(?:系|为|為|是)(?!此)[^。！？!?，,；;了]{1,30}?|"
    r"(?:简介)?\s*[:：|｜丨︱│┃]\s*[^。！？!?；;:：]{2,42}?)"
    r"(?:" + AUTHOR_ROLE + r"))[。]?[)）\]】]?$"
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
# A person's picture credit (摄影：X, 视频：X): its value is read as a credit's.
_PERSON_PICTURE = re.compile(OPEN + r"(?:摄影|摄像|视频)\s*[:：/|｜]\s*")
_CREDIT_ANYWHERE = re.compile(r"(?:责任编辑|责编|值班编辑)\s*[:：︰]")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
# "本报综合新华社、央视新闻报道": the paper speaking of itself before the outlets it follows.
_SELF = re.compile(r"^([\s（(【\[]*)本[报台网刊站]")
_NAMES = r"[\u4e00-\u9fffA-Za-z·]{1,5}(?:\s*[、,，&/和\s]\s*[\u4e00-\u9fffA-Za-z·]{1,5}){0,4}"
# Where the reporter filed from, after the names: "山东冠县报道", "发自北京", "北京电".
_FILED_FROM = r"(?:\s*(?:[\u4e00-\u9fff]{2,8}(?:报道|电)|发自[\u4e00-\u9fff]{2,8}))?"
# 新京报记者 陆一夫 / 采写：南都见习记者 林子沛 / 【文/观察者网专栏作者 王文】 / 执笔/甲、乙 /
# 本报记者 张三 海港报道
# An outlet's report line may stand before the role ("海港时报-海港网报道 记者 X").
_BYLINE = re.compile(
    OPEN
    + r"(?:[^\s:：，。]{2,16}报道\s+)?"
    + r"(?:(?:文|采写|撰文|作者)\s*[:：/|｜]\s*)?[^\s:：，。]{0,12}?(?:"
    + BYLINE_WORD
    + r")"
    r"(?:\s*[:：/|｜丨︱│┃]\s*|\s+)"
    + _NAMES
    + r"(?:\s*[（(][^（）()]{1,20}[）)])?"
    + _FILED_FROM
    + r"[\s)）\]】〕]*$"
)
# A word _BYLINE cannot match without (BYLINE_WORD's roles, 撰稿人 and 执笔人 by their
# first two characters): a trie scan (~0.15 us) before the byline's lazy scan (~0.7 us).
_BYLINE_WORDS = re.compile(
    any_of(
        (
            *("记者", "作者", "通讯员", "实习生", "撰稿", "评论员", "采写", "撰文", "执笔"),
            *("编译", "供稿", "摄影", "整理"),
        )
    )
)
# "本报记者张三发自海港": the names glued to the role word, closed by where they filed from.
_GLUED_BYLINE = re.compile(
    OPEN + r"[^\s:：，。]{0,8}?(?:见习|实习|特约|首席)?记者[\u4e00-\u9fff·]{2,8}?\s*发自"
    r"[\u4e00-\u9fff]{2,8}[\s)）\]】]*$"
)
# "文｜山城财经 林小川", "文/海港网 周远": who wrote it, with the outlet they write for.
_WRITTEN_BY = re.compile(
    OPEN + r"文\s*[|｜丨︱│┃/／]\s*[\u4e00-\u9fffA-Za-z0-9+·]{2,10}"
    r"(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}"
    r"[\s)）\]】〕]*$"
)
# （资料来源：X） / 图片来源：X / ▲图片来自视频截图
_SOURCE_CREDIT = re.compile(
    OPEN + r"(?:(?:" + CREDIT_SOURCE + r")\s*[:：/|｜丨︱│┃]\s*\S|" + PICTURE_FROM + r"\S)"
)
_PICTURE_CREDIT = re.compile(
    OPEN + r"(?:(?:" + PICTURE_LABEL + r")\s*[:：/|｜]\s*\S|" + PICTURE_FROM + r"\S)"
)
_CAPTION_CREDIT = re.compile(r"(?:" + PICTURE_TAIL + r")[)）\]】]?$")
# "图：" and a phrase of Chinese characters alone (no name set apart by a space, no mark).
_PICTURE_PHRASE = re.compile(OPEN + r"[图圖]\s*[:：]\s*(?P<value>[\u4e00-\u9fff]{8,})$")
# Who made or gave a picture, in its credit's value (X供图, 由X提供, 来自X, X记者, X摄).
_GIVER = re.compile(
    r"(?:" + PICTURE_TAIL + r")$|提供|来自|来源|记者|記者|通讯员|摄影|拍摄|图片库|图库|视觉|图虫"
)
_GIVEN_CREDIT = re.compile(OPEN + r"(?:" + PICTURE_GIVEN + r")[。.]?[)）\]】]?$")
_STORY_GIVEN_CREDIT = re.compile(OPEN + r"(?:" + STORY_GIVEN + r")[。.]?[)）\]】]?$")
# "▲广州日报全媒体图片记者黎旭阳、李妍摄": a photographer's role glued to the names.
_PHOTOGRAPHER_CREDIT = re.compile(r"(?:记者|摄影师?|通讯员|特约)\S{1,12}摄$")
# "（李楠）", "（林小川 周远）": the writer's name alone in brackets, signing the story off.
_BRACKETED_NAMES = re.compile(
    r"^[（(](?P<names>[\u4e00-\u9fff·]{2,3}(?:[\s、][\u4e00-\u9fff·]{2,3}){0,2})[)）]$"
)
# "【海港时报综合报道】", "（海港日报讯）": the desk that filed the story, alone on its line.
_BRACKETED_DESK = re.compile(r"^[【\[（(]\S{2,14}?(?:综合报道|报道|讯|综合)[】\]）)]$")
# "（国际锐评评论员）", "本报评论员": a desk's commentator, credited as an institution
# (compiled on first use: few lines name one).
_COMMENTATOR = r"^[\s（(【\[]*[^\s（）()【】\[\]，。]{0,10}?(?:特约)?评论员[\s)）】\]]*$"
# What a bracketed word is when it is not a name: a numeral (（十一）), a part (（待续）,
# （上篇）), an organisation (（新华社）), a note (（附图）, （摘要）) or a stage note (（掌声）).
_NOT_A_NAME = re.compile(
    r"^[一二三四五六七八九十百零〇]+$|续|完|篇|章|节|附|注|图|表|摘要|简介|说明|全文|"
    r"[社网报台站局部会院厅委办处司所队组]$|新闻|日报|记者|编辑|通讯|" + STAGE_NOTE
)
# "文章来源：https://…": a source's label with an address alone for its value (longer than a
# credit's name, no sentence in it).
_SOURCE_ADDRESS = re.compile(
    OPEN + r"(?:" + CREDIT_SOURCE + r")\s*[:：︰]?\s*(?:https?://|www\.)[!-~]+$"
)
_ADDRESS_MAX = 200
_LABEL_END = 14  # a mark, a bracket and the longest source label (封面图片来源) before it
# "中央社記者X攝 113年3月5日": the day after a picture's credit (a ROC year too), the last word
# of its line.
_DAY = re.compile(r"(?:\d{2,4}年)?\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_SIGN_OFF_LINES = 3  # credit lines right after the story that still sign it off
# 原标题：X, 原题为《X》, （原标题 X）: the label, then a separator or the title's mark
# ("原标题已无从考证，…" is a sentence about it).
_RETITLE = re.compile(
    OPEN + r"(?:本文)?原(?:标题|题为?|文标题)\s*(?:[:：︰]|[《“\"「『<〈]|为|是|\s)"
)


def is_credit(text: str) -> bool:
    """A line that credits people or sources rather than telling the story: editors
    (责任编辑：X), the original title (（原标题：…）), a byline (新京报记者 X), where the
    text or pictures come from (（资料来源：X）, 图片来源：X, BBC报道截图), the outlets the
    story follows (（据新华社）, 综合新华社、央视新闻); also written in traditional
    characters, with a bracketed or dotted label, or in English (credit_forms); or by its
    shape alone, a run of roles and names or a dateline with only its credit (credit_runs),
    or label-and-name segments whatever the labels say (credit_shape)."""
    return _reads_as_credit(text) and not _labeled_slogan(text)


def _reads_as_credit(text: str) -> bool:
    if is_credit_as_written(text):
        return True
    if (plain := plain_form(text)) is not None and is_credit_as_written(plain):
        return True
    return bool(
        english_credit(text)
        or credit_run(text)
        or (plain is not None and credit_run(plain))
        or tagged_credit(text, is_credit)
        or (len(text) <= FORM_MAX and credit_by_form(text))
    )


def _labeled_slogan(text: str) -> bool:
    """ "摄影：光与影": a label before two words joined, a slogan, whatever reads it as a
    credit. Asked of a line read as one only (few lines are)."""
    return (
        len(text) <= _SLOGAN_MAX
        and ("与" in text or "的" in text)
        and re.match(_LABELED_SLOGAN, text) is not None
    )


def _describes_picture(text: str) -> bool:
    """A caption labelled 图 that says what the picture shows ("图：新型电池结构示意图"),
    no one who made it: its value is a phrase longer than a name, naming no outlet, no
    role and no giver, unlike "图：张三", "图：视觉中国", "图：X报记者 Y 摄"."""
    return (
        (match := _PICTURE_PHRASE.match(text)) is not None
        and not OUTLET_SHAPE.search(value := match["value"])
        and not _GIVER.search(value)
    )


def is_credit_as_written(text: str) -> bool:
    """``is_credit`` for a line in the common simplified form, read as written."""
    if "原" in text and _RETITLE.match(text):  # its 原 spelled out: a substring test first
        return len(text) <= thresholds.RETITLE_MAX
    if len(text) > 2 * thresholds.CREDIT_MAX:
        return _source_address(text)
    # "【纠错】 【责任编辑：X】", "2024-10-01 责任编辑：X"; a finished sentence before the
    # credit ("…普遍认可。【责任编辑：X】") makes the line the story's, the credit glued to it.
    found = _CREDIT_ANYWHERE.search(text)
    if (
        found
        and not _SENTENCE_END.search(text, 0, found.start())
        and not _says_something(text, found.end())
    ):
        return True
    # "本贴由X于2024年…在〖…〗发表", "发布时间 2024/03/15 22:36:13 by X": who posted and when.
    if (
        ("发表" in text or "by" in text or "BY" in text)
        and poster_name(text)
        and not _SENTENCE_END.search(text[:-1])
    ):
        return True
    # "※本文作者系X研究院研究员Y，观点仅代表个人。": a note naming the author after what
    # they are, one sentence however its clause after the name ends
    if text.find("作者", 0, 8) >= 0 and _noted_after_role(text):
        return True
    if len(text) > thresholds.CREDIT_MAX:
        return _source_address(text)
    if ("据" in text[:3] or "综合" in text[:4]) and attribution_line(_SELF.sub(r"\1", text, 1)):
        return True  # （据新华社）, 综合新华社、央视新闻, 本报综合X报道: the outlets followed
    if text[:1] in "【[（(" and _BRACKETED_DESK.match(text):
        return True
    if "评论员" in text and re.match(_COMMENTATOR, text):
        return True
    if (
        text[:1] in "（("
        and (match := _BRACKETED_NAMES.match(text))
        and not _NOT_A_NAME.search(match["names"])
    ):
        return True
    # "编辑 刘晓阳 校对 李铭" has no sentence in it; "审核通过后，…" does.
    sentence = SENTENCE_PUNCT.search(text) is not None
    if not sentence and (
        ((lead := _CREDIT_LEAD.match(text)) and not _says_something(text, lead.end() - 1))
        or ((_CREW_LEAD.match(text) or _QUALIFIED_CREDIT.match(text)) and _names_only(text))
        or (
            len(text) <= thresholds.BYLINE_MAX
            and (
                (_BYLINE_WORDS.search(text) and _BYLINE.match(text))
                or ("发自" in text and _GLUED_BYLINE.match(text))
                or ("文" in text and _WRITTEN_BY.match(text))
            )
        )
    ):
        return True
    if (
        _SOURCE_CREDIT.match(text)
        and not _SENTENCE_END.search(text.rstrip("。"))
        and not ((shot := _PERSON_PICTURE.match(text)) and _says_something(text, shot.end()))
        and not _describes_picture(text)
        and not ("，" in text and text.endswith("。"))  # "来源：X的数据显示，…。" is a sentence
    ):
        return True
    if ("由" in text and (_GIVEN_CREDIT.match(text) or _STORY_GIVEN_CREDIT.match(text))) or (
        not sentence and credit_row(text)
    ):
        return True
    if "作者" in text and len(text) <= thresholds.CREDIT_MAX and _AUTHOR_NOTE.match(text):
        return True
    if ("；" in text or ";" in text or "，" in text or "," in text) and credit_parts(
        text, is_credit
    ):
        return True
    if sentence:
        return False  # a caption credit has no sentence punctuation either
    if text[-1:] in "日0123456789" and _dated_picture_credit(text):
        return True
    if len(text) <= thresholds.CAPTION_CREDIT_MAX:
        return _CAPTION_CREDIT.search(text) is not None
    return (
        len(text) <= thresholds.BYLINE_MAX
        and text.endswith("摄")
        and _PHOTOGRAPHER_CREDIT.search(text) is not None
    )


# "本文作者为海港研究院研究员方敏，文章仅代表个人观点", "（作者系海港诗词学会会员 方敏）": the
# name after what the author is (glued or after a space), closing the note's first clause.
_NAME_AFTER_ROLE = re.compile(
    OPEN
    + r"(?:本文)?作者(?:系|为|為|是)(?!此)[^。！？!?，,；;了]{2,30}?(?:"
    + AUTHOR_ROLE
    + r"|[员师家])"
    r"\s?(?P<name>[\u4e00-\u9fff·]{2,3})(?=[，,。；;)）\]】]|$)"
)
_NAME_AFTER_ROLE_MAX = 2 * thresholds.CREDIT_MAX  # the note and a short clause after it


def _noted_after_role(text: str) -> bool:
    return (
        len(text) <= _NAME_AFTER_ROLE_MAX
        and _SENTENCE_END.search(text.rstrip("。！!）)】]")) is None
        and _NAME_AFTER_ROLE.match(text) is not None
    )


def noted_author(text: str) -> str | None:
    """The name an author note carries, glued after 作者 ("（本文作者方敏，系海港大学副教授）")
    or after what the author is ("本文作者为海港研究院研究员方敏，…"): the note tells who
    wrote the story, so it names the author."""
    if "作者" not in text or len(text) > _NAME_AFTER_ROLE_MAX:
        return None
    if len(text) <= thresholds.CREDIT_MAX and (match := _AUTHOR_NOTE.match(text)) and match["name"]:
        return match["name"]
    match = _NAME_AFTER_ROLE.match(text)
    return match["name"] if match else None


def _says_something(text: str, value: int) -> bool:
    """Whether the value (from ``value`` on) after a person's credit label is a clause or a slogan
    rather than names: a run of Chinese characters longer than a name, naming no outlet,
    no organisation, no role and no giver ("监制：严格按照国家标准", unlike "监制：韩冬",
    "出品：示例日报新媒体中心", "摄影：新华社记者李某"). The labels credited whatever the
    value (原标题：…, 配图：AI生成) keep theirs. Runs only on a line whose label matched."""
    label = text[:value]
    if "原" in label or "图" in label:
        return False
    if _labeled_slogan(text):
        return True  # "摄影：光与影": two words joined, a slogan however short
    for run in _PHRASE.finditer(text, value):
        if _GIVER.search(words := run[0]):
            continue
        # "编辑：这份日报陪伴了我三十年": more than a name after the last outlet's or
        # role's word ("新华社记者李某", "综合科科长张明" end in the person)
        ends = [found.end() for found in _CREDITED_BODY.finditer(words)]
        if not ends or len(words) - ends[-1] > _NAME_TAIL or _CLAUSE_WORD.search(words):
            return True
    return False


def _dated_picture_credit(text: str) -> bool:
    """A picture's credit with the day it was taken after it ("中央社记者X摄 113年3月5日",
    "记者 X 摄 2024年5月8日"), or a byline with the day it was filed ("本报记者 X 3月5日"):
    the credit before the day decides."""
    cut = max(text.rfind(" "), text.rfind("\u3000"))
    if cut < 2 or _DAY.fullmatch(text, cut + 1) is None:
        return False
    credit = text[:cut].rstrip()
    if not credit.endswith("摄"):
        # "本报记者 X 3月5日": a byline with the day it was filed
        return bool(_BYLINE_WORDS.search(credit)) and _BYLINE.match(credit) is not None
    if len(credit) <= thresholds.CAPTION_CREDIT_MAX and _CAPTION_CREDIT.search(credit):
        return True
    return _PHOTOGRAPHER_CREDIT.search(credit) is not None


def _source_address(text: str) -> bool:
    """A source's label (文章来源, 图源) with an address alone for its value, longer than a
    credit's name (a shorter one is a source credit as written). The label's 源 stands in
    the line's first characters: a bounded find (a scan of a whole paragraph for it cost
    ~600 instructions a line)."""
    return (
        len(text) <= _ADDRESS_MAX
        and text.find("源", 0, _LABEL_END) >= 0
        and _SOURCE_ADDRESS.match(text) is not None
    )


def _names_only(text: str) -> bool:
    """Whether, past its labels, a credit line names only people ("视频拍摄：陈刚 剪辑：李丽")."""
    rest = _ANY_LABEL.sub(" ", text.strip(" \u3000()（）[]【】▲△●■◆〔〕<>"))
    names = [n for n in re.split(r"[\s、,，/&|｜丨︱│┃]+", rest) if n]
    return (
        bool(names)
        and len(names) <= 8
        and all(_PERSON.fullmatch(n) or _OUTLET.fullmatch(n) for n in names)
    )


LABEL_MARKS = " \u3000[]【】〖〗()（）<>〔〕▲●■◆◎•:：︰"


def role_label_alone(text: str) -> bool:
    """A credit's role label and nothing else ("作者", "编辑：", "【责编】"), its value on
    the next line (credit_pairs): the label tests above, with a space for the separator they
    want after the label."""
    core = text.strip(LABEL_MARKS)
    return bool(core) and (
        _ANY_LABEL.fullmatch(core + " ") is not None or _BYLINE_WORDS.fullmatch(core) is not None
    )


def about_a_picture(text: str) -> bool:
    """Whether a credit (``is_credit``) belongs to a picture or a video (摄影：X, 图片来源：X,
    央视截图)."""
    return (
        _PICTURE_CREDIT.match(text) is not None
        or _CAPTION_CREDIT.search(text) is not None
        or ("由" in text and _GIVEN_CREDIT.match(text) is not None)
    )


def credited_span(lines: list[Line], body: list[Line]) -> list[Line]:
    """The story's lines (``lines`` numbered by position) with the credits the body dropped:
    a poster line between posts, and the credit lines right after its last paragraph (a
    "（李楠）" signing it off), where an author is read."""
    first = body[0].index if body else -1
    if not body or first >= len(lines) or lines[first] is not body[0]:
        return body  # not the page's lines numbered by position: the body alone
    end = body[-1].index
    while end + 1 < len(lines) and end + 1 - body[-1].index <= _SIGN_OFF_LINES:
        if not is_credit(lines[end + 1].text):
            break
        end += 1
    return lines[first : end + 1]

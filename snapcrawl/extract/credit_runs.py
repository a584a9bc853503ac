"""Credit lines told by their shape when no label test reads them: a run of role-and-name
pairs, a dateline that carries nothing but its credit, and a reporter glued to a wire
service's dateline.

``credit_lines.is_credit`` knows a credit by its label (责任编辑：X, 记者 X, 文/X). Pages
also credit a crew with roles it has no label for, each qualified by a desk or an outlet
("视觉设计：宁远", "光明日报记者 张胜 光明日报通讯员 于明"), after the platform's or the
outlet's own name ("北京日报客户端 | 记者 刘苏雅", "澎湃号·湃客 作者：林深"), with an
account's handle for a name ("UP主：示例阿伟"); and a wire story may set its dateline on a
line of its own, with only the credit after it ("新华社华盛顿12月2日电（记者 熊茂伶）",
"中央社記者林志明台北3日電", "記者林志明／台北報導"). What makes each a credit is the same
shape: a role word, then names and nothing else, no sentence. The same dateline with the
story's first sentence after it is the story's (it has a sentence's punctuation).
"""

from __future__ import annotations

import re

from snapcrawl.extract import thresholds
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.vocab import SENTENCE_PUNCT
from snapcrawl.extract.word_trie import any_of

# The roles a crew or a byline credits, simplified and traditional (记者/記者); a desk or an
# outlet may qualify each (视觉设计, 动画制作, 光明日报通讯员, 原文作者).
_ROLE_WORDS = (
    *("记者", "記者", "通讯员", "通訊員", "实习生", "作者", "撰文", "撰稿", "采写", "执笔"),
    *("编辑", "編輯", "责编", "校对", "审核", "审校", "终审", "监制", "主编", "美编", "统筹"),
    *("策划", "设计", "制作", "剪辑", "摄影", "摄像", "拍摄", "配音", "文案", "后期", "动画"),
    *("编译", "翻译", "整理", "出品", "运营", "插画", "视觉", "海报", "UP主", "文并摄"),
    *("配图", "插图", "头图", "题图", "封面图", "制片", "編譯", "翻譯"),
    *("制图", "漫画", "手绘", "主播"),  # crew roles credit_lines knows alone (CREW_LABEL)
)
# Roles read only before a colon or a bar ("技术支持：X", "动效：X"): before a space they
# are words of a sentence ("大力支持 积极配合", "一校一策"). Besides support and credits to
# organisations: the stages of proofreading (一校, 二校, 编校), a broadcast's crew (主持,
# 播音, 导播, 朗读, 出镜, 录音), the field and the drafting of a report (航拍, 调研, 统稿,
# 审定), who files for a government's or a school's site (信息员, 指导老师), and who checks
# a translation (校译, 译审).
_COLON_ROLE_WORDS = (
    *("支持", "鸣谢", "动效", "交互"),
    *("一校", "二校", "三校", "初校", "终校", "编校"),
    *("主持", "播音", "导播", "朗读", "解说", "出镜", "录音"),
    # a film's or a programme's crew besides (导演, 编剧, 配乐, 混音, 调色, 美术, 灯光, 跟拍)
    *("导演", "编剧", "配乐", "混音", "调色", "美术", "灯光", "跟拍", "音效", "字幕"),
    *("航拍", "调研", "统稿", "定稿", "审定", "信息员", "指导老师", "指导教师"),
    # a translation's checks (校译, 审译, 译校, 译审) and a text's (审订, 审读, 校审)
    *("校译", "审译", "译校", "译审", "审订", "审读", "校审"),
)
# Accounts on a platform, credited by their handle (头条号：X, 抖音号：X).
_ACCOUNT_WORDS = ("头条号", "企鹅号", "百家号", "大鱼号", "抖音号", "快手号", "视频号", "UP主")
_ROLE_GATE = re.compile(
    any_of((*_ROLE_WORDS, *_COLON_ROLE_WORDS, *_ACCOUNT_WORDS, "文", "图", "转"))
)


def _alternatives(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_ROLE_WORD = _alternatives(_ROLE_WORDS)
_COLON_ROLE_WORD = _alternatives((*_ROLE_WORDS, *_COLON_ROLE_WORDS))
# Before a colon or a bar any short qualifier may stand (视觉设计：X, 原文作者：X); before a
# space only an outlet's name ("光明日报通讯员 于明"): "精心策划 周密部署" is a slogan.
_OUTLET_END = r"(?:网|报|社|台|刊|端|号|氪|媒体|中心|新闻|财经)"
_ROLE = (
    r"(?:[^\s:：|｜丨/／，,、]{0,8}?" + _COLON_ROLE_WORD + r"|文|图)\s*[:：︰|｜丨/／】\]〕]\s*"
    r"|(?:[^\s:：|｜丨/／，,、]{1,10}?" + _OUTLET_END + r")?(?:" + _ROLE_WORD + r"|文|图)\s+"
)
_ACCOUNT = "|".join(_ACCOUNT_WORDS)
# A name: two to four Chinese characters (a transliteration with "·"), or one to three
# capitalised Latin words; a list of them set apart by 、 or spaces. An outlet may stand
# before the names ("文/观察者网 王世纯", "文 / 36氪 李小佳").
_NAME = (
    r"(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,8}"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
)
_OUTLET = r"(?:[\u4e00-\u9fffA-Za-z0-9+·]{2,10}?(?:网|报|社|台|刊|端|号|氪|媒体|中心|财经|科技)\s+)"
# "文／記者王小明": the reporter's role glued to the names after another role's separator,
# maybe with the outlet speaking of itself ("撰文／本报记者X 摄影／本报记者Y").
_STAFF = r"(?:(?:本报|本台|本刊|本网)?(?:记者|記者))"
_NAMES = (
    _OUTLET
    + r"?"
    + _STAFF
    + r"?"
    + _NAME
    + r"(?:\s*[、和]\s*"
    + _NAME
    + r"|\s+"
    + _NAME
    + r"(?=\s|$))*"
)
# An organisation credited for its support or its share of the work ("技术支持：示例科技",
# "联合出品：示例日报 示例电视台"): a short name that ends in what organisations are called.
_ORG = (
    r"[\u4e00-\u9fffA-Za-z0-9·]{1,14}?(?:公司|集团|科技|研究院|研究所|中心|博物馆|大学|学院"
    r"|电视台|卫视|数据|网|社|台|报|馆)"
)
_VALUE = rf"(?:{_NAMES}|{_ORG}(?:\s*[、\s]\s*{_ORG})*(?=\s|$|[】\]〕)）]))"
_HANDLE = r"[\w\u4e00-\u9fff·-]{2,12}"
# "转载自 | X": where the story was taken from, an outlet or an account's name.
_TAKEN_FROM = r"(?:转载自|转载于|转自)\s*[:：︰|｜丨]\s*[\w\u4e00-\u9fff·（）()：:-]{2,24}"
_PAIR = rf"(?:(?:{_ROLE}){_VALUE}|(?:{_ACCOUNT})(?:\s*[:：︰|｜丨]\s*|\s+){_HANDLE}|{_TAKEN_FROM})"
# What may stand before the run: the outlet or the platform column it writes for, ended by a
# space or a bar ("北京日报客户端 | ", "澎湃号·湃客 ", "观察者网 ").
_LEAD = (
    r"(?:[^\s:：|｜丨/／，,]{2,12}?(?:网|报|社|台|刊|端|号|客|媒体|中心|新闻)"
    r"\s*(?:[|｜丨]\s*|\s))?"
)
# Each pair is followed by a separator and the next pair, or by the line's end: the pair is
# written once in the pattern (each Chinese character class costs ~1 ms to compile).
_CLOSE = r"[\s】\]〕)）]*$"
_RUN = re.compile(
    r"^[\s【\[〔(（]*"
    + _LEAD
    + r"(?:"
    + _PAIR
    + r"(?:(?:\s*[|｜丨/／；;]\s*|\s+)(?=[^\s】\]〕)）])|(?="
    + _CLOSE
    + r")))+"
    + _CLOSE
)
# "新华社华盛顿12月2日电", "南方日报讯": the outlet's dateline, then only its credit; the
# reporters may be glued to their role in it ("（记者王立彬、于文静）").
_DATELINE = re.compile(
    r"^\s*[\u4e00-\u9fffA-Za-z·]{2,24}?(?:(?:\d{1,2}月)?\d{1,2}日\s*(?:快|专|專|急)?[电電]|[讯訊])"
    r"\s*[(（]?\s*(?P<credit>[^()（）]{3,36}?)\s*[)）]?\s*$"
)
_GLUED_REPORTER = re.compile(
    r"^[^\s（(]{0,12}?(?:记者|記者|通讯员|实习生)\s*" + _NAME + r"(?:\s*[、\s]\s*" + _NAME + r")*$"
)
# "中央社記者林志明台北3日電": outlet, reporter and name glued to the place and the day.
# "記者林志明／台北報導", "〔記者王小明／台北報導〕": the reporter (maybe a space after the
# role: "記者 蔡宜君／台中報導"), a slash, where they filed;
# "〔編譯林家宏／綜合報導〕": the translator of a story compiled from wires, the same way.
# The outlet may stand before them behind its own slash ("【聯合報／記者王小明／台北即時報導】"),
# and the wire may call its dateline a special dispatch ("台北7日專電"). A space may set the
# place apart as a slash does ("记者王小明 哈尔滨报道"); behind the outlet's slash the
# reporter may stand alone ("聯合報／ 記者王小明").
_WIRE_BYLINE = re.compile(
    r"^[\s〔【\[(（]*(?:(?P<outlet>[\u4e00-\u9fff]{2,8}\s*[/／])\s*)?[\u4e00-\u9fff]{0,6}"
    r"(?P<role>[记記]者|[编編][译譯])\s*(?P<name>[\u4e00-\u9fff]{2,3})"
    r"(?:[\u4e00-\u9fff]{2,6}?\d{1,2}日[专專]?[电電]"
    r"|(?:\s*[/／]\s*|\s+)[\u4e00-\u9fff]{2,8}?(?:报道|報導|报导)|(?(outlet)(?=[\s〕】\])）]*$)|(?!)))"
    r"[\s〕】\])）]*$"
)
_RUN_MAX = thresholds.CREDIT_MAX + thresholds.BYLINE_MAX  # a crew of four or five, one line


# "北塘日报全媒体记者钟子期　通讯员符小芸", "本报记者王立　实习生陈晓": reporters glued to
# their role, one pair a word, maybe after the outlet. One pair alone is a credit only after
# an outlet or a desk ("记者来信", a column's name, has neither): two pairs name a crew.
_GLUED_PAIR = re.compile(
    r"(?P<outlet>[^\s:：|｜丨/／，,、]{0,10}?(?:" + _OUTLET_END + r"|本报|本台|本刊|本网))?"
    r"(?:全媒体|融媒体|见习|实习|特约|首席)?(?:记者|記者|通讯员|通訊員|实习生|實習生)"
    r"(?P<name>[\u4e00-\u9fff·]{2,4})"
    # "…记者X摄影Y": the photographer glued after the reporter, the same way
    r"(?:(?:摄影|攝影|摄|攝)(?P<photo>[\u4e00-\u9fff·]{2,4}))?"
)


def _glued_pairs(text: str) -> bool:
    """Whether ``text`` is only reporters glued to their roles (see ``_GLUED_PAIR``)."""
    words = text.split()
    if len(words) > 4:
        return False
    matches = [_GLUED_PAIR.fullmatch(word) for word in words]
    if not all(
        m is not None and is_name(m["name"]) and (m["photo"] is None or is_name(m["photo"]))
        for m in matches
    ):
        return False
    return len(matches) >= 2 or (matches[0] is not None and matches[0]["outlet"] is not None)


def credit_run(text: str) -> bool:
    """Whether ``text`` is a credit by its shape alone: role-and-name pairs with maybe the
    outlet before them, a dateline with only its credit after it, or a wire service's
    reporter glued to the dateline. A line with a sentence's punctuation never is (a
    semicolon row is split into its credits before, by ``credit_lines``)."""
    if len(text) > _RUN_MAX or SENTENCE_PUNCT.search(text):
        return False
    if not _ROLE_GATE.search(text):  # one trie scan before the patterns
        return False
    if _RUN.match(text):
        return True
    if ("者" in text or "员" in text or "員" in text or "生" in text) and _glued_pairs(text):
        return True
    if ("电" in text or "電" in text or "讯" in text or "訊" in text) and (
        match := _DATELINE.match(text)
    ):
        credit = match["credit"]
        return _RUN.match(credit) is not None or _GLUED_REPORTER.match(credit) is not None
    return ("记" in text or "記" in text or "译" in text or "譯" in text) and _WIRE_BYLINE.match(
        text
    ) is not None


# One role and its names inside a run, for the readers: the outlet before the role is left out.
# Compiled on first use (re's cache): only a page with such a credit line needs it.
_READ_PAIR = (
    r"(?P<role>"
    + _ROLE_WORD
    # 文 before its mark, or before a space and a name as credit_run's _ROLE takes it ("文 X ｜
    # 摄影 Y": the writer's credit is read, not only the camera's)
    + r"|(?<![\u4e00-\u9fff])文(?=\s*[:：︰|｜丨/／】\]〕]|\s+[\u4e00-\u9fff]))"
    + r"\s*(?:[:：︰|｜丨/／】\]〕]\s*|\s+)?"
    + _OUTLET
    + r"?"
    + _STAFF
    + r"?(?P<names>(?!"
    + _ROLE_WORD
    + r")"
    + _NAME
    + r"(?:\s*[、和]\s*"
    + _NAME
    + r")*)(?![\u4e00-\u9fff])"
)
# "记者李上见习记者王文杰": two reporters, each glued to a role, with no mark between; the
# second role says where the first name ends.
_GLUED_STAFF = re.compile(
    r"(?:记者|記者)(?P<first>[\u4e00-\u9fff]{2,3}?)(?:见习|實習|实习|特约|首席)?(?:记者|記者)"
    r"(?P<second>[\u4e00-\u9fff]{2,3})$"
)
_READ_ROLES = {"記者": "记者", "通訊員": "通讯员", "編輯": "编辑", "文": "作者"}


def run_reading(text: str) -> str | None:
    """A credit ``credit_run`` accepts, as the author and editor readers (credits.py,
    editor_credits.py) read one: each role, in its common form, with its names after a
    colon, the outlets and the dateline left out ("新华社北京12月3日电 记者周琳" ->
    "记者：周琳", "光明日报记者 张胜 光明日报通讯员 于明" -> "记者：张胜 通讯员：于明");
    ``None`` for any other line."""
    if not credit_run(text):
        return None
    if (
        "者" in text
        and (glued := _GLUED_STAFF.search(text)) is not None
        and is_name(glued["first"])
        and is_name(glued["second"])
    ):
        return f"记者：{glued['first']}、{glued['second']}"
    if (wire := _WIRE_BYLINE.match(text)) is not None:
        return ("记者：" if wire["role"] in ("记者", "記者") else "编译：") + wire["name"]
    if (dateline := _DATELINE.match(text)) is not None:
        text = dateline["credit"]
    pairs = [
        f"{_READ_ROLES.get(m['role'], m['role'])}：{m['names']}"
        for m in re.finditer(_READ_PAIR, text)
    ]
    return " ".join(pairs) or None

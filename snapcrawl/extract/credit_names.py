"""What a credited name looks like: the value after 作者：, 记者, 责任编辑： cut to one name or a
list of names, or refused.

Every credit reader (the author and editor lines, a WeChat account's credit, a bar segment)
hands its value here, so that "记者从市交通局获悉" never becomes an author and a staff code,
a dateline's place, the meta line's next label or the outlet before a name never stays in
one.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import AUTHOR_ROLE, CREDIT_LABEL, CREW_LABEL, OPENING_LABEL
from snapcrawl.extract.credit_person import is_long_pen_name, is_name
from snapcrawl.extract.credit_roles import is_role
from snapcrawl.extract.dates import date_spans
from snapcrawl.extract.pinyin_names import is_pinyin_of
from snapcrawl.extract.vocab import OUTLET_SHAPE, REPORT_WORDS
from snapcrawl.extract.writer_kinds import without_writer_kind, writer_kind

# An office named by its function alone ("秘书处", "办公室", "宣传部"): the desk that posted
# the page, not a person; a unit named with its own name ("医技药剂党支部") is read apart.
_BARE_OFFICE = (
    r"^(?:秘书|办公|宣传|综合|组织|人事|外联|新闻|信息|党政|行政|秘書|辦公|宣傳|綜合|組織|資訊|黨政)"
    r"(?:处|處|室|部|科|办|辦|中心)$"
)
_MAX_NAMES = 6  # "执笔人：甲乙 丙丁 戊己 庚辛 壬癸": a team credits five or six
# Credit words that end a name list: "编辑 刘晓阳 校对 李铭" gives 刘晓阳; a role's title
# goes with it ("首席记者 X　见习记者 Y" gives X, not "X 见习").
_STOP = (
    "(?:见习|見習|首席|特约|特約)(?:记者|記者|编辑|編輯|摄影|攝影|评论员|評論員)|"
    "责任编辑|责编|编辑|校对|审核|审校|监制|统筹|主编|终审|初审|复审|值班|作者|记者|通讯员|"
    "实习生|撰文|采写|执笔|摄影|摄像|图片|视频|来源|出品|策划|设计|制图|美编|整合|整理|报道|发布|"
    "编译|原创"
)
_STAFF_CODE = re.compile(r"(?:[_\s-]+[A-Za-z]{1,4}\d{2,})+$")
NAME_BREAK = re.compile(r"[，。！？；,!?;:：“”「」\"()（）\[\]【】<>《》]")
# "作者：见习编辑 李琼皙": a trainee's rank on the desk (见习/实习 编辑) before the writer's name
# is a role too; a bare 编辑 is not cut here (it is the next credit's label: STOP_RE).
_ROLE_PREFIX = re.compile(
    r"^\S{0,10}?(?:(?:见习|見習|實習|实习|特约|特約|首席)?(?:记者|記者|作者|撰稿人?|研究员|研究員|分析师|分析師)"
    r"|(?:见习|見習|实习|實習)(?:编辑|編輯))\s*(?=\S)"
)
# The writer's desk or firm before the name ("教研室 陈思", "北辰律师事务所 张晓芸"): a word
# ending in a unit's name, longer than a person's name ending so could be.
# A school, a faculty or a hospital's department ("化学与材料学院 X", "中文系 X", "心内科 X")
# likewise: a clinical department ends in the body part or the patients it treats.
_UNIT_FIRST = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,10}(?:室|部|中心|小组|课题组|事务所|研究所|工作室|学院|学系|系|医院)"
    r"|[\u4e00-\u9fff]{0,10}[内外儿妇产眼骨]科)$"
)
# A word of time a story opens with ("日前，", "昨天上午"): after a dateline's names, the
# story has begun; no one is named so.
_STORY_TIME = frozenset(
    (
        *("日前", "近日", "近期", "昨日", "昨天", "今天", "今日", "前日"),
        *("前天", "当天", "当日", "本周", "上周", "目前", "此前", "日内"),
    )
)
# A profession's title glued after a person's name ("张晓芸律师", "王建国教授"), or the
# form a congregation addresses its members by ("黃恩慈姊妹", "李约翰弟兄", "陈牧师").
_TITLE_AFTER = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3})(?:律师|律師|医生|醫生|医师|醫師|教授|博士|老师|老師|"
    r"姊妹|姐妹|弟兄|牧师|牧師|传道|傳道|神父|修女|长老|長老)$"
)


# What a writer is, set after the name by a space ("蒋一鸣　研究员", "X 助理研究员"): the
# name's title, never a second name.
# (AUTHOR_ROLE's words, and a reader-writer's occupation as a traditional page writes it:
# "作者：李兆清 江蘇南通 職員")
_TITLE_WORD = re.compile(
    r"(?:助理|副|高级|高級|资深|資深|首席)?(?:"
    + AUTHOR_ROLE
    + r"|职员|職員|教師|學生|記者|編輯|律師|醫生|醫師)"
)
_ROLE_CHARS = frozenset("文图圖")  # a one-character role word; no name is one character
_ET_AL = frozenset({"等", "等人"})
_ITEM_SEP = re.compile(r"\s*[；;]\s*")


def _titled_list(value: str) -> str | None:
    """The names of a list whose items are each a name and its titles, parted by
    semicolons ("蒋一鸣　研究员；鲍晓雨　助理研究员"), else ``None``."""
    names = []
    for item in _ITEM_SEP.split(value):
        words = item.split()
        if not words or not is_name(words[0]):
            return None
        if not all(_TITLE_WORD.fullmatch(w) for w in words[1:]):
            return None
        names.append(words[0])
    return " ".join(names) if len(names) > 1 else None


def _story_begins(names: list[str]) -> int:
    """The position of the first of ``names`` that is a word of time opening the story
    (0 when none: the first is never cut)."""
    for i, name in enumerate(names[1:], 1):
        if name[:2] in _STORY_TIME:
            return i
    return 0


# Names joined by a Latin comma with no space, as a data terminal lists a report's analysts
# ("邱文涛,方可馨"); a note after a name ("方敏，海港大学教授") takes the Chinese comma.
_COMMA_LIST = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:,[\u4e00-\u9fff·]{2,4})+$")
_LIST_SEP = re.compile(r"\s*[、,，&＆]\s*|\s+")
# ... and an editor's mark on the text where a closing credit's name would stand
# ("（節錄）", "（待续）"): what was done to the piece, not who wrote it; so is a desk's
# "compiled from reports" where the writer would stand ("聯合新聞網／綜合報導").
_NOT_NAMES = re.compile(
    r"整理|佚名|未知|匿名|网友|本站|网络|admin|管理员|编辑部$|综合报道|綜合報導|綜合報道|"
    r"^(?:节录|節錄|节选|節選|摘录|摘錄|待续|待續|未完|综合|綜合)$|" + _BARE_OFFICE,
    re.IGNORECASE,
)
# The buttons an encyclopedia's or a forum's edit bar puts after its 编辑 button
# ("编辑 锁定 讨论"): where an editor's name would stand, and no one's. Likewise a toolbar's
# print button and font-size switch after a blank "文字：" field ("文字： 大 中 小 打印").
_EDIT_BAR = re.compile(
    r"锁定|讨论|上传|收藏|分享|历史版本|打印|列印|^[大中小](?:[ \u3000]+[大中小]){1,2}(?!\S)"
)
# A CMS's word for a story its robot fetched ("责任编辑人：智能抓取"): a machine, no one,
# whatever the credit (a staff code may stand where a name would; this never does).
_MACHINE = re.compile(r"抓取|(?:自动|智能|机器)采集")
# "方 敏": a two-character name padded to the width of three-character ones.
_PADDED_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
)
_DIGIT = re.compile(r"\d")
# An outlet's name before the author's ("文 / 36氪 李明", "文/钛媒体 陈晨"): what no personal
# name ends in (a paper, a site, an agency, a station: 经济观察报, 環球時報, 观察者网, 新华社;
# three characters at least, where a two-character name could end in one of them), or a
# name with digits or Latin letters in it.
_OUTLET_FIRST = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}(?:日报|晚报|商报|时报|時報|周刊|週刊|周末|新闻|新聞|媒体|媒體|传媒|傳媒"
    r"|财经|財經|客户端)|[\u4e00-\u9fff]{2,8}[网網报報社台臺]"
    r"|(?=[^\u4e00-\u9fff]*[0-9A-Za-z])(?=.*[\u4e00-\u9fff])[\u4e00-\u9fff0-9A-Za-z+]{2,10})$"
)
# An app's name: a word, then APP or 客户端 ("虎嗅 APP", "南方+客户端").
_APP_WORDS = ("APP", "App", "app", "客户端")
_APP_WORD_MAX = 12
# The next credit's label, with the outlet's qualifier before it ("X｜本文编辑：Y", "X 本报
# 记者 Y": 本文 belongs to the label, not to the name before it).
STOP_RE = re.compile(r"\s*(?:本文|本期|本报|本報|本刊|本网|本網)?(?:" + _STOP + r")")
# What ends a byline's value besides a credit word: the meta line's next label (时间：,
# 出自[…], 阅读(1660), any "X：", a picture's "图/" or "摄影 |") and a place glued to its
# dateline ("林木 杭州报道"); a toolbar's "我要评论(2)" after the name goes whole.
LABEL_END = re.compile(
    r"\s*(?:我要|我来|我來)?(?:时间|日期|出自|阅读|点击|浏览|评论|发表|人气|回复|字号|字体)"
    r"|\s+[^\s:：]{1,6}\s*[:：]|\s+(?:图片?|摄影?|视频)\s*[/／|｜丨]"
    # the picture's role set apart by spaces (maybe after a bar) before its own name ("文
    # X ｜ 图 Y", "文 X　图 Y"): the next credit, not a name of this one
    r"|(?:\s*[|｜丨/／]\s*|\s+)(?:图片?|摄影?|摄像|视频)\s+(?=[\u4e00-\u9fff·]{2,4}(?:$|[\s|｜丨]))"
    # the picture's credit glued on by its own <span> ("文 | 林然图 | 何远"): a name follows
    r"|(?<=[\u4e00-\u9fff]{2})(?:图片?|摄影|视频)\s*[|｜丨/／]\s*(?=[\u4e00-\u9fff]{2,4}(?:$|\s))"
    r"|\s+[\u4e00-\u9fff]{2,8}(?:报道|报导|報導|報道|电|電)(?=$|[\s)）])|\s*[发發]自[\u4e00-\u9fff]{2,8}"
    # "歐陽嘉欣 報道": the report word alone after the names; "X 6月11日": the day filed
    r"|\s+(?:报道|报导|報導|報道)(?=$|[\s)）】〗])|\s+\d{1,2}月\d{1,2}日"
    # "陳明報導": the report word glued to the name's end (记者陳明報導), not a desk's 综合报道
    r"|(?<=[\u4e00-\u9fff])(?<!综合)(?<!綜合)(?:报道|报导|報導|報道)$"
    # a lone dot set apart by spaces between segments ("作者 | X · 排版 | Y")
    r"|\s+[·•]\s+"
    r"|\s*[/／]\s*[\u4e00-\u9fff]{2,8}?(?:报道|报导|報導)"  # "蔡宜君／台中報導": where they filed
    # the next label glued to the name, its colon after it ("陳曉楠出版：2024-12-04"), or
    # the page's address for corrections or tips ("编辑：X纠错：…@qq.com", "X邮箱：…")
    r"|(?:出版|发布|發佈|發布|更新|来源|來源|編輯|時間|发表|發表)(?:时间|時間|日期)?\s*[:：]"
    r"|(?:纠错|糾錯|邮箱|郵箱|电话|電話)\s*[:：]"
)
# A reporter's credit with the place it was filed from glued between the name and the report
# word, no slash or space to set it apart ("記者潘姿羽台北報導", "记者王明北京电"): a
# Taiwanese paper's bracket before the story. The place is one of the cities reporters
# file from; a name before it is cut there, nothing else is.
_FILED_WORDS = (*REPORT_WORDS, "電", "电")
_FILING_PLACES = (
    "台北", "臺北", "新北", "桃園", "桃园", "台中", "臺中", "台南", "臺南", "高雄", "基隆",
    "新竹", "苗栗", "彰化", "南投", "雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東", "臺東",
    "澎湖", "金門", "香港", "澳門", "澳门", "北京", "上海", "廣州", "广州", "深圳", "南京",
    "綜合", "综合", "華盛頓", "华盛顿", "紐約", "纽约", "東京", "东京", "倫敦", "伦敦", "巴黎",
)  # fmt: skip


def _without_filing_place(value: str) -> str:
    """``value`` without the filing place and report word glued after its name (see
    ``_FILING_PLACES``), else as it is."""
    stem = value[:-2] if value.endswith(REPORT_WORDS) else value[:-1]
    for place in _FILING_PLACES:
        if (
            stem.endswith(place)
            and (name := stem[: -len(place)].strip())
            and all(is_name(part) for part in name.split("、"))  # "王明、李四台北報導"
        ):
            return name
    return value


# "乔治 (George Lane)": a name with its original in brackets, kept whole.
_TRANSLITERATED = re.compile(
    r"^[\u4e00-\u9fff·]{2,6}\s*[(（][A-Za-z][A-Za-z .'-]{1,40}[)）](?=\s*$)"
)
_SEPARATORS = " \u3000|｜丨/／;；,，、"
# What the writer did besides writing, glued after the name by a slash ("（记者张可／文图）",
# "X/摄"): a role, not part of the name; so is the next credit's role a bar sets after the
# name, its colon read as the value's end ("文：X｜圖：Y" gives "X｜图").
_WRITER_ALSO = re.compile(r"\s*[/／|｜丨]\s*(?:文图|图文|文[/／]图|文|图|摄影?|攝影?|圖文|文圖)$")
_WRITER_ALSO_ENDS = ("文", "图", "摄", "影", "圖", "攝")
_TRAILING_MARK = re.compile(r"\s+[^\w\s（）()\[\]【】〔〕.·]{1,3}$")
# The next credit of a row after a space: a role word and its bar or slash ("X　剪辑 / Y",
# "X  视觉 | Y"). Compiled on first use (re's cache), for a value with a bar or a slash.
_NEXT_CREDIT = r"\s+(?:" + CREDIT_LABEL + "|" + CREW_LABEL + r")\s*[|｜丨︱│┃/／]"
_BARS_OR_SLASHES = "|｜丨︱│┃/／"
# A word set apart by spaces that joins two credits or two names ("记者 X 及 实习生 Y"): a
# list's mark, no part of a name.
_JOINED_BY_WORD = re.compile(r"(?<=\S)[ \u3000]+(?:及|和|与|與|以及|暨)(?=[ \u3000]|$)")
# Any role by its form set apart by a space before its bar ("J. Wen　　校阅丨K. Ho"): the
# next credit of the row, where no listed label stands.
_SPACED_ROLE = re.compile(r"\s+([\u4e00-\u4e27\u4e29-\u9fff]{2,6})\s*[|｜丨︱│┃/／]")
_MARKUP = re.compile(r"[=<>\"{}]")  # an attribute or a template left unrendered
# A word glued to the role, before the value's end or the next field ("海鸥编辑", "本网编辑组
# 时间：…", "站内小编"): a desk.
_DESK_EDITORS = re.compile(
    r"^[\u4e00-\u9fff]{1,4}(?:编辑|編輯|小编|小編)(?:部|组|組)?(?=$|[\s|｜/／])"
)
# A speaker's turn in a transcript: words, a comma, a clause asking ("那您呢，后来怎么打算？").
_QUESTION_TURN = re.compile(r"^[^\s|｜/／,，]{1,12}[，,][^\n]*[？?]$")


def _next_role(value: str) -> re.Match[str] | None:
    """The next credit's role by its form in a row's value (``_SPACED_ROLE``), if any."""
    for match in _SPACED_ROLE.finditer(value):
        if is_role(match[1]):
            return match
    return None


def _name_max(name: str) -> int:
    """The most characters a Chinese name may have: six, or fifteen for a name written with
    its parts set apart by "·" (阿依古丽·买买提, 热依拉·艾买提: Uyghur, Tibetan, foreign names),
    or by the dots older pages typed in its place ("黛娜•罗森伯格", "・", "‧")."""
    return 15 if any(dot in name for dot in _NAME_DOTS) else 6


_NAME_DOTS = "·•・‧"


def clean_name(value: str | None, *, allow_staff: bool = False) -> str | None:
    """``value`` as one name or a list of names, or ``None`` when it is not name-shaped.

    A trailing staff code (杨倩_NF4425, 韩保林 PK155) is cut; a value that is only a code
    (HN666) is kept. ``allow_staff`` keeps a role word such as 系统管理员, which a page may
    name as its editor of record.
    """
    if not value:
        return None
    # "编辑 · X", "责编 • X": a dot set between the role and the name as its separator
    value = value.strip(" \u3000:：|｜/／").lstrip("·・•‧ \u3000")
    # "南都见习记者 林子沛", "观察者网专栏作者 王文"; the separator after a role cut from
    # the middle of the value goes too ("海港晚报，作者｜林木")
    if (cut := _ROLE_PREFIX.sub("", value)) is not value:
        value = cut.lstrip(_SEPARATORS)
    # "本刊特约 邓雁霞": what the writer is before the name; "駐站作家" alone names no one
    value = without_writer_kind(value)
    if writer_kind(value):
        return None
    # "作者：责任编辑：X", "编辑 发表于:…", 'size="20"': the label's value is empty (the next
    # label or a toolbar word follows it) or markup, and names no one.
    if STOP_RE.match(value) or LABEL_END.match(value) or _MARKUP.search(value):
        return None
    # "编辑：海鸥编辑", "编辑：本网编辑组": the desk's editors, a word glued to the role, no one
    if _DESK_EDITORS.match(value):
        return None
    # "记者：那您呢，后来怎么打算？": an interview's turn, the reporter's question after the
    # label; a credit never ends asking
    if value.endswith(("？", "?")) and _QUESTION_TURN.match(value):
        return None
    # "文字编辑：题图来源：…": a blank field, the next label's word after it
    if ("：" in value[:8] or ":" in value[:8]) and OPENING_LABEL.match(value):
        return None
    if " " in value and _JOINED_BY_WORD.search(value):  # "X 及 实习生 Y", "X 和 Y"
        value = _JOINED_BY_WORD.sub("", value).rstrip()
    if value[-1:] in _WRITER_ALSO_ENDS and (also := _WRITER_ALSO.search(value)):
        value = value[: also.start()]  # "张可／文图": what the writer did besides, not a name
    if (
        ("," in value or "，" in value)
        and not _COMMA_LIST.match(value)  # "邱文涛,方可馨": read below, set apart by spaces
        and (listed := comma_list(value))
    ):
        return listed  # "A, B, C, D, 以及 E": every name, not the first
    if "】" in value:  # "王一】据路透社12月9日报道": the credit's bracket closes before the story
        value = value[: value.index("】")]
    if value.endswith(_FILED_WORDS):
        value = _without_filing_place(value)  # "潘姿羽台北報導": the name, then where it was filed
    if stop := LABEL_END.search(value, 2):
        value = value[: stop.start()]
    if any(c in _BARS_OR_SLASHES for c in value[2:]) and (
        (stop := re.search(_NEXT_CREDIT, value)) or (stop := _next_role(value))
    ):
        value = value[: stop.start()]
    if stop := STOP_RE.search(value, 1):
        value = value[: stop.start()]
        # "赵凯 本报实习生 钱晨": the word glued to the next role is its outlet, not a name
        # (or its desk: "X　核稿编辑／Y"); a full-width space sets it apart as well
        # (a one-character word is the second half of a padded name: "卓　雅　通讯员"). A
        # role set apart by a space of its own ("A　B　C　通讯员　D") follows a name, not an
        # outlet.
        space = max(value.rfind(" "), value.rfind("\u3000"))
        if space > 0 and len(value) - space > 2 and not stop[0][:1].isspace():
            value = value[:space]
    if kept := _TRANSLITERATED.match(value):
        chinese, _, latin = kept.group(0).replace("（", "(").partition("(")
        if is_pinyin_of(chinese.strip(), latin.rstrip(")）")):  # "濮静 (Pu Jing)": the name again
            return chinese.strip()
        return kept.group(0)
    if _DIGIT.search(value) and (spans := date_spans(value)):
        value = value[: spans[0][0]]  # "李华 2024-03-05 10:00": the meta line's time
    # a cut before the next label leaves the separator that stood before it: "刘恒 |" of
    # "作者：刘恒 | 责编：吴鹏"
    # (or "〈撰文：X｜編輯：Y〉"'s angle bracket: a closing bracket of any shape ends the name)
    value = re.split(r"[）)\]】〗〕〉>]", value, maxsplit=1)[0].rstrip(_SEPARATORS).strip()
    # likewise any mark a row sets between its credits ("钮依依 ◆" of "记者：钮依依 ◆ 编辑：
    # X", "✕", "＊", "+", "▏"): a symbol set apart by a space is no part of a name
    if value[-1:] and not value[-1].isalnum() and (mark := _TRAILING_MARK.search(value)):
        value = value[: mark.start()]
    if "," in value and _COMMA_LIST.match(value):  # "邱文涛,方可馨": a data page's list
        value = value.replace(",", " ")
    if ("；" in value or ";" in value) and (listed := _titled_list(value)):
        return listed
    if NAME_BREAK.search(value):
        value = NAME_BREAK.split(value, maxsplit=1)[0].strip()
        if value[-1:] in _WRITER_ALSO_ENDS and (also := _WRITER_ALSO.search(value)):
            value = value[: also.start()]  # "X｜圖：Y": the next credit's role, cut at its colon
    coded = _STAFF_CODE.sub("", value).strip()
    value = coded or value
    if (
        not value
        or (_NOT_NAMES.search(value) and not allow_staff)
        or _EDIT_BAR.search(value)
        or _MACHINE.search(value)
    ):
        return None
    if value.endswith(_APP_WORDS) and _app_name(value):
        return None  # "文 | 虎嗅 APP": an app's name, the outlet the story is from
    slashed = False
    if "／" in value or "/" in value:
        value = _without_place(value)
        slashed = _names_between_slashes(value)
    names = [n for n in (_LIST_OR_SLASH if slashed else _LIST_SEP).split(value) if n]
    if len(names) > 1 and (_OUTLET_FIRST.match(names[0]) or _UNIT_FIRST.match(names[0])):
        names = names[1:]  # "36氪 李明" after 文/: the outlet the author writes for; the
        value = value[value.index(names[0]) :]  # desk or firm ("教研室 陈思") likewise
    if len(names) > 1 and names[0] in _ROLE_CHARS:
        # "文 图 王明": the second of two roles set apart by a space, not a name
        names = names[1:]
        value = value[value.index(names[0]) :]
    if len(names) > 1 and names[-1] in _ET_AL:
        # "訾文博 等": the first of a list of writers, the rest unnamed
        value = value[: value.rindex(names[-1])].rstrip(" \u3000、")
        names = names[:-1]
    if len(names) > 1 and _TITLE_WORD.fullmatch(names[-1]):
        # "蒋一鸣 研究员": the writer's title after the name
        value = value[: value.rindex(names[-1])].rstrip(" \u3000、")
        names = names[:-1]
        if len(names) == 2 and is_name(names[0]) and not is_name(names[1]):
            # "李兆清 江蘇南通 職員": where the writer lives or works, before the title
            value, names = names[0], names[:1]
    if len(names) > 1 and (late := _story_begins(names)):
        # "记者/周小雨 日前，…": the story's first word after the names, not a name
        names, value = names[:late], value[: value.index(names[late])].rstrip(" \u3000、")
    if names and (titled := _TITLE_AFTER.match(names[-1])):
        # "张晓芸律师": a profession's title after the last name
        value = value[: len(value) - len(names[-1])] + titled["name"]
        names[-1] = titled["name"]
    if not names or len(names) > _MAX_NAMES or len(value) > 36:
        return None
    if any(len(n) > 12 or n.isdigit() for n in names):
        return None
    if any(
        re.search(r"[\u4e00-\u9fff]", n) and len(re.sub(r"[A-Za-z]", "", n)) > _name_max(n)
        for n in names
    ):
        return None  # a Chinese name is two to six characters; a pen name's Latin apart
    if len(value) < 2:
        return None
    # the template sub only where it applies: it parses r"\1\2" on every call (~2 us)
    value = _PADDED_NAME.sub(r"\1\2", value) if _PADDED_NAME.search(value) else value
    # "钟灵　苏木": a full-width space parts names as a space does
    return " ".join(value.split()) if "\u3000" in value else value


# "周嘉儀／香港", "林志明/台北": a person's name, then the place the story was filed from
# (a Hong Kong or Taiwan reporter's dateline), two or three characters no name opens. Read
# by hand: a pattern with a class of every Chinese character costs ~5M Ir to compile.
_PLACE_SIZES = (2, 3)


def _without_place(value: str) -> str:
    """``value`` without a dateline's place after its one slash (see _PLACE_SIZES)."""
    slash = value.find("／")
    if slash < 0:
        slash = value.find("/")
    name, place = value[:slash].rstrip(), value[slash + 1 :].lstrip()
    if (
        len(place) in _PLACE_SIZES
        and all("\u4e00" <= c <= "\u9fff" for c in place)
        and name
        and not any(c.isspace() or c in "/／" for c in name)
        and is_name(name)
        and not is_name(place)
    ):
        return name
    return value


def _names_between_slashes(value: str) -> bool:
    """Whether a slash in ``value`` lists people ("甲／乙" as 甲、乙): each side of every
    slash a person's name. An outlet, a place or a role beside a slash is no such list."""
    pieces = [piece.strip() for piece in _SLASHES.split(value)]
    if len(pieces) == 2 and max(map(len, pieces)) > _PEN_PAIR_MIN:
        # "心之爱/新雨流泉": a studio's short name and its writer's pen name, longer than a
        # person's name (credit_values.names_only reads the line as a credit that way too)
        # (an outlet beside a name is no pair of writers: "海港晚报/林晓周")
        return all(
            is_name(piece) or (is_long_pen_name(piece) and not OUTLET_SHAPE.search(piece))
            for piece in pieces
        )
    return len(pieces) > 1 and all(is_name(piece) for piece in pieces)


_PEN_PAIR_MIN = 3  # a piece longer than a name's three characters says a pen name is there


_SLASHES = re.compile("[/／]")
_LIST_OR_SLASH = re.compile(r"\s*[、,，&＆/／]\s*|\s+")


# A list of names set apart by commas, the last maybe joined by a word after the comma
# ("Maitreyi Bordia Das, …, Narae Choi, 以及 Sonya M. Sultan", "王林，李华，以及陈静"): the
# comma parts the names, where elsewhere it ends the credit. A Latin name is two to four
# capitalised words: one word after a comma is as often a firm's suffix ("Natasha, Inc.").
_COMMA_PARTS = re.compile(r"\s*[,，、]\s*")
_LAST_JOINED = re.compile(r"^(?:以及|及|和|与|與|and\b|&)\s*")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){1,3}")
_LATIN_NAME_MAX = 32


def comma_list(value: str) -> str | None:
    """The names of a comma list (see _COMMA_PARTS) joined by 、, or ``None`` when a part
    is not one person's name (a title, a place, a clause of the story)."""
    value = value.strip()
    if value[-1:] in "）)" and (note := value.find("（") if "（" in value else value.find("(")) > 0:
        value = value[:note].rstrip()  # "…（均为X研究人员）": a note on who they are
    parts = _COMMA_PARTS.split(value)
    if not 2 <= len(parts) <= _MAX_NAMES:
        return None
    last = parts[-1]
    if joined := _LAST_JOINED.match(last):
        parts[-1] = last[joined.end() :]
    elif " and " in last and last.isascii():  # "B and C" after the last comma
        parts[-1:] = last.split(" and ", 1)
    for part in parts:
        if part.isascii():
            if len(part) > _LATIN_NAME_MAX or not _LATIN_NAME.fullmatch(part):
                return None
        elif not is_name(part):
            return None
    return "、".join(parts) if len(parts) <= _MAX_NAMES else None


def _app_name(value: str) -> bool:
    """Whether ``value``, ending in an app word, is one word and the app word ("虎嗅 APP")."""
    word = next(w for w in _APP_WORDS if value.endswith(w))
    head = value[: -len(word)].rstrip()
    return 1 <= len(head) <= _APP_WORD_MAX and not any(c.isspace() for c in head)


def is_outlet_name(name: str) -> bool:
    """Whether ``name``, one word, is an outlet's, not a person's ("钛媒体", "经济观察报")."""
    return " " not in name and _OUTLET_FIRST.match(name) is not None


def without_outlet(name: str | None, site: tuple[str, ...], source: str | None) -> str | None:
    """``name`` without the outlet a credit puts before the person ("财新 王力为" on
    caixin.com, whose site names hold 财新): a first word the page's site names or its
    source name. An outlet is dropped, never put in the person's place; a name that is the
    page's outlet itself, shaped as one, is none."""
    if not name:
        return name
    if " " not in name:
        # "作者：新华社" over "来源：新华社": the outlet in the writer's field names no one
        same = name == source or name in site
        return None if same and is_outlet_name(name) else name
    first, rest = name.split(" ", 1)
    named = [n.lower() for n in (*site, source or "") if len(n) >= 2]
    if len(first) >= 2 and any(first.lower() in n or n in first.lower() for n in named):
        return rest.strip() or None
    # "阳广霞 简文杨 中国青年网": the host's name the template glues after the writers
    head, last = name.rsplit(" ", 1)
    if last.lower() in named and (is_outlet_name(last) or OUTLET_SHAPE.search(last)):
        return head.strip() or None
    return name

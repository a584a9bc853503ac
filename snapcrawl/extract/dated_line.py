"""The outlet a dated meta line under the heading names without a label.

Portals print the story's outlet beside its time with no 来源 before it: the one name on the
line ("2019-09-05 11:10 游民星空", "北京新浪網 (2020-01-21 11:12)", the host's address and a
comment button beside them left out), the outlet that opens a
reporter's credit ("2020-10-04 15:05 聯合報 記者林宸誼／即時報導", "上報快訊／范姜佳鈺
2020年03月12日"), or a name standing alone on the lines just above a bare date, a
"download our app" promo between them ("中国新闻网" | "下载客户端" | "2019年02月20日 来自北京").
source.py decides how far to trust it; accounts.py asks whether the one name is a
self-media account rather than an outlet.
"""

from __future__ import annotations

import re

from snapcrawl.extract.caption_credits import figure_around
from snapcrawl.extract.chrome_vocab import BUTTON_ROW, CLOCK, EPAPER_PAGE
from snapcrawl.extract.credit_lines import desk_filed
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.dates import date_spans, is_date_only
from snapcrawl.extract.dom import Line
from snapcrawl.extract.reporter_datelines import slash_byline
from snapcrawl.extract.source_lines import unlabeled_token
from snapcrawl.extract.vocab import DATE_WORD, OUTLET_SHAPE, POST_REGION

_META_LINE_WORDS = re.compile(
    r"原创|转载|独家|\[?整理\]?|[|｜·•/]|举报|舉報|分享|字[号號体體]|收藏|\d+\s*(?:阅读|评论)"
    # the comment button and its counter: "我要评论(0)", "[我来说两句(127)]", "参与互动(0)"
    r"|(?:(?:我要|发表|發表|参与|參與)(?:评论|評論)|我来说两句|我來說兩句|我有话说|我有話說"
    r"|参与互动|參與互動|参与讨论|參與討論)"
    # its counter: "(0)", "(12条)", "(0人参与)"
    r"\s*(?:[(（]\s*\d*\s*(?:条|條|人参与|人參與)?\s*[)）])?"
    # a counter either way round: "阅读10544次", "浏览：88", "点击(12)", "阅读量：3.4万",
    # "共有评论0条" (a total, its measure word after the number)
    r"|(?:共有?)?(?:阅读|评论|浏览|点击|人气|阅览|播放|觀看|观看)(?:量|数|次数)?\s*[:：(（]?\s*\d+(?:\.\d+)?\s*[万千wWkK]?\+?\s*[次条條]?[)）]?"
    # "865次", and a count in tens of thousands before its word: "2万次阅读", "1.2万人阅读"
    r"|\d+(?:\.\d+)?\s*(?:[万千wWkK]\s*)?次(?:阅读|浏览|观看|播放)?"
    r"|\d+(?:\.\d+)?\s*[万千wWkK]\s*人?\s*(?:阅读|浏览|观看|播放)|"
    + EPAPER_PAGE  # an e-paper's page: "第03版：综合新闻"
    # a letter's or a magazine's issue number beside its date ("第118期", "总第2301期")
    + r"|(?:总|總)?第\s*\d{1,5}\s*期"
    # a clock's zone beside the time ("EDT 2024-04-03 18:15", "9:30PM EST"): no outlet
    r"|(?<![A-Za-z])(?:[ECMP][SD]T|HKT|JST|KST|BST|CES?T|GMT|UTC)(?![A-Za-z])"
)
# A comment or read counter after the line's date, on a line that names its outlet and writer
# before the date, opens the page's toolbar: the words after it are its buttons and promos
# ("评论0条 随时随地看新闻"), never a name.
_COUNTER_AFTER_DATE = re.compile(r"(?:评论|阅读|浏览)(?:量|数)?\s*[:：(（]?\s*\d+")
_COUNTER_VERB = re.compile(r"(?:我要|发表|参与|共有|共)$")  # "我要评论(12)", "共有评论0条"
# "来自内蒙古自治区", "IP属地：广东": where the account posted from, not an outlet.
_LOCATION = re.compile(r"^来自|IP属地|发布于")
# A province or region alone after a dot ("2024-11-02 11:17 ·广东"): where the post was
# sent from, as a platform prints it without its IP属地 label; a place names no outlet.
_DOTTED_REGION = re.compile(rf"[·•・]\s*({POST_REGION.pattern})(?!\S)")
# The host's own address printed on the line ("http://www.sina.com.cn 2009年11月09日13:48
# 新浪娱乐"): where the page is, not who wrote the story.
_ADDRESS = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|cn|net|org)(?:\.cn)?(?:/\S*)?", re.IGNORECASE
)
# A link to a section's listing ("/category/misc", "/tag/x", "/channel/112.html"): the
# blog's or the portal's filing, not an outlet.
# "/news/topic/human-rights": a topic's listing, linked from the tag beside the date
# "/news?cate_PK=1", "list.php?catid=12": a section's listing asked by its query
_SECTION_HREF = re.compile(
    r"/(?:category|categories|tag|tags|channel|topics?)/"
    r"|[?&](?:cate|category|catid|channel|column|classid|tag)(?:_?[A-Za-z]{0,4})=",
    re.IGNORECASE,
)
# A badge linking a name to its microblog: "中国新闻网[微博]戚亚平" (2012 portals).
_BADGE = re.compile(r"[\[【]微博[\]】]")
# The page's font-size switch glued after the outlet ("07:45华龙网-重庆晚报【大 中 小】"):
# three buttons in one bracket, its label optional; they name no one.
_FONT_SWITCH = re.compile(
    r"[【\[]\s*(?:字[体號号體]\s*[:：]?\s*)?大\s*中\s*小\s*[】\]]"
    # or its label and its three buttons with no bracket ("扬子晚报 字体：大 中 小")
    r"|字[体號号體]\s*[:：]?\s*大\s*中\s*小"
)
# A writer's credit: "文/X", "文／林語晴" (a full-width slash, which the line keeps), 撰文.
_CREDIT_WORDS = re.compile(
    r"记者|記者|作者|编辑|編輯|责编|通讯员|實習|实习生|摄|攝|文\s*[/／]|撰文|执笔|執筆|[:：︰]"
)
_WORD = re.compile(r"\w")  # a token of brackets or dashes alone ("(", "—") names nothing
_MAX_META_LINE = 60
# A reporter's credit after the outlet: "記者林宸誼／即時報導", "记者 王林".
_REPORTER = re.compile(r"^(?:见习|見習|实习|實習|特约|特約|首席)?(?:记者|記者|通讯员|通訊員)")
# "上報快訊／范姜佳鈺": the outlet (and its desk) before a slash, a person's name after it.
_SLASH_BYLINE = re.compile(r"^(?P<outlet>[^\s／/]{2,12})[／/][\u4e00-\u9fff·]{2,4}$")
# The outlet's desk, not a part of its name: 快讯, 专讯 (【明報專訊】), 即时, 讯.
_DESK = re.compile(r"(?:(?:快|专|專|急)?(?:讯|訊)|即时|即時)$")
# "[海港在线 原创]", "【海港网独家】": the outlet claiming the story as its own, in brackets on
# a dated line that may also carry labelled credits (作者：X | 责编：Y).
_OWN_STORY = re.compile(
    r"[\[【]\s*(?P<name>[^\s\[\]【】:：]{2,12}?)\s*(?:原创|原創|独家|獨家)\s*[\]】]"
)
_INLINE = frozenset({"span", "a", "em", "i", "b", "strong", "font", "time", "label", "small"})
# A meta bar's icons stand between its spans ("<span>来源: X</span><img 👁>4008", the view
# count's eye, the share button's logo): an image says nothing and ends no span.
_BAR_PARTS = _INLINE | {"img"}
# "21世纪经济报道", "X商业报道": a paper named for its reports, before its reporter.
_REPORTS = re.compile(r"[报報]道$")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_ABOVE = 3  # lines over a bare date where its outlet may stand (a promo between them)
_LONE_NAME = 12  # a name standing alone over the date is this short


# A line opening on the story's time to the minute, as a meta line prints it: "2024/04/02
# 13:25", "2024年4月2日 13:25". A story's sentence gives a time in words ("13时25分") and
# goes on with a comma.
_OPENING_STAMP = re.compile(
    r"^[\s(（\[【]*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
    + CLOCK
    + r"(?!\d)"
)
_CLAUSE_PUNCT = re.compile(r"[，。！？；,!?;]")
_STAMP_FIRST = frozenset("12 (（[【")  # what such a line opens with: a year, or a bracket


# A short label glued before the date, its colon left out by a layout of two cells ("時間"
# "Thu Apr 25 23:41:00 2024", "日期 2024-03-02"): a board's or a CMS's header row.
_GLUED_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}\s*(?=[\dA-Z])")


def labelled_date(text: str) -> bool:
    """A line over the story that is a short label and a date, nothing else: the meta
    line's time field (paragraphs.py reads it only before the story's first paragraph)."""
    return (
        len(text) <= _MAX_META_LINE
        and (label := _GLUED_LABEL.match(text)) is not None
        and is_date_only(text[label.end() :])
    )


# The host's own address opening the line ("www.example.com 2011-01-02 X日报 [复制链接]"):
# the site stamps where the page is before the date; the rest is the meta line.
_OPENING_ADDRESS = re.compile(
    r"^(?:https?://)?www\.(?:[a-z0-9-]+\.)+[a-z]{2,6}/?\s+", re.IGNORECASE
)


def without_host_address(text: str) -> str:
    """The line without the host's address it opens on (see ``_OPENING_ADDRESS``)."""
    if text[:4].lower() not in ("www.", "http"):
        return text
    return _OPENING_ADDRESS.sub("", text, count=1)


def opens_on_stamp(text: str) -> bool:
    """A short line that opens on the story's date and clock time and says nothing more
    than a meta line does, whatever follows the time: the outlet, a reporter's byline in
    any form ("X報記者 Y／台南報導", "文/X 图/Y", "文／X｜攝影／Y"), a counter. No clause
    punctuation: the line lists fields, it makes no sentence. For the lines over the story
    only (paragraphs.py), where a meta line stands."""
    return (
        len(text) <= _MAX_META_LINE
        and text[:1] in _STAMP_FIRST
        and _OPENING_STAMP.match(text) is not None
        and _CLAUSE_PUNCT.search(text) is None
    )


_SENTENCE_ENDS = ("。", "！", "？", "!", "?")


def unlabeled_meta_line(zone: list[Line]) -> str | None:
    """The outlet a short dated line under the heading names without a label (see the
    module docstring), else ``None``."""
    for pos, line in enumerate(zone):
        text = line.text
        if line.chars > _MAX_META_LINE or not (spans := date_spans(text)) or _in_figure(line):
            continue
        if text.endswith(_SENTENCE_ENDS) and ("，" in text or "," in text):
            continue  # "2017/06/13（二）某大樓，歡迎你！": a sentence of the story, no meta line
        if (
            ("原" in text or "独" in text or "獨" in text)
            and (own := _OWN_STORY.search(text))
            and OUTLET_SHAPE.search(own["name"])
            and (found := unlabeled_token(own["name"]))
        ):
            return found
        glued, glued_spans = text, spans  # a name glued to the date as the reader sees it
        opening, rest, words, tokens = _meta_words(line, text, spans)
        if found := _outlet_before_reporter(opening, tokens):
            return found
        if (
            len(tokens) == 1
            and not _CREDIT_WORDS.search(rest)
            and not _SLASH_BYLINE.match(opening)
            and not _glued_name(tokens[0], glued, glued_spans)
            and not _section_link(line, tokens[0])
        ):
            found = unlabeled_token(tokens[0].strip("《》"))  # "《山城周刊》"
            return _without_desk(found) if found else None  # "【海港報專訊】"
        if not tokens and pos > 0 and (found := _name_above(zone, pos, bare=not words)):
            return found
        if not words and (found := _name_below(zone, pos)):
            return found
    return None


def _in_figure(line: Line) -> bool:
    """A dated line inside a picture's ``<figure>`` is its caption ("求职者在招聘会上（2013年
    11月22日）"): it says when the photo was taken, and its words name no outlet. Only a
    figure holding a picture: a platform may wrap an account's card (name, badge, time) in
    figure tags of its own."""
    el = figure_around(line)
    if el is None:
        return False
    figure = el if el.tag == "figure" else el.getparent()
    return figure is not None and figure.tag == "figure" and figure.find(".//img") is not None


def _name_below(zone: list[Line], pos: int) -> str | None:
    """The outlet standing alone right under a bare date ("2002/03/19" | "人民網"): a clipping
    or an archive page prints the story's date, then where it ran, each on its own line.
    Only a name shaped like an outlet's: a writer's name there is a byline's."""
    if pos + 1 >= len(zone):
        return None
    line, below = zone[pos], zone[pos + 1]
    if below.heading or below.index != line.index + 1 or below.chars > _LONE_NAME:
        return None
    name = below.text.strip()
    if len(name) < 3 or not OUTLET_SHAPE.search(name) or _CREDIT_WORDS.search(name):
        return None
    return unlabeled_token(name)


def _section_link(line: Line, token: str) -> bool:
    """Whether ``token`` is the text of a link to a section's listing on ``line`` (a blog's
    "其它内容 十一月 6th, 2009": the post's category beside its date names no outlet)."""
    if not any(_SECTION_HREF.search(href) for href in line.hrefs):
        return False
    return any(
        _SECTION_HREF.search(a.get("href") or "") and "".join(a.itertext()).strip() == token
        for a in line.owner.iter("a")
    )


def _meta_words(
    line: Line, text: str, spans: list[tuple[int, int]]
) -> tuple[str, str, list[str], list[str]]:
    """A dated line's words once its dates, the host's address and the meta line's own
    words (counters, buttons) are set aside: its first word (its "/" kept), the rest as
    text, its words, and the words that may name someone (its tokens)."""
    if spaced := spans_set_apart(line):
        text = spaced  # "X日报" "张三" "2024-…" drawn as adjacent spans: set apart again
        spans = date_spans(text)
    if (
        spans
        and ("评" in text or "阅" in text or "浏" in text)
        and text[: spans[0][0]].strip()  # names before the time ("2024-10-01 阅读2381次 X": after)
        and (tools := _COUNTER_AFTER_DATE.search(text, spans[-1][1]))
    ):
        # "X网 Y 2011-12-15 23:46 评论0条 随时随地看新闻"; the button's verb goes with it
        text = _COUNTER_VERB.sub("", text[: tools.start()])
    rest = text
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    rest = _BADGE.sub(" ", _ADDRESS.sub(" ", rest))
    if "中" in rest:
        rest = _FONT_SWITCH.sub(" ", rest)
    opening = rest.split(maxsplit=1)[0] if rest.strip() else ""  # its "/" kept
    dotted = (  # "·广东": where the post was sent from (_DOTTED_REGION), before its dot goes
        {m[1] for m in _DOTTED_REGION.finditer(rest)}
        if "·" in rest or "•" in rest or "・" in rest
        else ()
    )
    rest = _META_LINE_WORDS.sub(" ", rest)
    words = [t for t in rest.split() if not t.isdigit() and _WORD.search(t)]
    # "【打印】", "[关闭窗口]": the page's own buttons beside the date name no one, nor does
    # a weekday or a part of the day ("2024年8月6日 星期二", "上午")
    tokens = [
        t
        for t in words
        if not _LOCATION.search(t)
        and not BUTTON_ROW.match(t)
        and not DATE_WORD.fullmatch(t)
        and t not in dotted
    ]
    return opening, rest, words, tokens


def _person_and_outlet(tokens: list[str]) -> tuple[str, str] | None:
    """(person, outlet) of a dated line's two words when one is shaped like a person's
    name and the other like an outlet's, either way round ("欧阳晓岚 青川日报", "青川日报
    欧阳晓岚"): a byline and its outlet printed with no label."""
    if len(tokens) != 2:
        return None
    for person, outlet in (tokens, tokens[::-1]):
        if (
            is_name(person)
            and person[-1] not in ":："  # "来源:" is the outlet's label, not a person
            and not OUTLET_SHAPE.search(person)
            and OUTLET_SHAPE.search(outlet)
            and not _CREDIT_WORDS.search(outlet)
            and not outlet.startswith(("本", "综合", "綜合"))
        ):
            return person, outlet
    return None


_TWO_DIGITS = re.compile(r"\d\d")
# What a place's or a unit's name ends in, never a person's (高新区, 金融街, 林业局).
_PLACE_END = re.compile(r"[区區县縣市镇鎮村省州路街局委办辦厅廳部院所站队隊]$")


def unlabeled_byline(zone: list[Line]) -> str | None:
    """The person a short dated line under the heading names beside its outlet, with no
    label for either ("2024-05-06 10:20 欧阳晓岚 青川日报"), or alone in a meta bar of its
    own elements (<span>date</span><span>name</span><span>阅读 N</span>: a full name of
    three characters at least), else ``None``."""
    for line in zone:
        text = line.text
        # a date has two digits side by side: one search before date_spans' scan
        if line.chars > _MAX_META_LINE or not _TWO_DIGITS.search(text):
            continue
        if not (spans := date_spans(text)):
            continue
        tokens = _meta_words(line, text, spans)[3]
        if pair := _person_and_outlet(tokens):
            return pair[0]
        if (
            len(tokens) == 1
            and len(name := tokens[0]) >= 3
            and name[-1] not in ":："
            and is_name(name)
            and not OUTLET_SHAPE.search(name)
            and not _PLACE_END.search(name)
            and spans_set_apart(line) is not None
        ):
            return name
    return None


def spans_set_apart(line: Line, *, icons: bool = False) -> str | None:
    """The line's text with its adjacent inline elements set apart by a space, when the
    line is its block's inline elements alone (a meta bar of spans), else ``None``. ``icons``:
    the bar's images count as parts that say nothing, for a label's reader ("来源: X" then
    the view counter's eye and count: the value ends with X's span). The dated line's
    readers leave them out: a blogger's name beside a clock icon and the time is no outlet."""
    owner = line.owner
    if owner is None or len(owner) < 2:
        return None
    if (owner.text or "").strip():
        return None
    parts = []
    for child in owner:
        if (
            not isinstance(child.tag, str)
            or child.tag not in (_BAR_PARTS if icons else _INLINE)
            or (child.tail or "").strip()
        ):
            return None
        if part := " ".join("".join(child.itertext()).split()):
            parts.append(part)
    spaced = " ".join(parts)
    return spaced if "".join(spaced.split()) == "".join(line.text.split()) else None


def _outlet_before_reporter(opening: str, tokens: list[str]) -> str | None:
    """The outlet that opens a reporter's credit on a dated line: "聯合報 記者X／報導",
    "上報快訊／X", "新京报 张三" (``opening``: the line's first word, its slash kept). Only
    a name shaped like an outlet's: "本报记者" names the page's own."""
    if not tokens or "：" in tokens[0] or ":" in tokens[0]:
        return None
    outlet = None
    if match := _SLASH_BYLINE.match(opening):
        outlet = match["outlet"]
    elif len(tokens) >= 2 and _REPORTER.match(tokens[1]):
        outlet = tokens[0].rstrip("／/")  # "聯合報／ 記者X／台北報導": the slash set apart
    elif len(tokens) == 2 and _PERSON.match(tokens[1]) and not OUTLET_SHAPE.search(tokens[1]):
        outlet = tokens[0]  # "新京报 张三": the outlet, then its reporter's bare name
    elif pair := _person_and_outlet(tokens):
        outlet = pair[1]  # "欧阳晓岚 青川日报": the reporter's bare name, then the outlet
    if outlet is None:
        return None
    outlet = _without_desk(outlet)
    if outlet.startswith(("本", "综合", "綜合")) or not (
        OUTLET_SHAPE.search(outlet) or (len(outlet) >= 4 and _REPORTS.search(outlet))
    ):
        return None
    return unlabeled_token(outlet)


def _without_desk(outlet: str) -> str:
    """The outlet's name without its desk ("海港報專訊" gives 海港報), when what is left is
    still shaped like an outlet's (南方资讯 keeps its 讯)."""
    if len(outlet) > 3 and (bare := _DESK.sub("", outlet)) and OUTLET_SHAPE.search(bare):
        return bare
    return outlet


def _name_above(zone: list[Line], pos: int, bare: bool) -> str | None:
    """The outlet standing alone over the dated line at ``pos``: an outlet-shaped name on one
    of the ``_ABOVE`` lines just above it (a promo may stand between), else, when the date
    stands alone on its line (``bare``), the short plain name right above it."""
    line = zone[pos]
    for back in range(1, min(_ABOVE, pos) + 1):
        above = zone[pos - back]
        if above.heading or above.index != line.index - back or above.chars > _LONE_NAME:
            break
        name = above.text.strip()
        if _DOCUMENT_KIND.fullmatch(name):
            break  # "新闻发布": what the text is, not who issued it
        if _FILED_DAY.search(name):
            return None  # "大陸新聞組北京17日電": a desk's dateline (where and when it filed)
        if len(name) >= 3 and OUTLET_SHAPE.search(name) and not _CREDIT_WORDS.search(name):
            return unlabeled_token(name)
    above = zone[pos - 1]
    if (
        bare
        and above.chars <= _LONE_NAME
        and not above.link_chars
        and not above.heading
        and not _CREDIT_WORDS.search(above.text)
        and not slash_byline(above.text)  # "劉憲杰／台北": the reporter's byline, no outlet
        and not _person_alone(above.text)  # "伍芸彤" over "2024年10月17日": the writer's
        and not desk_filed(above.text)  # "生活中心／綜合報導": a desk signs, no outlet
        and not _DOCUMENT_KIND.fullmatch(above.text.strip())
    ):
        return unlabeled_token(above.text)
    return None


# A dateline's day and the word for filing closing a line ("北京17日電", "台北3日电"): a wire's
# or a desk's dateline standing over the date line, which names where the story was filed.
_FILED_DAY = re.compile(r"\d{1,2}日[电電讯訊]$")


# The kind of document a page labels itself over its date ("新闻发布" over "2018年3月14日"):
# a press release, a notice, a statement; the label says what the text is, never who wrote it.
_DOCUMENT_KIND = re.compile(
    r"(?:新闻|新聞)?(?:发布|發布|發佈|稿|通稿)|(?:新闻|新聞)?(?:通知)?公告|通知|[声聲]明"
    r"|(?:Press|News)\s+Release"
)


def _person_alone(text: str) -> bool:
    """Whether a lone line is one person's name (a writer's byline over the date, as news
    aggregators print it), not an outlet's: shaped like a name and like no outlet."""
    name = text.strip()
    return is_name(name) and OUTLET_SHAPE.search(name) is None


def _glued_name(token: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``token`` is a person's name the page's byline widget glues to the time
    ("谢若含2017-03-01 14:27"): two or three Han characters touching a date, not shaped like
    an outlet. An outlet beside its time is set off by a space or a bracket."""
    if not _PERSON.match(token) or OUTLET_SHAPE.search(token):
        return False
    at = text.find(token)
    end = at + len(token)
    return any(start == end or stop == at for start, stop in spans)

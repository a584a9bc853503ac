"""A story told after another outlet's: 据X, 据X报道, 据X消息, 综合X, （据新华社）, and in
traditional characters 據X報導, （據路透社電）; the dateline an outlet opens its own story
with: 新华社北京3月5日电, 【X消息】, X讯（记者…）; and an outlet signing off with no label:
（海港日报）, 文/海港晚报.

Portals and local papers that retell an agency's story often carry no 来源 label: they say
where the story comes from with 据 ("according to") or 综合 ("compiled from") at its edge,
on a line of its own or bracketed after its last sentence. Such a line is a credit, not the
story (credit_lines.py drops it from the body), and its outlets are the story's source when
no labelled source names one (source.py). Inside the story the same words open a sentence
("据新华社报道，昨日…"): that line stays body, and names the source only when it is the
story's first words.

Every name must look like an outlet (新华社, 央视新闻, 海港日报, BBC): 据了解, 据悉, 据统计,
据报道, 综合来看 and 据外媒报道 name none. Several outlets are kept all, joined with 、 as a
labelled "来源：X、Y" is.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.vocab import OUTLET_SHAPE, REPORT_WORDS, TAKEN_FROM

_NAME = r"[\u4e00-\u9fffA-Za-z·]{2,12}?"
_NAMES = _NAME + r"(?:\s*[、，,/和与及]\s*" + _NAME + r"){0,5}"
_WHEN = r"(?:\d{1,2}月)?(?:\d{1,2}日)?"  # 据新华社3月5日报道
# The whole line: the lead word, the outlets, a closing word, in brackets or bare.
_LINE = re.compile(
    r"^\s*(?P<open>[（(【\[〔]?)\s*(?:[据據]|[综綜]合自?|[综綜]合整理自)\s*(?P<names>"
    + _NAMES
    + r")\s*"
    + _WHEN
    + r"(?:[综綜]合[报報][道導]|[联聯]合[报報][道導]|[报報][道導]|消息|[电電]|整理|等)?\s*"
    + r"(?P<close>[）)】\]〕]?)[。.]?\s*$"
)
# The story's first words: 据X报道， / 据X消息， / 据X3月5日电，
_OPENING = re.compile(
    r"^\s*[据據]\s*(?P<names>"
    + _NAMES
    + r")\s*"
    + _WHEN
    + r"(?:[报報][道導]|消息|[电電])\s*[，,：:]"
)
_SPLIT = re.compile(r"\s*[、，,/和与及]\s*")
# A brand in Latin letters (BBC, CNN, Reuters) or a broadcaster's short name (央视, 东方卫视).
_OTHER_OUTLET = re.compile(r"^[A-Z][A-Za-z]{1,11}$|^央视|卫视$|客户端$")
# Words shaped like an outlet's name that name none: a kind of medium, not one outlet.
_GENERIC = re.compile(
    r"^(?:外|多家|各|有关|相关|境外|国外|海外|当地|官方|网络)?"
    r"(?:新[闻聞]|要[闻聞]|[资資][讯訊]|媒[体體]|媒|[报報][道導]|消息|[电電][视視]|[广廣]播|在[线線]"
    r"|[频頻]道|日[报報]|晚[报報]|[传傳]媒|[杂雜][志誌]|[报報]刊|[报報][纸紙]|[网網]站|[网網])$"
)


def _outlets(names: str) -> str | None:
    parts = [part for part in _SPLIT.split(names) if part]
    if not parts or not all(_is_outlet(part) for part in parts):
        return None
    return "、".join(dict.fromkeys(parts))


def _is_outlet(name: str) -> bool:
    return not _GENERIC.match(name) and bool(OUTLET_SHAPE.search(name) or _OTHER_OUTLET.match(name))


def attribution_line(text: str) -> str | None:
    """The outlets a line that is only an attribution names ("（据新华社）" gives 新华社,
    "综合新华社、央视新闻" gives 新华社、央视新闻), or ``None``.

    >>> attribution_line("（据新华社）"), attribution_line("综合新华社、央视新闻报道")
    ('新华社', '新华社、央视新闻')
    >>> attribution_line("据了解"), attribution_line("综合新闻"), attribution_line("据外媒报道")
    (None, None, None)
    """
    if len(text) > 60 or not ("据" in text or "據" in text or "综合" in text or "綜合" in text):
        return None
    match = _LINE.match(text)
    if not match or bool(match["open"]) != bool(match["close"]):
        return None
    return _outlets(match["names"])


def opening_attribution(text: str) -> str | None:
    """The outlets a story's first sentence says it follows ("据新华社报道，昨日…" gives
    新华社), or ``None``.

    >>> opening_attribution("据央视新闻消息，3月5日上午，大会开幕。")
    '央视新闻'
    >>> opening_attribution("据悉，大会于昨日开幕。") is None
    True
    """
    if not text.lstrip().startswith(("据", "據")):
        return None
    match = _OPENING.match(text)
    return _outlets(match["names"]) if match else None


_DAY = r"(?:\d{1,2}月)?\d{1,2}日"  # 3月5日, or the day alone (中央社台北3日電)
# The outlet's own dateline, the story's first words: "新华社北京3月5日电（记者…）",
# "中新网3月5日电", "【环球网消息】", "海港晚报讯（记者…）", "央视网消息（新闻联播）："; its
# desk (快讯, 专电) is no part of the name, and "【新闻快讯】" names none.
_LEAD = r"[\u4e00-\u9fffA-Za-z·]{2,18}?"
# In brackets a brand in Latin letters may stand apart from its Chinese word: "【Yahoo 新聞報道】".
_BRACKET_LEAD = r"(?:[A-Za-z][A-Za-z0-9]{1,11} )?" + _LEAD
_KIND = r"\s*(?:快|专|專|急)?(?:电|電|讯|訊|消息)"
# In brackets the outlet may say 报道 and name its reporter: "【环球网报道 记者 林立】".
_BRACKET_KIND = r"\s*(?:(?:快|专|專|急)?(?:电|電|讯|訊|消息)|报道|報導|報道|报导)"
_BRACKET_REPORTER = r"(?:\s*(?:见习|見習|特约|特約)?(?:记者|記者)[^】\]〕）)]{1,12})?"
_DATELINE = re.compile(
    rf"^\s*(?:[【\[〔（(]\s*(?P<lead>{_BRACKET_LEAD})\s*(?P<when>{_DAY})?{_BRACKET_KIND}"
    rf"{_BRACKET_REPORTER}\s*[】\]〕）)]"
    # "中評社北京1月9日電／8日…": a Hong Kong or Taiwan wire's slash after its dateline
    rf"|(?P<bare>{_LEAD})\s*(?P<bare_when>{_DAY})?{_KIND}(?=[（(：:\s／/]|$))"
)
# An English-language wire story's dateline: "BEIJING, March 7 (Xinhua) -- ", or the
# agency alone in brackets before the dash: "(Xinhua) -- ".
# Its bracket stands within the first _WIRE_REACH characters (the cheap look first).
_WIRE_DATELINE = re.compile(
    r"^\s{0,2}(?:[A-Z][A-Z .'-]{1,30},\s{0,2}[A-Z][a-z]{2,8}\.?\s{0,2}\d{1,2}\s{0,2})?"
    r"\((?P<agency>[A-Z][A-Za-z]{1,11}(?: [A-Z][A-Za-z]{1,11})?)\)\s*(?:--|[—–])"
)
_WIRE_REACH = 64
_REPORTER = re.compile(r"(?:见习|見習|特约|特約)?(?:记者|記者)")
_ACCORDING = ("据", "據")  # "according to", before a dateline a paper retells
_PLACE = 6  # a dateline's place between the outlet and the date: 北京, 乌鲁木齐


def dateline_outlet(text: str) -> str | None:
    """The outlet whose dateline opens the story ("新华社北京3月5日电（记者 X）…" gives
    新华社, "【环球网消息】…" 环球网), or ``None``. 本报讯 names the page's own paper, which
    its tags name (source.py).

    >>> dateline_outlet("新华社北京3月5日电（记者 林立）大会今天开幕。")
    '新华社'
    >>> dateline_outlet("【海港网讯】昨天，…"), dateline_outlet("本报讯（记者 王）…")
    ('海港网', None)
    >>> dateline_outlet("据中新社电 大会今天开幕。")
    '中新社'

    """
    if "(" in text[:_WIRE_REACH] and (wire := _WIRE_DATELINE.match(text)):
        return wire["agency"] if _is_outlet(wire["agency"]) else None
    match = _DATELINE.match(text)
    if not match:
        return None
    lead = match["lead"] or match["bare"]
    if reporter := _REPORTER.search(lead):  # （中央社記者王小明台北3日電）: the outlet first
        lead = lead[: reporter.start()]
    if lead[:1] in _ACCORDING:  # "据新华社电 …": the wire's dateline retold, its outlet after 据
        lead = lead[1:]
    if lead.startswith("本") or len(lead) < 2:
        return None
    if _is_outlet(lead):
        return lead
    if match["when"] or match["bare_when"]:  # the outlet, then where it filed from: 新华社北京
        # the shortest outlet first: "中央社台北" is 中央社 filing from 台北, not "中央社台"
        for cut in range(max(len(lead) - _PLACE, 2), len(lead)):
            if _is_outlet(lead[:cut]):
                return lead[:cut]
    return None


# "（海港日报）" alone after the story; "文/海港晚报", a byline's slash before an outlet.
_SIGNOFF = re.compile(
    r"^(?:[（(]\s*(?P<name>[^\s（()）:：，,。]{2,16})\s*[）)]|文\s*[/／]\s*(?P<by>[^\s/／:：，,。]{2,16}))$"
)
_LONE_SIGNOFF = 20
_TAKEN_FROM = re.compile(rf"^(?:{TAKEN_FROM}|据|據)")


def signoff_outlet(text: str) -> str | None:
    """The outlet a sign-off names with no label, or ``None`` (a person after 文/, or
    "（完）", names none).

    >>> signoff_outlet("（海港日报）"), signoff_outlet("文/海港晚报"), signoff_outlet("文/王林")
    ('海港日报', '海港晚报', None)
    >>> signoff_outlet("(海港网/王林)"), signoff_outlet("（台北／高雄）")
    ('海港网', None)
    """
    text = text.strip()
    if len(text) > _LONE_SIGNOFF or not (match := _SIGNOFF.match(text)):
        return None
    name = match["name"] or match["by"]
    if "自" in name or "于" in name or "於" in name or "据" in name or "據" in name:
        name = _TAKEN_FROM.sub("", name)  # "（摘自海港日报）", "（据海港日报）": the outlet
    if _REPORTER.search(name) or "本文" in name:
        return None  # （海港日报记者王林对本文亦有贡献）: a reporter's credit, not the outlet's
    if match["name"] and ("/" in name or "／" in name):
        # "(海港网/王林)": the outlet, then its reporter's name (reporter_datelines reads
        # it) or the report's word ("（海港網／綜合報導）")
        outlet, _, person = name.replace("／", "/").partition("/")
        filed = is_name(person) or person.endswith(REPORT_WORDS)
        return outlet if filed and _is_outlet(outlet) else None
    return name if _is_outlet(name) else None

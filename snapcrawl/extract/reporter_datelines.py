"""A reporter's credit in a dateline with no bracket around it, for the author reader.

Two forms that close the names by what follows them rather than by a bracket:

- a paper's 讯 or a wire's 电, then 记者 and the names, each set off by a space, then the
  story: "法治晨报讯 记者 邓雪 近日，…". The names end where a word runs into a sentence
  (no space after it); a second role (通讯员, 实习生) ends them too.
- 记者 glued to the name, then a slash and where the reporter filed from: "記者陳美玲／舊
  金山報導", "X报 / 记者林木/杭州报道" (overseas and Taiwanese papers' meta lines).

and a Taiwanese byline line with no 记者 at all (``slash_byline``): "劉屏／華盛頓4日電",
"上報快訊／鍾知諭", "【財訊快報／陳孟朔】", also in a bracket opening the story ("【林木╱台北報導】
今天…"; "╱", a box-drawing diagonal, is a slash to Taiwanese papers); and a wire's dateline
with its reporter's bare name in brackets (``dateline_bracket_names``): "中新网柳州4月1日电
(邓粒雨)".
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.vocab import OUTLET_SHAPE

_NAME = r"[\u4e00-\u9fff·]{2,3}"
_OTHER_ROLE = r"(?!通讯员|通訊員|实习生|實習生|摄影|攝影|摄像|攝像)"
SPACED_DATELINE = re.compile(
    r"[讯訊电電]\s+(?:本报|本報)?(?:见习|見習|实习|實習|特约|特約|首席)?[记記]者\s+"
    r"(?P<value>(?:" + _OTHER_ROLE + _NAME + r"\s+)+)"
)
SLASH_DATELINE = re.compile(
    r"(?:^|[\s/／|｜（(〔【\]】〕:：])(?:本报|本報)?(?:(?:见习|見習|实习|實習|特约|特約|首席)?[记記]者"
    # "〔編譯陳成良／綜合報導〕": a foreign desk's translator-compiler signs as a reporter does
    r"|[编編][译譯])"
    r"[ \u3000]?(?P<value>[\u4e00-\u9fff·]{2,4}(?:[、][\u4e00-\u9fff·]{2,4})*)\s*[/／╱]\s*"
    r"[\u4e00-\u9fff]{2,8}?(?:报道|報導|報道|报导)"
)

# A Taiwanese byline with no 记者: the names, a slash and where they filed from, the whole
# line, maybe in brackets: "劉屏／華盛頓4日電", "王家俊／台北報導", "【林木／綜合報導】",
# "李明、陳文／台中報導", after the desk's name ("生活中心李明／綜合報導"); or the outlet
# (and its desk) before the slash and the name after
# it: "上報快訊／鍾知諭 2023年09月01日", "【財訊快報／陳孟朔】摩根士丹利…" (the bracket
# closes before the story's first words), "(全景网/陈祎)" signing the story off.
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[、 ][\u4e00-\u9fff·]{2,4}){0,3}"
NAME_PLACE_BYLINE = re.compile(
    # "[FTNN新聞網]記者何亞軒／綜合報導": the outlet in brackets before the reporter's role
    r"^\s*(?:[【\[〔]\s*(?P<prefix>[^\s／/【】\[\]〔〕]{2,12}?)\s*[】\]〕]\s*(?=記者|记者))?"
    r"[【\[〔（(]?\s*(?:本報|本报)?(?:記者|记者)?"
    # "國際中心楊智傑／綜合報導": the newsroom's desk glued before the name
    r"(?:[\u4e00-\u9fff]{1,4}(?:中心|組|组))?\s*(?P<value>" + _NAMES + r")\s*[／/╱]\s*"
    r"(?P<place>[\u4e00-\u9fff]{2,6}?)\s*(?P<filed>(?:\d{1,2}日)?"
    r"(?:綜合|综合|即時|即时|聯合|联合)?(?:報導|報道|报道|报导|專電|专电|電|电)?)\s*[】\]〕）)]?\s*$"
)
OUTLET_NAME_BYLINE = re.compile(
    r"^\s*(?:[【\[（(]\s*(?P<bracketed>[^\s／/╱【】\[\]（()）]{2,12}?)\s*[／/╱]\s*(?P<inner>"
    + _NAMES
    + r")\s*[】\]）)]"
    r"|(?P<outlet>[^\s／/╱【】\[\]]{2,12}?)\s*[／/╱]\s*(?P<value>[\u4e00-\u9fff·]{2,4}?)"
    # "國際中心／吳峻光報導": the desk's reporter, who filed (報導) the story
    r"(?:報導|報道|报道|报导)?(?=\s+(?:19|20)\d\d|\s*$))"
)
SLASH_BYLINE_MAX = 40  # a byline line, a date beside it at most
# "【林媛玲╱新北報導】農曆除夕…", "〔林木／綜合報導〕": the same byline in a bracket glued to
# the story's first words (a paper's lead, no 記者). The bracket must close on what the
# reporter filed (報導, 電): that, not the line's end, tells the place from a second name.
_OPENING_BYLINE = re.compile(
    r"^\s*[【〔\[]\s*(?P<value>" + _NAMES + r")\s*[／/╱]\s*(?P<place>[\u4e00-\u9fff]{2,6}?)"
    r"(?:\d{1,2}日)?(?:綜合|综合|即時|即时|聯合|联合)?(?:報導|報道|报道|报导|專電|专电|電|电)\s*[】〕\]]"
)
_DESK = re.compile(
    r"(?:快|專|专|即時|即时)?(?:訊|讯)$|(?:中心|組|组)$"
)  # 國際中心: a newsroom desk


def slash_byline(text: str) -> str | None:
    """The names of a slash byline with no 记者 (see above), else ``None``. The names must
    be shaped as names and the part before a slash that precedes a name must be shaped as an
    outlet: "台北／高雄" and "文／圖" credit no one."""
    if len(text) <= SLASH_BYLINE_MAX and (found := NAME_PLACE_BYLINE.match(text)):
        names = re.split(r"[、 ]", found["value"])
        # "張三／李四" is two names; a place is told by what follows it (4日電, 報導)
        prefix = found["prefix"]
        if (
            all(is_name(name) for name in names)
            and (found["filed"] or not is_name(found["place"]))
            and (prefix is None or OUTLET_SHAPE.search(prefix))
        ):
            return found["value"]
    if found := OUTLET_NAME_BYLINE.match(text):
        outlet = found["bracketed"] or found["outlet"]
        name = found["inner"] or found["value"]
        if (
            (found["bracketed"] or len(text) <= SLASH_BYLINE_MAX)
            and (OUTLET_SHAPE.search(outlet) or _DESK.search(outlet))
            and all(is_name(n) for n in re.split(r"[、 ]", name))
        ):
            return name
    if (
        text[:1] in "【〔["
        and (found := _OPENING_BYLINE.match(text))
        and all(is_name(name) for name in re.split(r"[、 ]", found["value"]))
    ):
        return found["value"]
    return None


# "中新网柳州4月1日电 (邓粒雨)广西…", "X网福州6月3日讯（A B）": a wire's or a paper's
# dateline, then its reporters' bare names in brackets with no 记者, opening the story.
_BARE_NAME_DATELINE = re.compile(
    r"^[\s（(]*[\u4e00-\u9fff]{2,12}?(?:\d{1,2}月)?\d{1,2}日[电電讯訊]\s*[（(]\s*"
    r"(?P<value>[\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4}){0,2})\s*[）)]"
)
_DATELINE_REACH = 24  # characters of a line its dateline's 日电 stands in


def dateline_bracket_names(text: str) -> str | None:
    """The names a wire's dateline puts in brackets with no 记者 (see above), when each is
    shaped as a person's name ("(国际观察)" names no one)."""
    head = text[:_DATELINE_REACH]
    if "日电" not in head and "日電" not in head and "日讯" not in head and "日訊" not in head:
        return None
    if not (found := _BARE_NAME_DATELINE.match(text)):
        return None
    names = re.split(r"[ 、]", found["value"])
    return found["value"] if all(is_name(name) for name in names) else None

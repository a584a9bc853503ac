"""Sign-offs that close a story on a line of their own and name who reported it, in the two
shapes no label reader knows:

- the name, a comma, and where it was reported from: "黄莉玲，联合国纽约总部报道。" (a UN or
  wire desk's sign-off: the writer first, the place after, 报道 closing);
- the outlet and its reporter glued, then 报道, closing the story: "希望之聲國際廣播電台張翠報導"
  (a broadcaster's sign-off): the outlet is the source, the name the author;
- an outlet's reporter who compiled the story from other outlets' reports: "海港新闻记者 王某
  综合环球时报（甲 乙）、新京报（记者丙）等" — the reporter named first is the writer; the
  bracketed names are the followed outlets' reporters, not the page's;
- the whole line in brackets, the outlet or the writer, a slash and the report's word
  ("（河畔新聞網／綜合報導）", "（米妮 / 綜合報導）"), or the writers with the paper's reporter
  last ("（许开踟 本报记者 叶素健）"): a credit standing between or after the paragraphs.

Each is a credit (the body drops it) and names the author. Each test opens with a cheap
substring or length check; the regular expressions run on the few lines that pass.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.vocab import OUTLET_SHAPE, REPORT_WORDS

_SIGNED_MAX = 30  # "黄莉玲，联合国纽约总部报道。": a name, a place, 报道
_COMPILED_MAX = 160  # the followed outlets may be several, each with its reporters

_NAME_PLACE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,5})[，,]\s*[\u4e00-\u9fff]{2,16}?(?:报道|報導|報道)[。.]?$"
)
_COMPILED = re.compile(
    r"^[\u4e00-\u9fff《》+＋]{0,12}?[记記]者\s*(?P<name>[\u4e00-\u9fff·]{2,4})"
    r"(?:[、\s][\u4e00-\u9fff·]{2,4})?\s+(?:综合|綜合)\s*\S"
)
# An outlet's name ends in what it is (a station, an agency, a paper, a site); the reporter's
# two or three characters stand between it and 报道, with 记者 before them or not.
_OUTLET_REPORTED = re.compile(
    r"^(?![据據])(?P<outlet>[\u4e00-\u9fff]{2,14}?(?:電台|电台|電視台|电视台|通訊社|通讯社|日報|日报|社|網|网|報|报|臺|台|新闻|新聞|之音|之聲|之声))"
    r"(?:記者|记者)?\s*(?P<name>[\u4e00-\u9fff·]{2,3})\s*(?:報導|报道|報道|报导)[。.]?$"
)
# What closes a compile note: 等, 报道, a bracket (the last outlet's reporters).
_COMPILED_ENDS = ("等", "报道", "報導", "）", ")", "。", "等报道")


def outlet_reported(text: str) -> tuple[str, str] | None:
    """(outlet, reporter) of a closing "X電台Y報導" sign-off (see above), else ``None``."""
    if len(text) <= _SIGNED_MAX and text.rstrip("。.").endswith(REPORT_WORDS):
        match = _OUTLET_REPORTED.match(text)
        if match and is_name(match["name"]):
            return match["outlet"], match["name"]
    return None


def report_signoff(text: str) -> str | None:
    """The writer a closing sign-off names, or ``None`` when ``text`` is not one."""
    if len(text) <= _SIGNED_MAX and ("报" in text or "報" in text):
        match = _NAME_PLACE.match(text)
        if match and is_name(match["name"]):
            return match["name"]
        if reported := outlet_reported(text):
            return reported[1]
    if (
        len(text) <= _COMPILED_MAX
        and ("综合" in text or "綜合" in text)
        and text.rstrip().endswith(_COMPILED_ENDS)
        and "。" not in text[:-1]
        and (match := _COMPILED.match(text))
        and is_name(match["name"])
    ):
        return match["name"]
    return None


_BRACKETED_MAX = 30
# "（河畔新聞網／綜合報導）", "（米妮 / 報導）": the outlet or a writer, a slash, the report's word.
_SLASH_REPORTED = re.compile(
    r"^[（(]\s*(?P<who>[\u4e00-\u9fffA-Za-z·]{2,12})\s*[／/╱]\s*"
    r"(?:综合|綜合|编译|編譯)?(?:报道|報導|報道|报导)\s*[）)]$"
)
# "（许开踟 本报记者 叶素健）": writers, the paper's reporter named last.
_NAMES_REPORTER = re.compile(
    r"^[（(]\s*(?P<names>(?:[\u4e00-\u9fff·]{2,4}\s+){1,3})(?:本报|本報)(?:记者|記者)\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4})\s*[）)]$"
)


def bracketed_signoff(text: str) -> bool:
    """Whether ``text`` is a whole bracketed sign-off line (see above): the story's credit."""
    if len(text) > _BRACKETED_MAX or text[:1] not in "（(" or text[-1:] not in "）)":
        return False  # a cheap look first
    if match := _SLASH_REPORTED.match(text):
        who = match["who"]
        return is_name(who) or OUTLET_SHAPE.search(who) is not None
    if (match := _NAMES_REPORTER.match(text)) and is_name(match["name"]):
        return all(is_name(name) for name in match["names"].split())
    return False

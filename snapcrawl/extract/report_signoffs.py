"""Sign-offs that close a story on a line of their own and name who reported it, in the two
shapes no label reader knows:

- the name, a comma, and where it was reported from: "黄莉玲，联合国纽约总部报道。" (a UN or
  wire desk's sign-off: the writer first, the place after, 报道 closing);
- an outlet's reporter who compiled the story from other outlets' reports: "海港新闻记者 王某
  综合环球时报（甲 乙）、新京报（记者丙）等" — the reporter named first is the writer; the
  bracketed names are the followed outlets' reporters, not the page's.

Both are credits (the body drops them) and name the author. A third shape, a broadcaster's
or a paper's name glued to its reporter's and 报道 closing ("希望之聲國際廣播電台張翠報導"),
is a credit the body drops (``outlet_signoff``). Each test opens with a cheap substring or
length check; the regular expressions run on the few lines that pass.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import is_name

_SIGNED_MAX = 30  # "黄莉玲，联合国纽约总部报道。": a name, a place, 报道
_COMPILED_MAX = 160  # the followed outlets may be several, each with its reporters

_NAME_PLACE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,5})[，,]\s*[\u4e00-\u9fff]{2,16}?(?:报道|報導|報道)[。.]?$"
)
_COMPILED = re.compile(
    r"^[\u4e00-\u9fff《》+＋]{0,12}?[记記]者\s*(?P<name>[\u4e00-\u9fff·]{2,4})"
    r"(?:[、\s][\u4e00-\u9fff·]{2,4})?\s+(?:综合|綜合)\s*\S"
)
# "希望之聲國際廣播電台張翠報導", "美國之音王明報導": the outlet, its reporter's name, 报道.
_OUTLET_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,14}?(?:报|報|网|網|台|臺|社|之声|之聲|之音|新闻|新聞)(?:记者|記者)?"
    r"(?P<name>[\u4e00-\u9fff]{2,3})(?:报道|報導|報道|报导)[。.]?$"
)
_OUTLET_SIGNED_MAX = 26
_FILED = ("报道", "報導", "報道", "报导")
# What closes a compile note: 等, 报道, a bracket (the last outlet's reporters).
_COMPILED_ENDS = ("等", "报道", "報導", "）", ")", "。", "等报道")


def report_signoff(text: str) -> str | None:
    """The writer a closing sign-off names, or ``None`` when ``text`` is not one."""
    if len(text) <= _SIGNED_MAX and ("报" in text or "報" in text):
        match = _NAME_PLACE.match(text)
        if match and is_name(match["name"]):
            return match["name"]
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


def outlet_signoff(text: str) -> bool:
    """A sign-off closing a story on its own line: an outlet's name, its reporter's name glued
    after it, and 报道 ("希望之聲國際廣播電台張翠報導"); no sentence, no label."""
    if len(text) > _OUTLET_SIGNED_MAX or ("报" not in text and "報" not in text):
        return False
    if not text.rstrip("。.").endswith(_FILED):
        return False
    match = _OUTLET_NAME.match(text)
    return match is not None and is_name(match["name"])

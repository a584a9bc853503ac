"""The outlet a byline names beside its writer with a slash: "X / 新明日报", "Y報／記者X／….

A portal that carries a partner paper's story prints the paper in the byline, where its own
name stands in the tags: the writer's name, a slash, the paper ("刘玮琳 / 新明日报", often
three elements: the name, a "/" of its own, the paper), or the paper, a slash and its
reporter's credit ("聯合報／記者李明／台北即時報導", after the date, or in the bracket that opens
the story: "【聯合報╱記者李明／台北報導】…"), or the paper, a slash and its reporter's bare
name ("台灣醒報／李宛儒", "【中廣新聞／陳奕華】"). The part beside the slash
is the story's outlet when it is shaped like one (OUTLET_SHAPE: 报, 社, 网, 新闻 …) and the
name is shaped like a person's, not a second outlet's.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.dom import Line
from snapcrawl.extract.source_lines import unlabeled_token
from snapcrawl.extract.vocab import OUTLET_SHAPE, REPORTER_RANK

_NAME_THEN_OUTLET = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,6})\s*[／/╱]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12})$"
)
# The paper, a slash and its reporter's bare name, maybe in the byline's brackets.
_OUTLET_THEN_NAME = re.compile(
    r"^[【\[]?(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12})\s*[／/╱]\s*(?P<name>[\u4e00-\u9fff·]{2,4})[】\]]?$"
)
# ("╱", a box-drawing diagonal, is the slash of Taiwanese papers' bylines: "聯合報╱記者X")
_OUTLET_THEN_REPORTER = re.compile(
    r"(?:^|\s|[【〔\[])(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12})\s*[／/╱]\s*"
    rf"{REPORTER_RANK}(?:記者|记者)"
)
# A paper's byline line in brackets crediting a wire's dateline after the slash: the paper is
# the story's outlet, the wire where it had the story from.
_BRACKETED_WIRE = re.compile(
    r"[【〔\[](?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12})\s*[／/╱][^】〕\]／/╱]{2,24}?"
    r"\d{1,2}日(?:電|电|專電|专电)[】〕\]]$"
)
_LINE_MAX = 48  # a byline, maybe after the date: one short line
_SLASHES = ("/", "／", "╱")
_OUTLET_MIN = 3  # 聯合報, 新华社: an outlet's name, not a section's word


def _outlet_of(text: str) -> str | None:
    if (match := _NAME_THEN_OUTLET.match(text)) and is_name(match["name"]):
        outlet = match["outlet"]  # not "跨性別案例/新聞", a section's path
    elif (match := _OUTLET_THEN_NAME.match(text)) and is_name(match["name"]):
        outlet = match["outlet"]  # "台灣醒報／李宛儒", "【中廣新聞／X】": the paper, its reporter
    elif "記者" in text or "记者" in text:
        match = _OUTLET_THEN_REPORTER.search(text)
        outlet = match["outlet"] if match else ""
    elif text[:1] in "【〔[" and (match := _BRACKETED_WIRE.match(text)):
        outlet = match["outlet"]  # "【世界日報╱法新社華盛頓9日電】": the paper carrying the wire
    else:
        return None
    if len(outlet) < _OUTLET_MIN or not OUTLET_SHAPE.search(outlet):
        return None  # "新聞" alone is a section's word, no outlet's name
    return unlabeled_token(outlet)


def byline_outlet(zone: list[Line]) -> str | None:
    """The outlet a slashed byline in ``zone`` (the lines by the heading) names."""
    for pos, line in enumerate(zone):
        if line.chars > _LINE_MAX or not any(s in line.text for s in _SLASHES):
            continue
        text = line.text.strip()
        if text in _SLASHES:  # "刘玮琳" | "/" | "新明日报": the byline's three elements
            if 0 < pos < len(zone) - 1:
                before, after = zone[pos - 1], zone[pos + 1]
                if before.chars <= 8 and after.chars <= 12:
                    text = f"{before.text.strip()} / {after.text.strip()}"
                else:
                    continue
            else:
                continue
        if found := _outlet_of(text):
            return found
    return None


# "【聯合報╱記者王小明／台北報導】台北市…": the same byline in a bracket opening the story.
_OPENING_BRACKET = re.compile(r"^\s*[【〔\[]\s*(?P<inner>[^【】〔〕\[\]]{4,40}?)\s*[】〕\]]")
_OPENING_REACH = 16  # where 記者 stands in such a bracket: after the outlet and a slash


def opening_byline_outlet(text: str) -> str | None:
    """The outlet of a slashed byline in the bracket that opens the story (see above)."""
    if text[:1] not in "【〔[" or (
        "記者" not in text[:_OPENING_REACH] and "记者" not in text[:_OPENING_REACH]
    ):
        return None
    if not (found := _OPENING_BRACKET.match(text)):
        return None
    match = _OUTLET_THEN_REPORTER.match(found["inner"])
    if not match or len(outlet := match["outlet"]) < _OUTLET_MIN or not OUTLET_SHAPE.search(outlet):
        return None
    return unlabeled_token(outlet)

"""A service's box inside the story: its pitch and the button that acts on it.

Portals set boxes between a story's paragraphs that sell something beside it: a car's card
with 询底价 and 预约试驾, a flat's card with 查看户型 and 免费通话, a shop's price with 去看看, a
lawyer service's "在线律师免费解答" with 立即咨询, a membership's pitch with 立即开通, a
newsletter's with 点击订阅. What they share is a shape no part of a story has: a block below
the article's container with no prose line in it (labels, prices, counters and a slogan),
holding a button: a short link whose words ask the reader to act (a verb of
buying, asking, booking or signing up, maybe after 立即/免费/去). Such a block's short lines
are the box's, however they are worded, and they go with it; a line of prose anywhere in a
block makes it the story's, so a story's own link is never taken for one.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.dom import Line, blocks_around
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.vocab import TABLE_TAGS

# The acts alone: a line without one holds no button (one scan before the links are read).
_ACTS = (
    "询|咨询|预约|申请|报名|领取|获取|查看|看看|购买|抢购|下单|开通|订阅|续费|"
    "通话|致电|试驾|试用|试听|收藏|登录|注册|加入|参与|捐助|捐款|捐赠|购票|订票|抢票"
)
_ACT = re.compile(_ACTS)
# A button's words: an optional urge (立即, 马上, 免费, 一键, 点此, 点击, 去, 在线), then an act
# on the service (ask, book, buy, get, see, open, subscribe, sign up, save), maybe with its
# object ("询底价", "预约试驾", "查看户型", "免费通话", "立即开通", "去看看", "收藏菜谱").
_BUTTON = re.compile(
    r"^(?:立即|马上|免费|一键|点此|点击|去|在线|快速|立刻|我要)?"
    rf"(?:{_ACTS})[\u4e00-\u9fff]{{0,3}}$"
)
_BUTTON_MAX = 6  # a button's words
_BUTTON_TRIM = " \t\r\n>＞»›→【】[]<《》()（）"
_BOX_MAX_LINES = 8  # a card is a few lines: a story's section is longer
_BOX_MAX_CHARS = 160


def _has_button(element: etree._Element) -> bool:
    for el in element.iter("a"):  # (no <button>: the page reader drops form controls)
        # its last words: a shop's button may name the shop and the price first
        # ("京东 ¥3999 去看看")
        parts = "".join(el.itertext()).split()
        words = parts[-1].strip(_BUTTON_TRIM) if parts else ""
        if 2 <= len(words) <= _BUTTON_MAX and _BUTTON.match(words):
            return True
    return False


def cut_action_boxes(
    kinds: list[tuple[Kind, str]],
    lines: list[Line],
    container: etree._Element,
    unread: list[int],
) -> None:
    """Mark the short lines of each service box below ``container`` (see the module's
    doc) BAD "ui". Only lines that are not prose (``unread``: their places) and hold a link
    are looked at for a button (a few a page); the box is the highest block above that line
    with no prose in it."""
    done: set[etree._Element] = set()
    for i in unread:  # (none of them prose: this is the first cut to read them)
        line = lines[i]
        if (
            not line.link_chars
            or not _ACT.search(line.text)  # the button's act is in the line's words
            or line.owner is container
            or line.owner in done
            or line.owner.tag in TABLE_TAGS
            or not _has_button(line.owner)
        ):
            continue
        box = None
        for anc, members in blocks_around(lines, i, container, _BOX_MAX_LINES):
            if (
                any(kinds[k][0] is Kind.GOOD for k in members)
                or sum(lines[k].chars for k in members) > _BOX_MAX_CHARS
            ):
                break
            box = members
            done.add(anc)
        for k in box or ():
            if kinds[k][0] is Kind.SHORT:  # a BAD line keeps its reason (a list's links)
                kinds[k] = (Kind.BAD, "ui")

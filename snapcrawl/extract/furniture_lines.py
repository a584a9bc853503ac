"""Noise layer 1: lines of page furniture, known by their shape.

Previous/next and print bars, copyright and ICP footers, breadcrumbs, the headings that open
a list of other stories, and the stamped teasers of such lists: short lines whose words or
stamps say what they are, wherever they stand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from snapcrawl.extract import thresholds
from snapcrawl.extract.according_to import attribution_line
from snapcrawl.extract.dates import YEAR, date_spans, ends_with_date, is_date_only
from snapcrawl.extract.han_dates import han_date_only
from snapcrawl.extract.simplified import read_simplified
from snapcrawl.extract.vocab import (
    CRUMB_PREFIX,
    CRUMB_SEPARATORS,
    FOOTER_LINE,
    LIST_HEADING,
    NAV_LINE,
    SENTENCE_PUNCT,
)

# A clock alone on its line: the stamp of a live ticker's or a live blog's item ("08:17:43",
# "09:48"); a time the story speaks of comes with words ("9时48分", "上午9:48").
_BARE_CLOCK = re.compile(r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?")


def is_nav_line(text: str) -> bool:
    """Previous/next links, "back to top", print bars and the like."""
    return len(text) <= thresholds.NAV_LINE_MAX and NAV_LINE.search(text) is not None


# A character each of FOOTER_LINE's words holds: 备/证 (ICP备, 公网安备), 版 (版权所有), g
# (Copyright, All Rights Reserved), ©, "(" ("(c) 2024"), 增, 违, 网, 关, 联. The regex ignores
# case, but no other character folds to g or to these. One character-class scan (~0.15 us)
# before the case-folded alternation (~1-2 us), which 5 lines in 6 then skip.
_FOOTER_CHARS = re.compile("[备证版gG©(增违网关联]")
# Then the words themselves, case-sensitive where the Chinese words have no case (版权,
# 增值, 违法, 网站地图, 关于我们, 联系我们): half the lines past the characters (a 网 or a 关
# of the story) skip the case-folded alternation. Not as the first scan: there it cost
# more than the class it would replace (callgrind, the benchmark pages' lines).
_FOOTER_WORDS = re.compile("[备证©(gG]|版权|增值|违法|网站地图|关于我们|联系我们")


def is_footer_line(text: str) -> bool:
    """Copyright, ICP licence and "about us" lines."""
    return (
        len(text) <= thresholds.FOOTER_LINE_MAX
        and _FOOTER_CHARS.search(text) is not None
        and _FOOTER_WORDS.search(text) is not None
        and FOOTER_LINE.search(text) is not None
    )


def breadcrumb_parts(text: str, link_density: float) -> list[str] | None:
    """The items of a breadcrumb line (当前位置：首页 > 地方 > 正文), or ``None``."""
    if len(text) > thresholds.CRUMB_LINE_MAX:
        return None
    prefixed = CRUMB_PREFIX.match(text)
    if not prefixed and link_density < thresholds.CRUMB_LINK_DENSITY:
        return None  # decided before the split: most lines stop here
    parts = [p.strip() for p in CRUMB_SEPARATORS.split(CRUMB_PREFIX.sub("", text)) if p.strip()]
    if len(parts) < 2 or any(len(p) > thresholds.CRUMB_PART_MAX for p in parts):
        return None
    return parts if prefixed or len(parts) >= 3 else None


# A line's answer is its text's alone, and several readers ask it of the same line (and a
# site's lines recur page after page): each text is judged once, at most 4096 remembered.
@lru_cache(maxsize=4096)
def is_list_heading(text: str) -> bool:
    """A short title that opens a list section (相关文章, 更多关于…的资讯, 热点排行); not
    a credit naming outlets that end like one (综合新华社、央视新闻). The title may sit in
    any of the brackets pages frame such labels with ("『相关阅读』", "〖热点推荐〗")."""
    core = text.strip(" :：>》»【】[]|『』「」〖〗〔〕")
    if not 2 <= len(core) <= thresholds.LIST_HEADING_MAX:
        return False
    core = read_simplified(core)  # "相關新聞", "熱門推薦"
    return (
        bool(LIST_HEADING.search(core))
        and not SENTENCE_PUNCT.search(core)
        and not (core.startswith(("综合", "据", "（", "(")) and attribution_line(core))
    )


def is_list_item(text: str) -> bool:
    """A stamped or bulleted teaser line: "· 标题 2023-06-15", a bare date (in Han numerals
    too), or a bare clock (a ticker's or a live blog's items carry only the time)."""
    length = len(text)
    # _BARE_CLOCK cannot match without its ASCII colons: most short lines (~40 % of a
    # page's lines are 8 characters or less) have none and skip the regex call.
    if length <= 8 and ":" in text and _BARE_CLOCK.fullmatch(text):
        return True
    if length > thresholds.LIST_ITEM_MAX:
        return False
    if not YEAR.search(text, length - thresholds.STAMP_TAIL):  # stamps end lines
        # a date in Han numerals alone ("二〇二四年三月五日（星期二）") writes no year digits
        return "年" in text and han_date_only(text)
    spans = date_spans(text)
    if not spans:
        return False
    # (the text is LIST_ITEM_MAX characters or less here: longer lines returned above)
    return is_date_only(text, spans) or ends_with_date(text, spans)

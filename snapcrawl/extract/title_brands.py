"""The host's brand in its title bar, as the outlet of a story the page credits to no one.

A newsroom's own story names no source: it is the host's. Its title bar ends in the host's
brand ("… - BBC News 中文", "… - Harbour Times"), which ``meta.site_names`` reads. Read last,
after every credit and tag, and only when the brand says in its own words that it is a
newsroom's (News, TV, Radio, Daily, Times, Post …, or a Chinese paper's 日报, 晚报, 时报,
早报: "… | 蘋果日報"): any other Chinese site name in the bar (示例网)
may be a portal, a blog or a forum that publishes what others write, and a bare Latin brand
(a company's, a code host's) says nothing of news. A platform's name is nobody's outlet.
"""

from __future__ import annotations

import re

_NEWS_BRAND = re.compile(r"\b(?:News|TV|Radio|Daily|Times|Post|Press|Herald|Tribune|Journal)\b")
_ADDRESS = re.compile(r"\.")
_PLATFORM = re.compile(r"平[台臺]$")
_MAX = 24  # "BBC News 中文": a brand, not a sentence
# "… | 頭條要聞 | 蘋果日報": a paper's name ends in what the paper is (a daily, an evening
# paper, a "times"), which no portal's, blog's or forum's name does (示例网 may be any of them).
_PAPER = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:日報|日报|晚報|晚报|時報|时报|早報|早报)$")
_PAPER_MAX = 8


def title_brand(site: tuple[str, ...]) -> str | None:
    """The first of the page's site names that is a news brand by its words."""
    for name in site:
        if len(name) > _MAX or _ADDRESS.search(name) or _PLATFORM.search(name):
            continue
        if _NEWS_BRAND.search(name) or (len(name) <= _PAPER_MAX and _PAPER.search(name)):
            return name
    return None

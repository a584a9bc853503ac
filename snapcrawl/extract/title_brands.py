"""The host's brand in its title bar, as the outlet of a story the page credits to no one.

A newsroom's own story names no source: it is the host's. Its title bar ends in the host's
brand ("… - BBC News 中文", "… - Harbour Times"), which ``meta.site_names`` reads. Read last,
after every credit and tag, and only when the brand says in its own words that it is a
newsroom's (News, TV, Radio, Daily, Times, Post …): a Chinese site name in the bar (示例网)
may be a portal, a blog or a forum that publishes what others write, and a bare Latin brand
(a company's, a code host's) says nothing of news. A platform's name is nobody's outlet.
"""

from __future__ import annotations

import re

_NEWS_BRAND = re.compile(r"\b(?:News|TV|Radio|Daily|Times|Post|Press|Herald|Tribune|Journal)\b")
_ADDRESS = re.compile(r"\.")
_PLATFORM = re.compile(r"平[台臺]$")
_MAX = 24  # "BBC News 中文": a brand, not a sentence


def title_brand(site: tuple[str, ...]) -> str | None:
    """The first of the page's site names that is a news brand by its words."""
    for name in site:
        if len(name) > _MAX or _ADDRESS.search(name) or _PLATFORM.search(name):
            continue
        if _NEWS_BRAND.search(name):
            return name
    return None

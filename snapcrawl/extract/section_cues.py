"""Where a page shows its section when it writes no 栏目 label and marks no trail.

Portals show the section a story is filed under in a few other ways, each read here by its
shape, never by a site's names:

- a trail that opens with the home page and whose crumbs the markup separates: a separator
  in the text (主頁 » 港聞 » 标题), separator items between list items (首页 / 法治), icons
  between links (``<a>首页</a><i class="icon-arrow"></i><a>科技</a>``) or a microdata
  ``BreadcrumbList``;
- a kicker: a lone short link standing right above the headline (财经观察 over the h1);
- the channel a mobile page's header bar names beside its back link;
- the navigation item marked current (``class="on"``, ``active``, ``cur``,
  ``aria-current="page"``), unless that item is the home page;
- the channel the title bar names between the headline and the site (标题_国内新闻_X网).

A kicker and the title bar's piece count only when a menu above the story lists the same
channel (``on_menu``): a logo, a tag or a badge may stand there too.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line
from snapcrawl.extract.text import normalize_text
from snapcrawl.extract.title_pieces import TITLE_SPLIT
from snapcrawl.extract.vocab import CRUMB_LEAVES, CRUMB_SEPARATORS, HOME_CRUMBS, HOME_STARTS

_SEPARATOR_ONLY = re.compile(r"[>»›→/＞\\|｜·•-]+")
_SPACED_DASH = re.compile(r"\s+[-—–]{1,2}\s+")
_ICON_TAGS = frozenset({"i", "img", "em", "span", "svg", "b"})
# A class naming the current item: "on", "nav-active", WordPress's "current-menu-item" and
# "current_page_parent"; one search over the whole class value.
_CURRENT = re.compile(
    r"(?:^|\s)(?:(?:on|cur|curr|current|active|selected|this)|\S*[-_](?:on|cur|current|active)"
    r"|current[-_]\S*)(?:\s|$)"
)
_SECTION_MAX = 8  # characters of a section's name shown as a kicker, nav item or title piece
# Not a section's one name: a count or a date, a button, an outlet ("X日报", "《X》": a work's
# title marks), words a space or a crumb's separator sets apart ("国内新闻>正文": a trail, read
# as one elsewhere; "X新闻　频道": two pieces).
_NOT_SECTION = re.compile(
    r"\d|^(?:返回|更多|上一|下一|点击)|登录|登入|注册|下载|扫码|分享|关注|订阅|[网網报報社台臺]$"
    r"|[《》〈〉<>>»›→＞|｜/\\\s]"
)
BACK_STARTS = ("返回", "‹", "<", "〈")  # what a mobile header's back link says
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _text(el: etree._Element) -> str:
    return normalize_text("".join(el.itertext()))


def home_trail(line: Line) -> list[str] | None:
    """The crumbs of a trail that opens with the home page, or ``None``."""
    text = line.text
    if not text.startswith(HOME_STARTS) or len(text) > thresholds.CRUMB_LINE_MAX:
        return None
    parts = [p.strip() for p in CRUMB_SEPARATORS.split(text) if p.strip()]
    if len(parts) < 2:  # "首页 - 房产 - 正文": a spaced dash once home opens the line
        parts = [p for p in _SPACED_DASH.split(text) if p]
    if len(parts) >= 2:  # the last crumb may be the headline, however long
        short = all(len(p) <= thresholds.CRUMB_PART_MAX for p in parts[:-1])
        return parts if short and len(parts) <= 6 else None
    owner = line.owner
    if owner.tag == "li" and (trail := owner.getparent()) is not None:
        items = [_text(li) for li in trail if li.tag == "li"]
        crumbs = [i for i in items if i and not _SEPARATOR_ONLY.fullmatch(i)]
        marked = "breadcrumblist" in (trail.get("itemtype") or "").lower()
        if 2 <= len(crumbs) <= 6 and (marked or len(crumbs) < len(items)):
            return crumbs
        return None
    return _iconed(owner)


def _iconed(owner: etree._Element) -> list[str] | None:
    """Crumbs with an empty icon element between each two of them, and no text beside."""
    if (owner.text or "").strip():
        return None
    crumbs: list[str] = []
    icons = 0
    for child in owner:
        if (child.tail or "").strip():
            return None
        text = _text(child)
        if text:
            crumbs.append(text)
        elif child.tag in _ICON_TAGS:
            icons += 1
    return crumbs if 2 <= len(crumbs) <= 6 and icons >= len(crumbs) - 1 else None


def _is_section_name(text: str) -> bool:
    return (
        2 <= len(text) <= _SECTION_MAX
        and text not in HOME_CRUMBS
        and text not in CRUMB_LEAVES
        and not _NOT_SECTION.search(text)
    )


def kicker(previous: Line | None) -> str | None:
    """The section a lone short link (or a column's own heading) right above the headline
    names (``previous``: the line before the heading): not a list's item, not a back or
    more link, not a site."""
    if previous is None or not _is_section_name(previous.text):
        return None
    owner = previous.owner
    if not previous.is_link:
        return previous.text if owner.tag in _HEADINGS else None
    if owner.tag in ("li", "dd", "dt") or sum(1 for _ in owner.iter("a")) != 1:
        return None
    return previous.text


def _is_current(el: etree._Element) -> bool:
    """Whether a menu item is marked current; most links carry no class (a cheap test)."""
    cls = el.get("class")
    if cls is not None and _CURRENT.search(cls):
        return True
    return el.get("aria-current") in ("page", "true", "location")


def current_nav(lines: list[Line]) -> str | None:
    """The last navigation item above the story marked current, unless it is home: a
    menu marks the page's channel, and a sub-menu after it the narrower section."""
    found = None
    for line in lines:
        if not line.is_link or line.chars > 80:
            continue
        for el in line.owner.iter("li", "a"):
            if not _is_current(el):
                continue
            menu = el.getparent()
            if menu is not None and el.tag == "a" and menu.tag == "li":
                menu = menu.getparent()
            if menu is None or len(menu) < 4:
                continue  # a pair of tabs, not a menu
            text = _text(el)
            if text in HOME_CRUMBS:
                found = None  # the home page is current: no section
            elif _is_section_name(text):
                found = text
    return found


def title_bar_section(doc_title: str, title: str) -> str | None:
    """The piece of ``<title>`` between the headline and the site's name."""
    if not title or title not in doc_title:
        return None
    pieces = [p for p in TITLE_SPLIT.split(doc_title) if p]
    if len(pieces) < 3 or title not in pieces[:-2]:
        return None
    piece = pieces[pieces.index(title) + 1]
    site = pieces[-1]
    if not _is_section_name(piece) or piece[:2] == site[:2]:
        return None
    return piece


def back_bar(line: Line) -> str | None:
    """The channel a mobile page's header names beside its back link ("‹ 返回  科技")."""
    if not line.text.startswith(BACK_STARTS) or line.chars > 20:
        return None
    links = [_text(a) for a in line.owner.iter("a")]
    if len(links) != 1 or not links[0].startswith(BACK_STARTS):
        return None
    rest = line.text[len(links[0]) :].strip(" |｜·")
    return rest if line.text.startswith(links[0]) and _is_section_name(rest) else None


def menu_names(lines: list[Line], skip: Line | None = None) -> set[str]:
    """The short link texts above the story (its menus' items, one per line or several
    on a line), but ``skip``'s: what a kicker or the title bar's piece is checked against."""
    names: set[str] = set()
    for line in lines:
        if line.is_link and line is not skip:
            names.update(w for w in line.text.split() if 2 <= len(w) <= _SECTION_MAX)
    return names


def on_menu(name: str, names: set[str]) -> bool:
    """Whether a menu above the story lists ``name``'s channel ("国内" for "国内新闻"): a
    site names its sections in its menus, not its logo, tags or a story's badge."""
    return any(item in name or name in item for item in names)

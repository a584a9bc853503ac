"""The section a story is filed under, its publication time and its title where real
portals show them in forms no earlier round read (issue 14, sets K28 and K28b), reduced to
their shape with made-up sites and sections other than the set pages':

- a trail that opens with the home page: separators in the text (also a spaced dash), with
  the headline or nothing as its last crumb; separator items between list items; icons
  between links; a microdata or JSON-LD ``BreadcrumbList``; a menu of plain items is none;
- ``article:section`` and JSON-LD ``articleSection``;
- a kicker (a lone link or a column's heading right above the headline) naming a channel a
  menu above lists; a site's name, a menu's last item or a name on no menu there is none;
- the menu item marked current (``on``, ``active``, WordPress's ``current-menu-item``,
  ``aria-current``), none when it is home or a pair of tabs;
- a mobile header's channel beside its back link; the title bar's channel piece (on a
  menu);
- a yearless "06-21 18:02" dated by the story's address; Republic-era dates.
"""

from __future__ import annotations

import json

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE

URL = "https://www.hepan.example.cn/a/2023/0621/77.html"  # stamped with the day


def _page(
    above: str = "",
    *,
    meta: str = "2023-06-21 18:02",
    head: str = "",
    bar: str | None = None,
    menu: str = "",
    kick: str = "",
) -> str:
    text = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{bar or TITLE + '_河畔网'}</title>{head}"
        f"</head><body><div class='top'><a href='/'>河畔网</a> <a href='/u'>登录</a></div>{menu}"
        f"<div class='wrap'>{above}<div class='detail'>{kick}<h1>{TITLE}</h1>"
        f"<div class='info'>{meta}</div><div class='text'>{text}</div></div></div>"
        + "".join(f"<div class='more'><p>相关推荐第{i}条</p></div>" for i in range(12))
        + "<div class='footer'><a href='/about'>关于我们</a></div></body></html>"
    )


def _menu(items: list[str], marks: dict[str, str] | None = None, on_link: bool = False) -> str:
    marks = marks or {}
    lis = "".join(
        f"<li><a href='/m{i}' {marks.get(n, '')}>{n}</a></li>"
        if on_link
        else f"<li {marks.get(n, '')}><a href='/m{i}'>{n}</a></li>"
        for i, n in enumerate(items)
    )
    return f"<div class='menu'><ul>{lis}</ul></div>"


MENU = ["首页", "城事", "文体", "教卫", "三农"]


def _category(html: str, url: str = URL) -> str | None:
    return extract_article(html, url).category


# --- trails opening with the home page -----------------------------------------------------


def test_a_trail_ending_with_the_headline_in_traditional_characters() -> None:
    trail = f"<div><a href='/'>首頁</a> › <a href='/c'>城事</a> › {TITLE}</div>"
    assert _category(_page(trail)) == "城事"


def test_a_trail_without_links() -> None:
    assert _category(_page("<div>首页 ＞ 文体 ＞ 详情</div>")) == "文体"


def test_a_trail_with_spaced_dashes() -> None:
    trail = "<div><a href='/'>首页</a> — <a href='/c'>城建</a> — 正文</div>"
    assert _category(_page(trail)) == "城建"


def test_separator_items_between_list_items() -> None:
    trail = "<ul><li><a href='/'>网站首页</a></li><li>»</li><li><a href='/j'>教卫</a></li></ul>"
    assert _category(_page(trail)) == "教卫"


def test_a_microdata_breadcrumb_list() -> None:
    trail = (
        "<ol itemscope itemtype='https://schema.org/BreadcrumbList'>"
        "<li itemprop='itemListElement'><a href='/'>首页</a></li>"
        "<li itemprop='itemListElement'><a href='/s'>三农</a></li></ol>"
    )
    assert _category(_page(trail)) == "三农"


def test_icons_between_crumbs() -> None:
    trail = "<p><a href='/'>首页</a><img src='/i/gt.png'><a href='/g'>港澳</a></p>"
    assert _category(_page(trail)) == "港澳"


def test_a_menu_of_plain_items_is_no_trail() -> None:
    assert _category(_page(menu=_menu(MENU))) is None


# --- what the head states ------------------------------------------------------------------------


def test_article_section_meta() -> None:
    head = "<meta property='article:section' content='教卫'>"
    assert _category(_page(head=head)) == "教卫"


def test_json_ld_article_section_and_breadcrumb_list() -> None:
    ld = {"@type": "NewsArticle", "headline": TITLE, "articleSection": "城事"}
    head = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    assert _category(_page(head=head)) == "城事"
    items = [{"@type": "ListItem", "position": n, "name": v} for n, v in ((2, "三农"), (1, "首页"))]
    ld = {"@graph": [{"@type": "BreadcrumbList", "itemListElement": items}]}
    head = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    assert _category(_page(head=head)) == "三农"


# --- kickers -------------------------------------------------------------------------------------


def test_a_lone_link_above_the_headline_naming_a_menus_channel() -> None:
    kick = "<div class='lab'><a href='/x'>城事观察</a></div>"
    assert _category(_page(kick=kick, menu=_menu(MENU))) == "城事观察"
    assert _category(_page(kick=kick)) is None  # no menu lists it: a tag, a badge


def test_a_columns_heading_above_the_headline() -> None:
    assert _category(_page(kick="<h3>文体</h3>", menu=_menu(MENU))) == "文体"


def test_a_site_name_or_a_menus_item_above_the_headline_is_none() -> None:
    assert _category(_page(kick="<div><a href='/'>河畔网</a></div>")) is None
    assert _category(_page(kick=_menu(MENU[1:]))) is None


# --- the menu item marked current ---------------------------------------------------------------


def test_the_current_menu_item() -> None:
    assert _category(_page(menu=_menu(MENU, {"文体": "class='active'"}))) == "文体"
    marked = _menu(MENU, {"教卫": "aria-current='page'"}, on_link=True)
    assert _category(_page(menu=marked)) == "教卫"
    wordpress = _menu(MENU, {"三农": "class='menu-item current-menu-item'"})
    assert _category(_page(menu=wordpress)) == "三农"


def test_a_sub_menu_names_the_narrower_section() -> None:
    menus = _menu(MENU, {"城事": "class='cur'"}) + _menu(
        ["区县", "街道", "社区", "园区"], {"街道": "class='cur'"}
    )
    assert _category(_page(menu=menus)) == "街道"


def test_home_current_or_a_pair_of_tabs_is_no_section() -> None:
    assert _category(_page(menu=_menu(MENU, {"首页": "class='on'"}))) is None
    tabs = "<ul><li class='on'><a href='#'>城事</a></li><li><a href='#'>文体</a></li></ul>"
    assert _category(_page(menu=tabs)) is None


def test_a_name_of_several_pieces_or_a_works_title_is_no_section() -> None:
    """A current item or a kicker naming an outlet in title marks (《X》), a trail's pieces
    ("文体>详情") or two words apart ("城事　频道") is not one section's name: none is
    given rather than a wrong one."""
    paper = ["首页", "城事", "文体", "《河畔晚报》", "教卫"]
    assert _category(_page(menu=_menu(paper, {"《河畔晚报》": "class='cur'"}))) is None
    trail = "<div><a href='/c'>文体&gt;详情</a></div>"
    assert _category(_page(kick=trail, menu=_menu(MENU))) is None
    spaced = "<div><a href='/c'>城事\u3000频道</a></div>"
    assert _category(_page(kick=spaced, menu=_menu(MENU))) is None


# --- header bar and title bar ---------------------------------------------------------------------


def test_a_mobile_headers_channel_beside_its_back_link() -> None:
    bar = "<header><a href='javascript:history.back()'>返回</a><span>城事</span></header>"
    assert _category(_page(menu=bar)) == "城事"


def test_the_title_bars_channel_piece() -> None:
    menu = _menu(MENU)
    assert _category(_page(bar=f"{TITLE} | 城事频道 | 河畔网", menu=menu)) == "城事频道"
    assert _category(_page(bar=f"{TITLE} | 城事频道 | 河畔网")) is None  # on no menu
    assert _category(_page(bar=f"{TITLE}_河畔新闻_河畔网", menu=menu)) is None  # the site
    assert _category(_page(bar=f"{TITLE}_河畔网", menu=menu)) is None


# --- published time ------------------------------------------------------------------------------


def _published(html: str, url: str = URL) -> str | None:
    value = extract_article(html, url).published_at
    return value.strftime("%Y-%m-%d %H:%M") if value else None


def test_a_yearless_stamp_takes_the_year_of_the_address() -> None:
    assert _published(_page(meta="06-21 18:02 河畔网")) == "2023-06-21 18:02"
    assert _published(_page(meta="06-21 18:02"), "https://www.hepan.example.cn/a/77.html") is None


def test_republic_era_dates() -> None:
    assert _published(_page(meta="中華民國112年6月21日 資料來源：工務處")) == "2023-06-21 00:00"
    assert _published(_page(meta="公告日期：112/06/21")) == "2023-06-21 00:00"
    assert _published(_page(meta="編號 112-06-21")) is None  # no label: a number

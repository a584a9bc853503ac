"""Layouts that made real articles look like lists or empty pages (issue 14's validation pass
on pages from outside the project), reduced to their structure with made-up text, and the
list pages beside them that must stay refused.

- A page rendered by a script framework and saved afterwards: a long CSS block in the head,
  the story's paragraphs inside wrappers named by CSS utility classes ("margin-bottom-20").
  "bottom" there is a side of a box, not a page footer.
- A news digest on an older portal: no meta but ``<title>``, an ``<h1>`` repeating its
  headline, a lead paragraph, a bracketed subhead ("【…汇总】") and items, each a linked
  short headline over a paragraph.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article
from snapcrawl.extract.dom import is_noise_names

STORY = [
    "入冬以来，城郊的几家农场陆续把大棚改成了智能温室，棚里的温度和湿度都由传感器自动调节。",
    "农场负责人介绍，改造之后，每亩蔬菜的用水量下降了三成，人工也省下了一半，菜价却更稳了。",
    "区农业部门的技术员每周进棚一次，帮农户看数据、调方案，遇到病虫害也能及时处理。",
    "一位种了二十年菜的老农说，刚开始并不放心机器，后来发现手机上就能看到棚里的情况。",
    "据了解，今年全区已有四十多个大棚完成改造，明年还将再改造一百个，并配套建设冷链仓库。",
    "业内人士认为，设施农业的普及需要持续的资金和技术支持，也需要培养懂数据的新农人。",
]
NAV = "".join(f"<a href='/c/{i}'>频道{i}</a>" for i in range(16))
RELATED = "".join(
    f"<li><a href='/n/{i}.html'>另一条新闻的标题第{i}条在这里</a> 2025/01/{i + 1:02d}</li>"
    for i in range(8)
)
CSS = "<style>" + "".join(f".c{i}{{margin:{i}px;color:#333}}" for i in range(400)) + "</style>"


def _rendered_page(wrapper: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in STORY * 2)
    return (
        f"<html><head><title>城郊大棚变身智能温室_示例科技</title>{CSS}"
        "<meta property='og:title' content='城郊大棚变身智能温室'></head><body>"
        f"<div id='app'><div class='top-nav'>{NAV}</div><div class='page-main'>"
        "<h1>城郊大棚变身智能温室</h1><div class='meta'>示例科技·2025年01月06日 10:30</div>"
        f"<div class='{wrapper}'><div class='rich-text'>{paragraphs}</div></div>"
        f"<div class='recommend'><ul>{RELATED}</ul></div></div>"
        "<div class='bottom'>© 2025 示例科技 版权所有</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "wrapper", ["mx-auto margin-bottom-20", "padding-top-16", "border-bottom w-full"]
)
def test_story_inside_css_utility_wrappers_is_the_body(wrapper):
    article = extract_article(_rendered_page(wrapper))
    assert article.title == "城郊大棚变身智能温室"
    assert article.paragraphs == tuple(STORY * 2)


@pytest.mark.parametrize(
    ("class_", "furniture"),
    [
        ("margin-bottom-20", False),
        ("mb-20 padding-top", False),
        ("border-bottom", False),
        ("bottom", True),
        ("page-bottom", True),
        ("footer margin-top-10", True),  # a real footer, spaced by a utility class
        ("nav-bar", True),
    ],
)
def test_utility_names_are_not_furniture(class_, furniture):
    assert is_noise_names(class_, None) is furniture


def test_a_real_footer_still_leaves_the_body():
    article = extract_article(_rendered_page("margin-bottom-20"))
    assert "版权所有" not in article.body


# --- a digest under its headline --------------------------------------------------------

LEAD = (
    "记者从市农业农村局获悉，今年全市将新建智能温室两百座，改造老旧大棚五百座，"
    "总投资约十二亿元。相关负责人表示，项目将优先安排在蔬菜主产区，带动农户增收，"
    "同时配套建设冷链仓库和农技服务站，让新建温室当年建成、当年投产。"
)
ITEMS = [
    (
        "市农业农村局：温室补贴标准提高",
        "市农业农村局相关负责人表示，新建温室每亩补贴标准由三千元提高到五千元，资金年底前拨付到位。",
    ),
    (
        "冷链仓库明年覆盖所有乡镇",
        "据介绍，明年全市将在每个乡镇至少建成一座冷链仓库，解决蔬菜采摘后的储存难题。",
    ),
    (
        "技术员包村服务制度推开",
        "今年起，全市农技人员实行包村服务，每人联系三到五个村，每月进村不少于两次。",
    ),
    (
        "农业保险扩大到设施蔬菜",
        "市财政将对设施蔬菜保险保费给予六成补贴，农户自缴部分降至每亩三十元左右。",
    ),
]


def _digest_page(
    *, heading: str = "全市今年新建智能温室两百座", lead: bool = True, dated: bool = False
) -> str:
    items = "".join(
        f"<p><a href='/n/x{i}.html'>{title}</a>{' 2025-01-0' + str(i + 1) if dated else ''}</p>"
        f"<p>{text}</p>"
        for i, (title, text) in enumerate(ITEMS)
    )
    opening = f"<p>{LEAD}</p><p>【市农业农村局新闻发布会要点汇总】</p>" if lead else ""
    return (
        f"<html><head><title>{heading}_示例财经</title></head><body>"
        f"<div class='top'>{NAV}</div><div class='where'><a href='/'>示例首页</a> &gt; 正文</div>"
        f"<h1>{heading}</h1><div class='info'>2025-01-06 16:46:00　来源: 示例日报</div>"
        f"<div class='share'>分享到：<a href='#'>0</a></div>"
        f"<div class='endText'>{opening}{items}</div>"
        f"<div class='more'>关键词阅读：<ul>{RELATED}</ul></div>"
        f"<div class='hot'>{NAV}{NAV}</div></body></html>"
    )


def test_a_digest_under_its_headline_is_an_article():
    html = _digest_page()
    assert classify_page(html) == "article"
    article = extract_article(html)
    assert article.title == "全市今年新建智能温室两百座"
    assert article.paragraphs[0] == LEAD
    assert "【市农业农村局新闻发布会要点汇总】" in article.paragraphs
    assert all(text in article.paragraphs for _, text in ITEMS)


@pytest.mark.parametrize(
    "near_miss",
    [
        {"heading": "农业要闻"},  # a channel's name, not a headline
        {"lead": False},  # the block opens with an item, not a lead
        {"dated": True},  # its items carry dates: a list with an intro
    ],
)
def test_lists_beside_the_digest_stay_lists(near_miss):
    html = _digest_page(**near_miss)
    assert classify_page(html) == "list"
    with pytest.raises(NotAnArticle) as info:
        extract_article(html)
    assert info.value.reason == "list_page"


# --- a live ticker: items stamped only with the time of day -------------------------------


def _ticker_page(clock: str) -> str:
    items = "".join(
        f"<div class='item'><div class='time'>{clock.format(i)}</div>"
        f"<div class='txt'>【{title}】{text}</div></div>"
        for i, (title, text) in enumerate(ITEMS + ITEMS)
    )
    return (
        "<html><head><title>示例财经-快讯</title></head><body>"
        f"<div class='top'>{NAV}</div><h2>全球快报</h2><div class='flash'>{items}</div>"
        f"<div class='hot'>{NAV}{NAV}</div></body></html>"
    )


def test_a_ticker_of_items_stamped_with_the_time_is_a_list():
    with pytest.raises(NotAnArticle) as info:
        extract_article(_ticker_page("08:{:02d}:43"))
    assert info.value.reason == "list_page"


def test_one_clock_line_in_a_story_leaves_it_an_article():
    html = _rendered_page("margin-bottom-20").replace(
        "<div class='rich-text'>", "<div class='rich-text'><p>00:01:45</p>"
    )
    assert extract_article(html).paragraphs[-1] == STORY[-1]


# --- a card list rendered without links: teasers cut short --------------------------------


def _cards_page(ending: str) -> str:
    long_text = [text * 3 for _, text in ITEMS]
    cards = "".join(
        f"<div class='card'><div class='card-title'>{title}</div>"
        f"<div class='card-summary'>{text[:-1]}{ending}</div><div class='card-time'>1小时前</div>"
        f"<div class='card-tag'>设施农业</div></div>"
        for title, text in zip([t for t, _ in ITEMS] * 2, long_text * 2, strict=True)
    )
    return (
        "<html><head><title>示例农业-文章库</title></head><body>"
        f"<div class='top'>{NAV}</div><div class='library'><h2>文章库</h2>{cards}</div>"
        "</body></html>"
    )


def test_cards_whose_teasers_are_cut_short_are_a_list():
    with pytest.raises(NotAnArticle) as info:
        extract_article(_cards_page("..."))
    assert info.value.reason == "list_page"


def test_paragraphs_ending_in_the_chinese_ellipsis_are_prose():
    paragraphs = [s[:-1] + "……" for s in STORY]
    html = _rendered_page("margin-bottom-20").replace(
        "".join(f"<p>{s}</p>" for s in STORY * 2), "".join(f"<p>{s}</p>" for s in paragraphs)
    )
    assert extract_article(html).paragraphs == tuple(paragraphs)

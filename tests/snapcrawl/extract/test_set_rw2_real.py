"""Layouts found on real pages saved in public repositories (issue 14, set R2: tech and
finance media, a paywall, an endless-scroll site, a university), reduced to their shape with
made-up outlets, people and wordings other than the set pages':

- a page builder that calls every block a *widget* (``elementor-widget-container``), the
  story's text among them: the story, not the cookie pop-up beside it;
- a pop-up (``role="dialog"``) that titles itself with an ``<h3>``/``<h4>``: furniture,
  for only an ``<h1>`` there is a story's headline;
- a paywall's sign-in panel (a password field, its links, a member-services box with a
  help line) beside the story's lead: the panel goes whole, the lead stays;
- that lead, cut short mid-sentence ("…的..."), alone under the heading the page declares:
  a story's opening, not a list's teaser;
- the next stories an endless-scroll page appends under the story, each a unit with its
  own ``<h1>``: only the first is the page's.
"""

from __future__ import annotations

from snapcrawl.extract import NotAnArticle, extract_article

URL = "https://tech.example.com.tw/news/2024/0612/abc.html"

STORY = [
    "澄湖市立图书馆今年起在三个分馆试行夜间自助借阅，读者刷证即可进入，借还书全程无需人工。",
    "馆方表示，试行半年来夜间到馆人次累计超过一万二千，其中上班族占了近七成，最受欢迎的是旅行与烹饪类图书。",
    "下一步，图书馆计划把自助借阅推广到全部九个分馆，并增设有声书借阅终端，方便视障读者使用。",
]
TITLE = "澄湖图书馆试行夜间自助借阅"


def _read(html: str):
    return extract_article(html, URL)


def _head(title: str = TITLE, extra: str = "") -> str:
    return (
        f'<head><meta charset="utf-8"><title>{title} - 澄湖生活网</title>'
        f'<meta property="og:title" content="{title}">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-06-12T10:20:00+08:00">'
        f"{extra}</head>"
    )


def _menu() -> str:
    items = "".join(f'<li><a href="/c/{i}">栏目{i}</a></li>' for i in range(1, 9))
    return f'<nav><ul class="menu">{items}</ul></nav>'


# --- a page builder's widgets -------------------------------------------------------------


def _builder_page() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html>{_head()}<body>{_menu()}"
        '<article class="elementor elementor-1234">'
        '<div class="elementor-element elementor-widget elementor-widget-heading">'
        f'<div class="elementor-widget-container"><h1>{TITLE}</h1></div></div>'
        '<div class="elementor-element elementor-widget elementor-widget-post-info">'
        '<div class="elementor-widget-container"><time>2024-06-12</time></div></div>'
        '<div class="elementor-element elementor-widget elementor-widget-theme-post-content">'
        f'<div class="elementor-widget-container">{paragraphs}</div></div>'
        "</article>"
        '<div class="cli-modal" id="cookieSettingsBox" role="dialog">'
        '<div class="cli-modal-body"><h4>Your Privacy Choices</h4>'
        "<p>We use cookies to remember your settings and to measure how visitors use the site. "
        "Some cookies are needed for the site to work at all. Others help us improve it. "
        "You may switch off the ones that are not needed below.</p>"
        "<table><tr><td>session_cookie_a</td><td>1 year</td>"
        "<td>This cookie stores whether the visitor accepted the banner.</td></tr>"
        "<tr><td>session_cookie_b</td><td>6 months</td>"
        "<td>This cookie stores the visitor's chosen language for later visits.</td></tr>"
        "</table></div></div>"
        "</body></html>"
    )


def test_a_builders_widget_blocks_hold_the_story() -> None:
    art = _read(_builder_page())
    assert art.paragraphs == tuple(STORY)


def test_a_pop_up_titled_by_its_own_heading_is_furniture() -> None:
    art = _read(_builder_page())
    assert "cookie" not in art.body.lower()
    assert "Privacy Choices" not in art.body


def test_a_pop_up_inside_the_story_goes_with_its_heading() -> None:
    layer = (
        '<div class="layer-box" role="dialog"><h3>把文章发给朋友</h3>'
        "<p>填写朋友的邮箱地址，系统会把本文的链接发送给对方。</p>"
        "<p>每天最多发送二十封</p></div>"
    )
    html = (
        f"<html>{_head()}<body>{_menu()}<div class='content'><h1>{TITLE}</h1>"
        f"<p>2024-06-12 10:20</p><p>{STORY[0]}</p>{layer}<p>{STORY[1]}</p><p>{STORY[2]}</p>"
        "</div></body></html>"
    )
    art = _read(html)
    assert art.paragraphs == tuple(STORY)


def test_a_sidebar_widget_is_still_furniture() -> None:
    side = (
        '<div class="widget widget-latest"><h3>最新文章</h3>'
        + "".join(
            f"<p>澄湖夜市今年新增了四十个摊位，第{i}批商户已经通过审核并开始营业。</p>"
            for i in range(1, 4)
        )
        + "</div>"
    )
    html = _builder_page().replace("</article>", f"</article>{side}")
    art = _read(html)
    assert "夜市" not in art.body
    assert art.paragraphs == tuple(STORY)


# --- a paywall: its sign-in panel, and the lead cut short ------------------------------------

LEAD = (
    "澄湖港务集团昨日公布上半年吞吐量，集装箱业务同比增长百分之十二，"
    "其中冷链集装箱增幅最大，集团董事长在说明会上表示，下半年将继续扩建东区堆场，"
    "并与两家船公司洽谈新的航线合作，预计年底前可以..."
)


def _paywall_page(lead: str = LEAD, *, panel: bool = True) -> str:
    rows = "".join(
        f'<li><a href="/news/{i}.html">港区物流第{i}期观察：仓储与运力</a></li>' for i in range(30)
    )
    return (
        f"<html>{_head('澄湖港上半年集装箱吞吐量增一成')}<body>{_menu()}"
        '<div class="main"><div class="news-content">'
        "<h1>澄湖港上半年集装箱吞吐量增一成</h1>"
        "<p><span>赵一鸣／澄湖</span></p><p>2024/06/12 08:40</p>"
        '<div class="story-text">'
        f'<p class="lead">{lead}</p>' + (_PANEL if panel else "") + "</div></div></div>"
        f'<div class="hot"><h3>近七日热门</h3><ul>{rows}</ul></div>'
        "</body></html>"
    )


_PANEL = (
    '<div class="col-box" style="border:1px solid #ccc">'
    '<div class="col-half"><h3>订户登入</h3>'
    '<form method="post" action="/login">'
    '<div class="field"><input type="text" name="user" placeholder="账号">'
    "<span>（请输入注册时使用的邮箱）</span></div>"
    '<div class="field"><input type="password" name="pw" placeholder="密码">'
    '<a href="/pw">找回密码</a> | <a href="/mail">重发验证信</a></div>'
    '<button type="submit">登入</button>'
    '<div class="field">首次使用数据库的订户，请先<a href="/on">开通账号</a></div>'
    "</form></div>"
    '<div class="col-half"><h3>订阅服务</h3>'
    '<ul><li><a href="/t">免费试读</a></li><li><a href="/q">常见问题</a></li></ul>'
    "<div>客服专线：<br>0571-1234567。<br>(工作日9:00~17:30)</div>"
    '<div>客服信箱：<br><a href="mailto:a@b.c">service@port-news.example</a></div>'
    "</div></div>"
)


def test_a_sign_in_panel_goes_whole_and_the_lead_stays() -> None:
    art = _read(_paywall_page())
    assert art.paragraphs == (LEAD,)
    for word in ("订户登入", "找回密码", "订阅服务", "客服专线", "0571-1234567", "客服信箱"):
        assert word not in art.body


def test_a_lead_cut_short_under_the_declared_heading_is_a_story() -> None:
    art = _read(_paywall_page(panel=False))  # the lead alone between the date and the links
    assert art.title == "澄湖港上半年集装箱吞吐量增一成"
    assert art.paragraphs == (LEAD,)


def test_a_short_lead_cut_short_is_no_story() -> None:
    lead = "澄湖港务集团昨日公布上半年吞吐量..."  # a teaser's line, no clauses
    try:
        art = _read(_paywall_page(lead))
    except NotAnArticle:
        return
    assert lead not in art.paragraphs


# --- the next stories an endless-scroll page appends ----------------------------------------

NEXT_STORY = [
    "一家总部位于澄湖的显示器厂商宣布推出面向教室的互动大屏，支持多人同时书写，并内置课堂录播功能。",
    "厂商表示，新产品已经在本地二十所中小学试用，教师反馈备课时间平均缩短了三成左右。",
    "该厂商还计划在暑假期间为教师开设免费培训班，帮助他们熟悉大屏的分组讨论与随堂测验功能。",
]


def _unit(title: str, paragraphs: list[str], date: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<div class="story-unit">'
        f'<section class="hero"><h1>{title}</h1><div class="info"><span>{date} 09:30</span> '
        "<span>记者 钱晓雯</span></div></section>"
        f'<section class="story"><div class="story-text">{body}</div></section>'
        "</div>"
    )


def test_only_the_first_of_stacked_stories_is_the_pages() -> None:
    html = (
        f"<html>{_head()}<body>{_menu()}<div class='stories'>"
        + _unit(TITLE, STORY, "2024-06-12")
        + _unit("互动大屏走进澄湖课堂", NEXT_STORY, "2024-06-11")
        + "</div></body></html>"
    )
    art = _read(html)
    assert art.title == TITLE
    assert art.paragraphs == tuple(STORY)


def test_one_story_under_a_logos_h1_stays_whole() -> None:
    html = (
        f"<html>{_head()}<body><div class='page'>"
        "<div class='top'><h1>澄湖生活网</h1></div>"
        + _unit(TITLE, STORY, "2024-06-12")
        + "</div></body></html>"
    )
    assert _read(html).paragraphs == tuple(STORY)


def test_a_lead_cut_short_under_its_heading_and_byline_in_one_block_is_a_story() -> None:
    html = (
        _paywall_page(panel=False)
        .replace('<div class="story-text">', "")
        .replace("</div></div></div>", "</div></div>", 1)
    )
    art = _read(html)
    assert art.paragraphs == (LEAD,)

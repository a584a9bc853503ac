"""Pages that are no article are refused by kind (not_article.py); short real stories
still pass (set NL, session 31). Wordings here differ from the set's pages."""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

URL = "https://www.example-daily.cn/path/page.html"

_NAV = "".join(
    f'<li><a href="/c{i}/">{name}</a></li>'
    for i, name in enumerate(
        [
            "要闻",
            "时政",
            "社会",
            "经济",
            "文旅",
            "健康",
            "教育",
            "体育",
            "汽车",
            "楼市",
            "数码",
            "专题",
        ]
    )
)
_HEADLINES = [
    "滨海大道东延段开工建设",
    "全市义务教育招生政策发布",
    "第三届美食节本周五开幕",
    "多条公交线路临时调整",
    "河道综合整治进入收尾阶段",
    "社区卫生服务中心推出夜间门诊",
    "新能源汽车下乡活动启动",
    "图书馆少儿阅览区改造完工",
    "人才公寓配租名单公示",
    "地下管网改造涉及六个小区",
    "春季植树活动招募志愿者",
    "旧城改造项目签约率超九成",
]


def _rank(title: str = "阅读排行") -> str:
    items = "".join(f'<li><a href="/n/{i}.html">{h}</a></li>' for i, h in enumerate(_HEADLINES))
    return f'<div class="rank"><h3>{title}</h3><ul>{items}</ul></div>'


def _page(body: str, *, title: str, head: str = "", top: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        f'<div class="top">{top}</div><ul class="menu">{_NAV}</ul>{body}'
        f"{_rank()}{_rank('推荐阅读')}"
        '<div class="foot"><p>版权所有 滨海日报社</p><p><a href="https://beian.miit.gov.cn/">'
        "鲁ICP备10000001号</a></p></div></body></html>"
    )


_LOGIN_POP = (
    '<div class="pop-login" style="display:none"><form action="/u/login" method="post">'
    '<input type="text" name="account" placeholder="账号"><input type="password" name="pass">'
    "<button>登 录</button><a href='/u/find'>找回密码</a></form></div>"
)
_SEARCH_BOX = (
    '<form class="so" action="/so"><input type="text" name="kw" value="搜索本站新闻">'
    "<button>搜索</button></form>"
)


def _refused(html: str) -> NotAnArticle:
    with pytest.raises(NotAnArticle) as caught:
        extract_article(html, URL)
    return caught.value


# One result shown as a long excerpt of an answer: prose, like a story's.
_EXCERPT = (
    "今年的养老金调整继续采用定额调整、挂钩调整与适当倾斜相结合的办法，企业和机关事业单位"
    "退休人员同步调整。定额调整体现社会公平，同一地区各类退休人员调整标准一致。挂钩调整体现"
    "多工作、多缴费多得的激励机制，与本人缴费年限和基本养老金水平挂钩。适当倾斜则体现重点"
    "关怀，对高龄退休人员等群体适当提高调整水平。"
)
_RESULT = (
    f'<div class="so-res"><div class="res"><div class="ans"><b>滨海日报：</b>{_EXCERPT}</div>'
    '<a href="/n/1.html">阅读全文</a></div></div>'
)


def test_search_results_echoing_the_query_in_title_are_refused() -> None:
    html = _page(
        _RESULT,
        title="养老金调整 - 站内检索 - 滨海日报",
        top='<input type="search" name="q" value="养老金调整"><button>搜</button>',
    )
    assert _refused(html).reason == "list_page"
    assert classify_page(html, URL) == "list"


def test_a_search_box_holding_a_hint_is_no_echo() -> None:
    html = _page(
        _RESULT,
        title="养老金调整 - 站内检索 - 滨海日报",
        top='<input type="search" name="q" value="请输入"><button>搜</button>',
    )
    assert extract_article(html, URL).paragraphs  # nothing says results: judged as before


def test_result_count_line_marks_search_results() -> None:
    html = _page(
        _RESULT.replace('<div class="res">', '<p class="count">共检索到 36 篇相关结果</p><div>'),
        title="站内检索_滨海日报",
    )
    assert _refused(html).reason == "list_page"


def test_password_form_with_a_little_help_text_is_refused() -> None:
    help_text = (
        "注册会员可收藏喜欢的文章、参与评论互动，并在第一时间收到本地突发新闻的推送提醒，"
        "每天早晚两次为您精选城市要闻。会员账号可在网站、手机客户端和小程序之间通用，"
        "登录一次即可同步您的收藏夹与阅读记录。"
    )
    html = _page(
        '<div class="login-box"><h2>会员中心</h2><form action="/member/in" method="post">'
        '<input type="text" name="mobile"><input type="password" name="secret">'
        f"<button>进入</button></form><p>{help_text}</p></div>",
        title="会员中心 - 滨海日报",
    )
    assert _refused(html).reason == "list_page"
    assert classify_page(html, URL) == "list"


def test_a_few_short_lines_beside_lists_without_a_date_are_refused() -> None:
    html = _page(
        '<div class="hall"><h1>市民文化中心</h1><p>开放时间：周二至周日9:00—17:00。</p>'
        "<p>周一闭馆，法定节假日照常开放。</p><p>免费参观，团体请提前预约。</p></div>",
        title="市民文化中心_场馆导览_滨海日报",
    )
    assert _refused(html).reason == "list_page"


def test_three_sentence_story_with_heading_and_date_passes_beside_a_login_popup() -> None:
    story = [
        "滨海站东广场出租车候车区今天起迁至地下一层。",
        "新候车区设置了六条上客通道，雨天不再需要露天排队。",
        "车站提醒旅客按照指示牌前往，高峰时段有工作人员引导。",
    ]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    html = _page(
        f'<div class="art"><h1>滨海站出租车候车区迁至地下</h1><div class="info">'
        f"2024-04-12 07:50 来源：滨海日报</div><div class='txt'>{paragraphs}</div></div>",
        title="滨海站出租车候车区迁至地下_滨海日报",
        top=_SEARCH_BOX + _LOGIN_POP,
    )
    article = extract_article(html, URL)
    assert list(article.paragraphs) == story
    assert classify_page(html, URL) == "article"


def test_two_sentence_flash_on_one_line_passes_among_many_links() -> None:
    flash = "跨江大桥今晚零时起实施交通管制，预计持续至明日清晨六时。过江货车请提前规划绕行路线。"
    html = _page(
        f'<div class="art"><h1>跨江大桥今晚实施交通管制</h1><p class="time">2024年4月12日 18:05</p>'
        f"<div class='txt'><p>{flash}</p></div></div>",
        title="跨江大桥今晚实施交通管制_滨海日报",
    )
    assert extract_article(html, URL).paragraphs == (flash,)
    assert classify_page(html, URL) == "article"


def test_video_story_with_a_two_sentence_blurb_and_a_newsarticle_signal_passes() -> None:
    blurb = "4月11日午后，一场冰雹袭击城郊多个果园。农技人员已赶赴现场指导果农减少损失。"
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","headline":"城郊果园遭遇冰雹"}</script>'
    )
    html = _page(
        '<div class="video"><div class="player"><span>00:00 / 02:05</span></div>'
        f"<h1>城郊果园遭遇冰雹</h1><div class='brief'><p>{blurb}</p></div></div>",
        title="城郊果园遭遇冰雹_视频_滨海日报",
        head=ld,
    )
    assert blurb in extract_article(html, URL).paragraphs
    assert classify_page(html, URL) == "article"


def test_photo_story_of_two_short_sentences_under_a_yearless_dated_line_passes() -> None:
    caption = "一场夜雨过后，湿地公园的芦苇泛起新绿。白鹭在浅滩间觅食。"
    html = _page(
        f'<div class="pic"><h1>湿地芦苇返青</h1><div class="i"><span>04-12 08:10</span>'
        f'<span>滨海日报</span></div><img src="/p/1.jpg">'
        f'<div class="c"><p>{caption}</p></div></div>',
        title="湿地芦苇返青_滨海日报",
    )
    assert len(caption) < 40  # under the body floor a page of links has
    assert caption in extract_article(html, URL).paragraphs
    assert classify_page(html, URL) == "article"

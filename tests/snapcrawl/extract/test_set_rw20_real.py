"""Shapes seen on a random sample of real saved pages (issue 14, set R20: pages drawn by
seed from a public web-archive repository's unclassified news folder), reduced to their form
with made-up outlets, people and wordings other than the set pages':

- an outlet's name with a bracketed tag of how the piece was made after it ("来源：X[编译]",
  "X【原创】"): the outlet is the name, not "X[编译";
- a province alone after a dot on a platform's dated line ("2024-05-06 08:12 ·浙江"): where
  the post was sent from, never the story's outlet;
- a newsroom desk's line over a Taiwanese portal's story ("社會中心／綜合報導", "地方中心／
  台南報導"): a credit, not a paragraph;
- a site's bot check (a captcha widget and a few lines) or a firewall's block page (a few
  lines ending on the incident's reference) saved in place of the page: no article.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article
from snapcrawl.extract.classify import classify_page

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-riverbank.cn/society/2024/0506/7731.html"
STORY = [
    "河滨区第三届社区运动会昨天在滨江体育公园开幕，来自二十多个街道的一千二百名居民报名参赛。",
    "本届运动会新增了亲子接力和广场舞比赛，组委会还为行动不便的老人准备了投壶、套圈等项目。",
    "区体育局负责人介绍，运动会将持续两周，决赛阶段的比赛将在周末进行，欢迎市民到场观看。",
]
ZH_STORY = [
    "河濱區第三屆社區運動會昨天在濱江體育公園開幕，來自二十多個街道的一千二百名居民報名參賽。",
    "本屆運動會新增了親子接力和廣場舞比賽，主辦單位還為行動不便的長者準備了投壺、套圈等項目。",
    "區體育局負責人介紹，運動會將持續兩週，決賽階段的比賽將在週末進行，歡迎民眾到場觀看。",
]


def _page(body: str, *, info: str = "2024-05-06 10:30 来源：河滨日报", head: str = "") -> str:
    title = "河滨区社区运动会开幕 千余居民参赛"
    return site_article(
        body, title=title, site="河滨网", section=("/society/", "社会"), info=info, head=head
    )


@pytest.mark.parametrize(
    ("info", "outlet"),
    [
        ("2024-05-06 10:30:12 来源：河滨日报[编译] 作者：林岚 编辑：林岚", "河滨日报"),
        ("2024-05-06 10:30 来源：江湾晚报【原创】", "江湾晚报"),
        ("2024-05-06 10:30 来源：河滨新闻网[转载]", "河滨新闻网"),
    ],
)
def test_bracketed_tag_after_outlet_is_not_part_of_its_name(info: str, outlet: str) -> None:
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source == outlet


def test_bracketed_edition_after_outlet_stays_whole() -> None:
    info = "2024-05-06 10:30 来源：河滨日报[海外版]"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source == "河滨日报[海外版]"


def _post(region_line: str) -> str:
    return (
        "<html><head><title>社区运动会开幕</title></head><body><article><header>"
        "<h1>社区运动会开幕 千余居民参赛</h1><section class='info'>"
        "<address><a href='/sub/T100.html'>滨江体育观察</a></address>"
        f"<div class='s-time'><time>2024-05-06 08:12</time>{region_line}</div>"
        "</section></header>"
        f"<section class='article-body'>{_paras(STORY)}</section></article></body></html>"
    )


@pytest.mark.parametrize("region", ["·浙江", "· 四川", "•海外"])
def test_region_after_a_dot_on_the_dated_line_is_no_outlet(region: str) -> None:
    article = extract_article(_post(f"<span>{region}</span>"), URL)
    place = region.lstrip("·• ")
    assert article.source is None or place not in article.source


def test_outlet_alone_on_the_dated_line_is_still_read() -> None:  # control
    article = extract_article(_page(_paras(STORY), info="2024-05-06 08:12 江湾晚报"), URL)
    assert article.source == "江湾晚报"


@pytest.mark.parametrize("desk", ["社會中心／綜合報導", "地方中心／台南報導", "體育組/綜合報導"])
def test_desk_line_over_the_story_is_no_paragraph(desk: str) -> None:
    # under the lead picture's caption, set as a paragraph: the desk line is not the first
    picture = "<p>▲居民在起跑線前熱身，現場氣氛熱烈。（圖／河濱區體育局提供）</p>"
    body = picture + _paras([desk, *ZH_STORY])
    article = extract_article(_page(body, info="2024/05/06 10:30"), URL)
    assert desk not in article.body
    assert ZH_STORY[0] in article.body


def test_sentence_about_a_desk_stays() -> None:  # control
    line = "社會中心／綜合報導這個欄目今年改版，讀者可以在網站上留言提供新聞線索。"
    article = extract_article(_page(_paras([*ZH_STORY, line]), info="2024/05/06 10:30"), URL)
    assert line in article.body


BOT_CHECK = (
    "<html><head><title>Security check</title></head><body>"
    "<div id='verify-captcha-box'><h1>Please verify you are a person</h1>"
    "<p>Finish the check below to continue to the site.</p><button>Start</button></div>"
    "</body></html>"
)
BLOCK_PAGE = (
    "<html><head><title>Access denied</title></head><body class='deny'>"
    "<h2>Request rejected</h2><p>Your request was rejected by the site's security policy.</p>"
    "<p>Host: news.example-riverbank.cn<br>Support ID: 7f3a9c21e0b4<br>Time: 10:31</p>"
    "</body></html>"
)


@pytest.mark.parametrize("html", [BOT_CHECK, BLOCK_PAGE])
def test_bot_check_or_block_page_saved_in_place_is_no_article(html: str) -> None:
    with pytest.raises(NotAnArticle):
        extract_article(html, URL)
    assert classify_page(html, URL) != "article"


def test_story_with_a_captcha_in_its_comment_form_stays() -> None:  # control
    form = "<form class='comment'><div class='captcha-img'></div><input name='c'></form>"
    article = extract_article(_page(_paras(STORY) + form), URL)
    assert list(article.paragraphs) == STORY

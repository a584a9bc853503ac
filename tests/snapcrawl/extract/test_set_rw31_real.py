"""Shapes seen on a random sample of real saved pages (issue 14, set R31: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their
form with made-up outlets, people and wordings other than the set pages':

- the meta line inside the story's cell, opening on the host's own address before the date,
  the outlet and the page's buttons ("www.x.com 2011-01-02  X晚报  [复制链接]  字体：大 中 小"):
  a meta line, not the story's first paragraph, and its one name is the story's outlet;
- a reference list of numbered citations ("[1] X. 题名[EB/OL]. (date)[date]. address")
  closing a self-media post, with the post's credits and the platform's lines after it;
- a clipping page printing the story's date alone, then the outlet alone on the next line.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-riverbend.com/news/2012/0315/4410.html"
STORY = [
    "河湾区的老菜市场改造完成后，摊位从原来的八十个增加到一百二十个，通道也宽了不少。",
    "卖了二十年豆腐的周师傅说，新摊位有了自来水和排水沟，收摊后打扫起来省事多了。",
    "街道办表示，下一步还要在市场门口增设非机动车停放点，方便附近居民骑车来买菜。",
    "不少老街坊说，市场亮堂了，逛起来心情也好，周末还会带孙子一起来挑新鲜蔬菜。",
]


def _page(body: str, *, info: str = "", after: str = "") -> str:
    return site_article(
        body,
        title="老菜市场换了新模样",
        site="河湾华人网",
        section=("/news/", "社会"),
        info=info,
        after=after,
    )


def test_meta_line_opening_on_the_host_address_is_not_story() -> None:
    meta = (
        "<p class='info_text'>www.example-riverbend.com 2012-03-15&nbsp;&nbsp;河湾晨报&nbsp;&nbsp;"
        "[<a onclick='copy()'>复制链接</a>]&nbsp;&nbsp;字体：<a href='#'>大</a> "
        "<a href='#'>中</a> <a href='#'>小</a></p>"
    )
    article = extract_article(_page(meta + _paras(STORY)), URL)
    assert "复制链接" not in article.body
    assert "example-riverbend" not in article.body
    assert article.body.split("\n")[0] == STORY[0]
    assert article.source == "河湾晨报"


def test_a_dated_sentence_opening_on_an_address_stays() -> None:
    lines = [
        "www.example-riverbend.com 2012年3月起改版，读者可以在首页找到菜市场的营业时间和摊位图。",
        *STORY,
    ]
    article = extract_article(_page(_paras(lines)), URL)
    assert lines[0] in article.body


def test_numbered_citations_closing_a_post_are_not_story() -> None:
    refs = [
        "[1] 城市菜篮子研究组. 社区菜市场改造指南[EB/OL]. (2011-06)[2012-03-10]. "
        "https://www.example-market.org/guide/2011.",
        "[2] 河湾区统计局. 河湾区居民消费调查[R]. 河湾: 河湾区统计局, 2011.",
        "[3] 林小舟. 老市场的新生意[EB/OL]. (2012-01-20)[2012-03-10]. "
        "https://www.example-blog.net/posts/88.",
    ]
    tail = [
        "参考资料",
        *refs,
        "图: 陈禾 | 文: 周远 | 编辑: 小满",
        "本文为原创内容，转载请联系作者",
        "声明：本文仅代表作者观点，平台仅提供信息存储服务。",
        "分享到微信",
        "举报",
        "相关阅读",
    ]
    article = extract_article(_page(_paras([*STORY, *tail])), URL)
    for ref in refs:
        assert ref not in article.body
    for line in STORY:
        assert line in article.body


def test_a_story_heading_called_sources_over_prose_stays() -> None:
    prose = [
        "资料来源",
        "这篇报道用到的数字，一部分来自街道办的走访记录，另一部分来自摊主们自己记的账本。",
        "记者在市场里蹲了三个早上，和二十多位摊主、顾客聊过，才把这些数字一一对上。",
    ]
    article = extract_article(_page(_paras([*STORY, *prose])), URL)
    for line in prose[1:]:
        assert line in article.body


def test_outlet_alone_under_a_bare_date_is_the_source() -> None:
    info = "<div class='date'>2003/05/21</div><div class='from'>南江晚報</div>"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source == "南江晚報"


def test_a_name_alone_under_a_bare_date_is_no_outlet() -> None:
    info = "<div class='date'>2003/05/21</div><div class='from'>林小雨</div>"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source != "林小雨"

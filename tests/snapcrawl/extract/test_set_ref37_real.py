"""Real articles refused as list pages (issue 14, session 37, h-ref), found by running the
extractor on the DAnIEL corpus's allowed Chinese pages (rundimeco/waddle commit be875ce,
corpora/Corpus_daniel_v2.1/html/, no page of an unseen site):

- a syndicated excerpt: the page's own headline, its dated line, then one paragraph between
  the excerpt's source link ("摘自北京晚报") and a "read on" link ("[点击进入浏览]"). The
  paragraph's element looked like a list item (a title link over one paragraph), so the
  story was a teaser and the page a list. An element right under the page's own headline
  (an unlinked heading repeating ``<title>``, only its dated line between) is that story.
  Tested on a reduced copy of the page (tests/fixtures/extract/real_fx11/
  21cn_excerpt_between_source_links.html) and on made-up markup and wordings; a digest of
  linked items under a headline that repeats ``<title>`` stays a list;
- a photo page's caption (a sentence or two) right under the headline and its dated line,
  on a portal whose sidebar boxes hold longer teasers ("【…】…[详情]"): body selection took a
  box and the page was a list. The lines under the dated headline, up to the first link,
  read as any block is (headline_caption), are the story when ``judge`` says so. Tested on
  a reduced copy (tests/fixtures/extract/real_fx11/
  xinmin_photo_caption_under_dated_headline.html) and on made-up pages; a topic page's
  one-line blurb under its dated headline, over its list, stays a list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

from .conftest import site_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_fx11"
NAV = "".join(f" <a href='/c{i}/'>栏目{i}</a>" for i in range(30))
EXCERPT = (
    "江城讯（记者周海燕）昨天起，市图书馆的自助借还机搬进了十个社区服务中心，读者凭借书证"
    "就能在家门口借书还书，不必再跑到市中心的总馆。馆方介绍，每台机器可存放三百多册图书，"
    "书目每周更换一次，读者也可以在网上预约，第二天到社区取书。首批试点的社区包括东湖、"
    "南岸、北桥等，年底前还将再增加二十个点位..."
)


def test_the_syndicated_excerpt_under_its_headline_is_the_story() -> None:
    raw = (FIXTURES / "21cn_excerpt_between_source_links.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "京东商城地铁站能自提"
    assert article.paragraphs[0].startswith("本报讯(记者贾中山)昨天，京东商城宣布开通")
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2012-01-17T15:32:50")


def test_an_excerpt_between_its_source_and_read_on_links_in_other_words() -> None:
    body = (
        "<p><a href='http://www.jiangcheng-evening.cn/2024/0502/77.html'>转载自江城晚报</a></p>"
        f"<p>{EXCERPT}</p>"
        "<p><a href='http://www.jiangcheng-evening.cn/2024/0502/77.html'>[阅读原文]</a></p>"
    )
    page = site_article(
        body,
        title="社区也能借还图书了",
        site="湖滨资讯网",
        info="2024-05-02 10:15:07 | 发表评论",
        nav_extra=NAV,
    )
    article = extract_article(page, None)
    assert article.title == "社区也能借还图书了"
    assert "".join(article.paragraphs).startswith("江城讯（记者周海燕）昨天起")


@pytest.mark.parametrize("dated", ["2024-05-02 10:15", ""])
def test_a_digest_of_linked_teasers_under_its_headline_stays_a_list(dated: str) -> None:
    items = "".join(
        f"<div class='item'><a href='/a/{i}.html'>社区新闻第{i}条：图书馆新设借还点</a>"
        f"<p>{EXCERPT[i * 3 :]}</p></div>"
        for i in range(6)
    )
    page = site_article(
        items, title="本周社区新闻摘编汇总", site="湖滨资讯网", info=dated, nav_extra=NAV
    )
    with pytest.raises(NotAnArticle, match="list_page"):
        extract_article(page, None)


def _photo_page(title: str, story: str) -> str:
    """A made-up portal page: the headline, its dated line, ``story`` over a pager, related
    links, and a right column's box of teasers longer than the story."""
    box = "".join(
        f"<p>【访谈第{i}期：社区图书馆的新变化】馆长谈借阅数据和读者需求 ...... "
        f"<span><a href='/talk/{i}.html'>[详情]</a></span></p>"
        for i in range(3)
    )
    related = "".join(
        f"<li><a href='/r/{i}.html'>东湖公园第{i}期花展回顾图集</a></li>" for i in range(16)
    )
    return (
        f"<html><head><title>{title}_图片_湖滨资讯网</title></head><body>"
        f"<div class='nav'>{NAV}</div><div class='left'><div id='title'><h1>{title}</h1></div>"
        "<div class='info'><font>2024-05-02 16:40</font> <font>来源：湖滨日报</font></div>"
        f"<div class='show'><p><img src='/p/1.jpg'></p>{story}"
        "<div class='pages'><a href='/p/2.html'>下一页</a></div></div>"
        f"<ul>{related}</ul></div><div class='right'><div class='column'>"
        f"<h4><a href='/talk/'>做客湖滨网</a></h4><a href='/talk/'>更多>></a></div>{box}</div>"
        "</body></html>"
    )


def test_the_photo_caption_under_the_dated_headline_is_the_story() -> None:
    raw = (FIXTURES / "xinmin_photo_caption_under_dated_headline.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "实拍意大利触礁油轮裂口水下景象"
    assert article.paragraphs[0].startswith("图为1月16日公布")
    assert any("数十人失踪" in p for p in article.paragraphs)
    assert not any("做客两会演播室" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "caption",
    [
        ["5月2日，游客在东湖公园赏花。当天，公园的三万株郁金香进入盛花期。"],
        [
            "图为市民在新开放的滨江步道上散步，身后是刚刚亮灯的跨江大桥。",
            "步道全长四公里，沿途设有十个休息点和两处观景平台。",
        ],
    ],
)
def test_a_caption_under_its_dated_headline_in_other_words(caption: list[str]) -> None:
    page = _photo_page("春日东湖花正好", "".join(f"<p>{line}</p>" for line in caption))
    article = extract_article(page, None)
    assert article.title == "春日东湖花正好"
    assert list(article.paragraphs) == caption


def test_a_topic_blurb_under_its_dated_headline_stays_a_list() -> None:
    items = "".join(
        f"<li><a href='/a/{i}.html'>东湖花展第{i}天：游客量创新高</a></li>" for i in range(12)
    )
    page = _photo_page("东湖花展专题报道", f"<p>东湖花展专题报道。</p><ul>{items}</ul>")
    with pytest.raises(NotAnArticle, match="list_page"):
        extract_article(page, None)


def test_classify_page_agrees_with_extract_article() -> None:
    for name in (
        "21cn_excerpt_between_source_links.html",
        "xinmin_photo_caption_under_dated_headline.html",
    ):
        assert classify_page((FIXTURES / name).read_bytes()) == "article"
    caption = "<p>5月2日，游客在东湖公园赏花。当天，公园的三万株郁金香进入盛花期。</p>"
    assert classify_page(_photo_page("春日东湖花正好", caption)) == "article"
    items = "".join(
        f"<li><a href='/a/{i}.html'>东湖花展第{i}天：游客量创新高</a></li>" for i in range(12)
    )
    topic = _photo_page("东湖花展专题报道", f"<p>东湖花展专题报道。</p><ul>{items}</ul>")
    assert classify_page(topic) == "list"

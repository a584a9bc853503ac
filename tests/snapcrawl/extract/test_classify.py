from __future__ import annotations

import re

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article
from snapcrawl.extract.classify import ARTICLE, LIST

from .conftest import fixture_bytes, fixture_json

NAV = "<div class='nav'>" + " ".join(f"<a href='/c{i}'>频道{i}</a>" for i in range(10)) + "</div>"


def _list_page(with_teasers: bool) -> str:
    items = []
    for i in range(15):
        teaser = (
            f"<p>这是第{i}条新闻的摘要，介绍了事件的基本情况和各方的反应，欢迎点击阅读全文。</p>"
            if with_teasers
            else ""
        )
        items.append(
            f"<li><h3><a href='/a/{i}.html'>第{i}条新闻的标题在这里</a></h3>{teaser}"
            f"<span>2025-02-{i + 1:02d}</span></li>"
        )
    return f"<html><body>{NAV}<ul class='list'>{''.join(items)}</ul></body></html>"


@pytest.mark.parametrize("teasers", [False, True])
def test_list_pages(teasers):
    html = _list_page(teasers)
    assert classify_page(html) == "list"
    with pytest.raises(NotAnArticle) as info:
        extract_article(html)
    assert info.value.reason == "list_page"


@pytest.mark.parametrize(
    "name", ["reference_snapshot.html", "novel_notices.html", "enc_gb2312_declared_gbk.html"]
)
def test_articles(name):
    assert classify_page(fixture_bytes(name)) == "article"


@pytest.mark.parametrize("html", ["", "<html></html>", "<p>只有一句话。</p>", NAV])
def test_other(html):
    assert classify_page(html) == "other"


def test_short_story_outweighs_a_huge_related_list():
    # Three sentences (131 characters) under a heading; below them 30 related items with
    # title, teaser and date, and 15 more links, in blocks whose names say nothing.
    html = fixture_bytes("short_story_long_related.html")
    expected = fixture_json("short_story_long_related.json")
    assert classify_page(html) == "article"
    article = extract_article(html, "http://www.example.cn/local/2025/0402/17.html")
    assert article.title == expected["title"]
    assert list(article.paragraphs) == expected["paragraphs"]
    assert article.published_at.isoformat() == expected["published_at"]
    assert article.source == expected["source"]
    assert "记者从有关部门了解到" not in article.body


@pytest.mark.parametrize("name", ["list_one_item.html", "list_long_teasers.html"])
def test_list_pages_from_fixtures(name):
    # One item with a 137-character teaser; six items whose teasers are whole paragraphs.
    html = fixture_bytes(name)
    assert classify_page(html) == "list"
    with pytest.raises(NotAnArticle) as info:
        extract_article(html, "http://www.example.cn/local/list_5.html")
    assert info.value.reason == "list_page"


TEASER = "今年以来，全市持续推进老旧小区改造工作，计划完成改造小区一百二十个，惠及居民三万余户。改造内容包括屋面防水、外墙保温、管网更新、加装电梯等，目前已有六十余个小区完成主体施工。"  # noqa: E501


def _item(i: int, shape: str) -> str:
    link = f"<a href='/n/{i}.html'>第{i}条本地新闻的标题文字</a>"
    return {
        "flat": f"<h3>{link}</h3><p>{TEASER}</p>",
        "flat_dated": f"<h3>{link}</h3><p>{TEASER}</p><p>2025-06-{i + 1:02d}</p>",
        "li": f"<li>{link}<p>{TEASER}</p></li>",
        "teaser_first": f"<li><p>{TEASER}</p>{link}</li>",
    }[shape]


# One teaser-first item is left out: one paragraph and then a link is also how a
# one-paragraph story ends.
SHAPES = [
    (shape, count)
    for shape in ("flat", "flat_dated", "li", "teaser_first")
    for count in (1, 2, 6)
    if (shape, count) != ("teaser_first", 1)
]


@pytest.mark.parametrize(("shape", "count"), SHAPES)
def test_lists_of_long_teasers_in_any_shape(shape, count):
    items = "".join(_item(i, shape) for i in range(count))
    html = f"<html><body>{NAV}<div class='c'><h2>本地新闻</h2>{items}</div></body></html>"
    assert classify_page(html) == "list"


def test_short_story_on_a_busy_portal_is_kept_by_its_article_signals():
    # Three short sentences, the heading six lines above them, 40 headline links around:
    # only what the page declares (h1 = og:title, published time, NewsArticle) tells.
    html = fixture_bytes("short_story_busy_portal.html").decode("utf-8")
    assert classify_page(html) == ARTICLE
    article = extract_article(html, "https://www.jiangcheng.example/news/1.html")
    assert article.body.startswith("18日早8时，东湖水位回落")
    assert article.body.endswith("市民出行请注意绕行。")


def test_article_signals_need_the_heading_to_match():
    html = fixture_bytes("short_story_busy_portal.html").decode("utf-8")
    undeclared = re.sub(
        r"<meta property=[^>]*>|<script type=\"application/ld\+json\">.*?</script>",
        "",
        html,
        flags=re.S,
    )
    assert classify_page(undeclared) == LIST
    # A section page that calls itself an article still needs its heading to be the title.
    section = html.replace("<h1>东湖水位回落至警戒线以下</h1>", "<h1>本地要闻</h1>")
    assert classify_page(section) == LIST


def test_a_declared_title_in_a_plain_div_is_the_heading_too():
    html = fixture_bytes("short_story_busy_portal.html").decode("utf-8")
    plain = html.replace(
        "<h1>东湖水位回落至警戒线以下</h1>", "<div class='title'>东湖水位回落至警戒线以下</div>"
    )
    plain = re.sub(r"<meta property=\"og:title\"[^>]*>", "", plain)  # the JSON-LD headline stays
    assert classify_page(plain) == ARTICLE

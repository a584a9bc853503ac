from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from snapcrawl.extract import extract_article

SH = ZoneInfo("Asia/Shanghai")
STORY = "".join(
    f"<p>{s}</p>"
    for s in [
        "清晨六点，码头上的渔船刚刚靠岸，民宿老板已经开始为客人准备海鲜早餐。",
        "如今，岛上的民宿已经发展到六十多家，旺季时一房难求，年轻人陆续回流。",
    ]
)


def _article(
    head: str = "",
    top: str = "",
    tail: str = "",
    title: str = "小岛新生意_地方_示例网",
    url: str | None = None,
):
    html = (
        f"<html><head><title>{title}</title>{head}</head>"
        f"<body>{top}<div class='text'>{STORY}{tail}</div></body></html>"
    )
    return extract_article(html, url)


def test_title_prefers_heading_matching_title_prefix():
    assert _article(top="<h2>推荐</h2><h1>小岛新生意</h1>").title == "小岛新生意"


def test_title_strips_site_suffix_without_heading():
    assert _article(title="小岛新生意 - 地方 - 示例网").title == "小岛新生意"


@pytest.mark.parametrize(
    ("top", "head", "expected"),
    [
        (
            "<div>发布时间：2025-02-13 15:50:00 来源：南方日报</div>",
            "",
            datetime(2025, 2, 13, 15, 50),
        ),
        ("<div>2025年02月13日 15:50　来源：南方日报</div>", "", datetime(2025, 2, 13, 15, 50)),
        ("<div>日期：2025.02.13</div>", "", datetime(2025, 2, 13)),
        (
            "",
            '<meta property="article:published_time" content="2025-02-13T15:50:00+08:00">',
            datetime(2025, 2, 13, 15, 50),
        ),
        ("", '<meta name="pubdate" content="2025-02-13 15:50">', datetime(2025, 2, 13, 15, 50)),
        # the meta tag knows the day only; the visible line adds the time
        (
            "<div>2025/02/13 15:50</div>",
            '<meta name="publishdate" content="2025-02-13">',
            datetime(2025, 2, 13, 15, 50),
        ),
        (
            "<div>发表时间：06/02/2022 - 13:48</div>",
            '<meta property="article:published_time" content="2022-02-06T12:48:06+00:00">',
            datetime(2022, 2, 6, 13, 48),
        ),
    ],
)
def test_published_at(top, head, expected):
    assert _article(head=head, top="<h1>小岛新生意</h1>" + top).published_at == expected.replace(
        tzinfo=SH
    )


def test_snapshot_time_is_not_publication():
    article = _article(top="<h1>小岛新生意</h1>", tail="<p>快照生成时间：2025-02-14 08:00:01</p>")
    assert article.published_at is None
    assert article.snapshot_at == datetime(2025, 2, 14, 8, 0, 1, tzinfo=SH)


def test_labeled_fields():
    info = "类别：地方　发布时间：2025-02-13 15:50　来源：南方日报　作者：林海"
    top = f"<h1>小岛新生意</h1><div>{info}</div>"
    article = _article(top=top)
    assert (article.category, article.source, article.author) == ("地方", "南方日报", "林海")
    assert "类别" not in article.body
    assert "南方日报" not in article.body


def test_breadcrumb_category():
    crumb = (
        "<div>当前位置：<a href='/'>首页</a> &gt; <a href='/local/'>地方新闻</a> &gt; 正文</div>"
    )
    assert _article(top=crumb + "<h1>小岛新生意</h1>").category == "地方新闻"


def test_repost_source_when_none_named():
    article = _article(top="<h1>小岛新生意</h1>", tail="")
    assert article.source is None
    article = extract_article(
        f"<html><body><h1>小岛新生意</h1><div><p>本文转自：南方日报</p>{STORY}</div></body></html>"
    )
    assert article.source == "南方日报"
    assert "本文转自：南方日报" in article.noise


@pytest.mark.parametrize(
    "line",
    [
        "<p>信息原文地址：<a href='https://news.example.cn/a/1.html'>https://news.example.cn/a/1.html</a></p>",
        "<p>原文链接：<a href='https://news.example.cn/a/1.html'>点击查看</a></p>",
        "<p>原帖地址：https://news.example.cn/a/1.html</p>",
    ],
)
def test_source_url(line):
    article = _article(top="<h1>小岛新生意</h1>", tail=line)
    assert article.source_url == "https://news.example.cn/a/1.html"
    assert "news.example.cn" not in article.body

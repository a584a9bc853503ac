from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

from .conftest import fixture_bytes

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

"""crawler/spiders/alternates.py and crawler/middlewares/alternates.py, without a crawl."""

from __future__ import annotations

import asyncio

import pytest
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler import signals as snapcrawl_signals
from crawler.items import NotAnArticleDrop
from crawler.middlewares.alternates import (
    ALTERNATE_OF,
    PARSED_BY,
    AlternatesMiddleware,
    AlternateView,
    view_meta,
)
from crawler.spiders.alternates import alternate_views

PAGE = "http://news.cn/2024/a/1.html"


def views(head: str = "", body: str = "") -> set[str]:
    html = f"<html><head>{head}</head><body>{body}</body></html>".encode()
    response = HtmlResponse(PAGE, body=html, encoding="utf-8")
    return alternate_views(response, LinkExtractor().extract_links(response))


def test_the_head_names_the_mobile_and_amp_views():
    head = (
        '<link rel="alternate" media="only screen and (max-width: 640px)" href="/m/1.html">'
        '<link rel="amphtml" href="https://news.cn/amp/1.html">'
        '<meta name="mobile-agent" content="format=html5; url=http://m.news.cn/1.html">'
    )
    assert views(head) == {
        "http://news.cn/m/1.html",
        "https://news.cn/amp/1.html",
        "http://m.news.cn/1.html",
    }


def test_other_alternates_are_not_views_of_the_same_text():
    head = (
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        '<link rel="alternate" hreflang="en" href="/en/1.html">'
        '<link rel="canonical" href="/2024/a/1.html">'
        '<link rel="next" href="/2024/a/1_2.html">'
        '<meta name="mobile-agent" content="format=html5">'
    )
    assert views(head) == set()


@pytest.mark.parametrize(
    "anchor",
    [
        '<a href="/print/1.html">打印</a>',
        '<a href="/print/1.html">【打印本页】</a>',
        '<a href="/print/1.html"> [ 打印此文 ] </a>',
        '<a href="/print/1.html">Print this page</a>',
        '<a href="/print/1.html" title="打印"><img src="p.png"></a>',
    ],
)
def test_the_print_button_is_a_view(anchor):
    toolbar = f'<a href="/share">分享</a> 字号：<a href="#">大</a> {anchor}'
    assert views(body=toolbar) == {"http://news.cn/print/1.html"}


def test_a_page_with_a_print_link_by_every_item_has_no_print_button_of_its_own():
    body = "".join(
        f'<li><a href="/a/{n}.html">标题{n}</a><a href="/p/{n}.html">打印</a>' for n in range(3)
    )
    assert views(body=body) == set()


def test_print_scripts_and_other_words_are_no_views():
    body = (
        '<a href="javascript:window.print()">打印</a>'
        '<a href="/print-shop.html">打印机促销</a>'  # a word that begins like the command
        '<a href="/m/">手机版</a>'  # the mobile site's home, named by no head
    )
    assert views(body=body) == set()


def test_a_gbk_page_resolves_its_views_as_its_anchors():
    """The spider compares a view with the page's anchors: both spell a query in GBK."""
    href = "/m/show.asp?id=列表"
    head = f'<link rel="alternate" media="handheld" href="{href}">'
    html = f'<html><head>{head}</head><body><a href="{href}">手机版</a></body></html>'
    response = HtmlResponse(PAGE, body=html.encode("gbk"), encoding="gbk")
    links = LinkExtractor().extract_links(response)
    assert alternate_views(response, links) == {links[0].url}
    assert links[0].url == "http://news.cn/m/show.asp?id=%C1%D0%B1%ED"


# -- the middleware -----------------------------------------------------------------


def judged(article: bool) -> tuple[AlternatesMiddleware, list[dict]]:
    crawler = get_crawler()
    sent: list[dict] = []
    crawler.signals.connect(
        lambda **kwargs: sent.append({k: kwargs[k] for k in ("url", "of")}),
        signal=snapcrawl_signals.alternate_skipped,
        weak=False,
    )
    middleware = AlternatesMiddleware(MemoryStatsCollector(crawler), crawler)
    response = HtmlResponse(PAGE, body=b"<html></html>")
    if article:
        middleware.item_dropped(None, DropItem("exact duplicate of ..."), response)
    else:
        middleware.item_dropped(None, NotAnArticleDrop("not an article (list_page)"), response)
    return middleware, sent


def view_request() -> Request:
    return Request("http://news.cn/print/1.html?utm_source=x", meta={ALTERNATE_OF: PAGE})


def test_a_view_of_an_article_is_not_fetched_and_is_recorded():
    middleware, sent = judged(article=True)
    with pytest.raises(AlternateView):
        asyncio.run(middleware.process_request(view_request()))
    assert sent == [{"url": "http://news.cn/print/1.html", "of": PAGE}]
    assert middleware.stats.get_value("snapcrawl/alternates/skipped") == 1


def test_a_view_of_a_page_that_is_no_article_is_fetched():
    middleware, sent = judged(article=False)
    assert asyncio.run(middleware.process_request(view_request())) is None
    assert sent == []
    assert middleware.stats.get_value("snapcrawl/alternates/fetched") == 1
    # any other request passes untouched
    assert asyncio.run(middleware.process_request(Request(PAGE))) is None


def test_a_view_of_a_page_parsed_by_another_process_does_not_wait_for_its_verdict():
    """Another worker of a distributed crawl (or the run before a JOBDIR resume) parsed
    the page: its verdict never comes here, so the view is fetched at once."""
    middleware = AlternatesMiddleware(MemoryStatsCollector(get_crawler()))
    request = Request(
        "http://news.cn/print/1.html",
        meta={**view_meta(PAGE), PARSED_BY: "another-process"},
    )
    assert asyncio.run(middleware.process_request(request)) is None
    assert middleware.stats.get_value("snapcrawl/alternates/fetched") == 1

"""The snapshot spider follows the links Scrapy's default LinkExtractor would, on its host.

The spider checks the skipped file extensions itself (one ``endswith`` on the
parse it also reads the host from) instead of leaving it to the LinkExtractor;
these tests hold it to the same choice of links as Scrapy's own check.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.test import get_crawler

from crawler.middlewares.traps import TrapMiddleware
from crawler.services import crawl_services
from crawler.spiders.next_links import next_page_links
from crawler.spiders.snapshot import SnapshotSpider, same_site_key

START = "http://127.0.0.1:8701/"
HREFS = [
    "/news/a.html",
    "/news/b.HTML?id=3",
    "/files/report.pdf",
    "/files/REPORT.PDF",
    "/img/photo.jpg?size=2",
    "/img/photo.JPEG#top",
    "/files/archive.zip;jsessionid=ABC",  # path parameters: urlparse's path ends in .zip
    "/files/page.pdf.html",
    "/files/pdf",
    "/dir.mp4/",
    "/list/",
    "/list/?page=2",
    "http://127.0.0.1:8702/other-port.html",
    "http://other.example/x.html",
    "http://other.example/x.png",
    "/news/a.html",  # twice on the page: once in the output
]


def page() -> HtmlResponse:
    links = "".join(f'<a href="{href}">{i}</a>' for i, href in enumerate(HREFS))
    body = f"<html><body>{links}</body></html>".encode()
    return HtmlResponse(START, body=body, headers={"Content-Type": "text/html"})


def test_the_spider_follows_what_scrapys_default_extractor_keeps_on_its_host():
    crawler = get_crawler(SnapshotSpider)
    spider = SnapshotSpider.from_crawler(crawler, start_url=START)
    followed = [request.url for request in spider._follow(page())]

    site = urlsplit(START)
    expected = [
        link.url
        for link in LinkExtractor(unique=True).extract_links(page())
        if (urlsplit(link.url).hostname, urlsplit(link.url).port) == (site.hostname, site.port)
    ]
    assert followed == expected
    assert "http://127.0.0.1:8701/files/page.pdf.html" in followed
    assert not any(url.lower().endswith((".pdf", ".jpg", ".jpeg")) for url in followed)
    assert "http://127.0.0.1:8701/files/archive.zip;jsessionid=ABC" not in followed


def test_offsite_links_are_counted_not_skipped_files():
    crawler = get_crawler(SnapshotSpider)
    spider = SnapshotSpider.from_crawler(crawler, start_url=START)
    list(spider._follow(page()))
    # other.example/x.png is a skipped file before it is an offsite link, as in Scrapy
    assert crawler.stats.get_value("snapcrawl/spider/links_offsite") == 2


def fetched_page() -> HtmlResponse:
    return page().replace(request=Request(START, meta={"depth": 1}))


def second_pass(crawler, spider) -> list[str]:
    """The URLs the spider makes requests of when it meets the page a second time, its
    output passing through the trap middleware when the crawl has one (as in Scrapy)."""
    again = fetched_page()
    made: list[str] = []

    def spider_output():
        for request in spider._follow(again):
            made.append(request.url)
            yield request

    gate = crawl_services(crawler).link_gate
    list(spider_output() if gate is None else gate.process_spider_output(again, spider_output()))
    return made


def test_with_the_trap_middleware_links_it_let_through_get_no_request():
    crawler = get_crawler(SnapshotSpider)
    spider = SnapshotSpider.from_crawler(crawler, start_url=START)
    gate = TrapMiddleware.from_crawler(crawler)
    assert crawl_services(crawler).link_gate is gate
    first = fetched_page()
    assert list(gate.process_spider_output(first, spider._follow(first)))
    assert second_pass(crawler, spider) == []


@pytest.mark.parametrize(
    "settings",
    [
        {"SNAPCRAWL_TRAP_ENABLED": False},  # off by its own setting: NotConfigured
        {"SPIDER_MIDDLEWARES": {"crawler.middlewares.traps.TrapMiddleware": None}},
    ],
)
def test_without_the_trap_middleware_the_spider_requests_every_link(settings):
    """No gate: the duplicate filter alone drops the links already fetched, as before."""
    crawler = get_crawler(SnapshotSpider, settings_dict=settings)
    spider = SnapshotSpider.from_crawler(crawler, start_url=START)
    if settings.get("SNAPCRAWL_TRAP_ENABLED") is False:
        with pytest.raises(NotConfigured):
            TrapMiddleware.from_crawler(crawler)
    assert crawl_services(crawler).link_gate is None
    every_link = [request.url for request in spider._follow(page())]
    assert every_link
    assert second_pass(crawler, spider) == every_link


@pytest.mark.parametrize(
    "link",
    [
        "http://news.example.cn/a/1.html",
        "http://news.example.cn:80/a/1.html",  # the scheme's default port, spelled out
        "https://news.example.cn/a/1.html",
        "https://news.example.cn:443/a/1.html",
        "http://www.news.example.cn/a/1.html",
        "HTTP://NEWS.Example.cn./a/1.html",
    ],
)
def test_each_spelling_of_the_start_hosts_name_is_the_same_site(link):
    assert same_site_key(link) == same_site_key("http://news.example.cn/")


@pytest.mark.parametrize(
    "link",
    [
        "http://news.example.cn:8080/a/1.html",  # another port: another site
        "http://img.news.example.cn/a/1.html",
        "http://example.cn/a/1.html",
        "http://news.example.cn:x/a/1.html",  # a port that is no number
    ],
)
def test_another_host_or_port_is_another_site(link):
    assert same_site_key(link) != same_site_key("http://news.example.cn/")


def test_next_and_prev_pages_named_in_the_head_are_read_as_anchors_are():
    body = (
        '<html><head><base href="/x/"><LINK REL="Next" HREF=" 2.html ">'
        '<link rel="prev" href="/q?k=中"><link rel="stylesheet" href="a.css">'
        '<link rel="canonical" href="/x/1.html"><link rel="next" href="javascript:void(0)">'
        "</head><body></body></html>"
    ).encode("gbk")
    response = HtmlResponse("http://a.cn/news/", body=body, encoding="gbk")
    # resolved against <base href>; a query's characters in the page's encoding
    assert next_page_links(response) == ["http://a.cn/x/2.html", "http://a.cn/q?k=%D6%D0"]

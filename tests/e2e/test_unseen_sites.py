"""Site shapes found by crawling sites written apart from the crawler (set S, session 25).

* A site that spells its own host several ways: the start URL redirects from the
  bare host to ``www.``, and its pages link both spellings and ``//`` links. Before,
  only the start URL's exact spelling was followed: the crawl kept nothing (and a
  site linking ``http://host:80/…`` lost every article linked that way).
* A calendar whose month pages link 28 day pages and whose day pages link the next
  month, every page with a sidebar of popular stories: each page links something
  new outside its own pattern, so the barren rule never stopped it and the crawl
  never ended (12,630 calendar requests in 120 s on set S's site D).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
import pytest

from snapcrawl.fixtures.server import serving
from tests.crawling import crawl_stats, run_scrapy_crawl
from tests.e2e.dynamic_site import (
    NOT_FOUND,
    Answer,
    article_html,
    distinct_stories,
    list_html,
    serve,
)

HTML = "text/html; charset=utf-8"
RESOLVER = "TWISTED_DNS_RESOLVER=tests.e2e.loopback_resolver.LoopbackResolver"
QUIET = ("SNAPCRAWL_KEYWORDS_ENABLED=False", "LOG_LEVEL=INFO")


class HostSite:
    """One server answering several host names (all 127.0.0.1 under the test resolver)."""

    def __init__(self) -> None:
        self.stories = distinct_stories(6)
        self.log: list[tuple[str, str]] = []  # (Host header, path)
        self.port = 0

    def answer(self, host: str, path: str) -> tuple[int, dict[str, str], bytes]:
        name = host.split(":")[0].lower()
        if path == "/" and name == "news.test":
            return 301, {"Location": f"http://www.news.test:{self.port}/"}, b""
        if path == "/":
            p = self.port
            links = [
                f"http://news.test:{p}/a/0.html",  # the bare host
                f"http://www.news.test:{p}/a/1.html",
                f"//www.news.test:{p}/a/2.html",
                "/a/3.html",
                f"http://WWW.News.Test:{p}/a/4.html",
                f"http://other.test:{p}/a/5.html",  # another site on the same machine
                "/a/5.html",  # redirects to m.news.test: another site
            ]
            titles = [story["title"] for story in self.stories] + ["旧址"]
            printed = [(f"/a/{n}.html?print=1", "打印") for n in range(5)]  # copies, listed
            items = list(zip(links, titles, strict=True)) + printed
            return 200, {}, list_html("首页", items).encode()
        if path == "/a/5.html" and name in ("news.test", "www.news.test"):  # moved
            return 301, {"Location": f"http://m.news.test:{self.port}/a/5.html"}, b""
        if match := re.fullmatch(r"/a/(\d)\.html(\?print=1)?", path):
            printing = f'<a href="/a/{match[1]}.html?print=1">打印</a>'  # a copy of the page
            return 200, {}, article_html(self.stories[int(match[1])], links=printing).encode()
        return 404, {}, NOT_FOUND[1]


@pytest.fixture
def host_site() -> Iterator[HostSite]:
    site = HostSite()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            host = self.headers.get("Host", "")
            with lock:
                site.log.append((host.split(":")[0].lower(), self.path))
            status, headers, body = site.answer(host, self.path)
            self.send_response(status)
            for name, value in {"Content-Type": HTML, **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.port = server.server_address[1]
    with serving(server):
        yield site


def test_the_site_is_followed_under_each_spelling_of_its_host(host_site, tmp_path):
    run_scrapy_crawl(f"http://news.test:{host_site.port}/", tmp_path, RESOLVER, *QUIET)
    frame = pd.read_parquet(tmp_path / "articles")
    assert sorted(frame["title"]) == sorted(story["title"] for story in host_site.stories[:5])
    assert not [path for host, path in host_site.log if host == "other.test"]  # another site
    # Scrapy's offsite filter lets a redirect to a subdomain through; its page is not kept
    assert ("m.news.test", "/a/5.html") in host_site.log


# -- a calendar of months and days that link each other, forever ---------------------

REAL_MONTH = (2026, 11)
MONTH = re.compile(r"/date/(\d{4})/(\d{2})/(?:(\d{2})/)?")


def calendar_site() -> tuple[callable, list[str]]:
    stories = distinct_stories(6)
    popular = [(f"/a/{n}.html", stories[n]["title"]) for n in range(3)]

    def month_links(year: int, month: int) -> list[tuple[str, str]]:
        before = (year, month - 1) if month > 1 else (year - 1, 12)
        after = (year, month + 1) if month < 12 else (year + 1, 1)
        days = [(f"/date/{year}/{month:02d}/{day:02d}/", str(day)) for day in range(1, 29)]
        return [
            *days,
            (f"/date/{before[0]}/{before[1]:02d}/", "上月"),
            (f"/date/{after[0]}/{after[1]:02d}/", "下月"),
            *popular,  # the sidebar, on every page
        ]

    def route(target: str) -> Answer:
        if target == "/":
            links = [*popular, (f"/date/{REAL_MONTH[0]}/{REAL_MONTH[1]}/", "归档")]
            return 200, list_html("首页", links).encode(), HTML
        if match := MONTH.fullmatch(target):
            year, month = int(match[1]), int(match[2])
            links = month_links(year, month)
            if (year, month) == REAL_MONTH and match[3] and int(match[3]) <= 3:
                n = 2 + int(match[3])  # days 1-3 of the real month hold one story each
                links.insert(0, (f"/a/{n}.html", stories[n]["title"]))
            return 200, list_html(f"{year}年{month}月", links).encode(), HTML
        if (match := re.fullmatch(r"/a/(\d)\.html", target)) and int(match[1]) < len(stories):
            back = (
                f'<a href="/date/{REAL_MONTH[0]}/{REAL_MONTH[1]}/">归档</a>'
                f'<a href="/a/{match[1]}.html?replytocom=7#respond">回复</a>'  # WordPress
            )
            return 200, article_html(stories[int(match[1])], links=back).encode(), HTML
        return NOT_FOUND

    return route, [story["title"] for story in stories]


def test_a_calendar_of_months_and_days_ends_by_itself_with_every_article(tmp_path):
    route, titles = calendar_site()
    with serve(route) as site:
        result = run_scrapy_crawl(site.url, tmp_path, *QUIET, timeout=120)
        calendar = [target for target in site.targets() if target.startswith("/date/")]
        articles = [target.split("?")[0] for target in site.targets() if target.startswith("/a/")]
    stats = crawl_stats(result)
    assert "'finish_reason': 'finished'" in stats
    assert sorted(pd.read_parquet(tmp_path / "articles")["title"]) == sorted(titles)
    assert "led to no article: not following more of them" in result.stderr
    assert len(articles) == len(set(articles)) == len(titles)  # ?replytocom= is the same post
    # each pattern (months, days) is given up after 2 x SNAPCRAWL_TRAP_BARREN_PAGES pages
    # without an article, plus those already requested by then: 157 calendar pages in
    # 8.9 s when measured (64 months, 93 days); before, the crawl never ended
    assert len(calendar) < 400, len(calendar)


# -- a list that pages on only behind a "load more" button --------------------------


def load_more_site() -> tuple[callable, list[str]]:
    """Three list pages of three stories; pages 2 and 3 are named only by the head's
    ``<link rel="next">`` (the button loads them by script) and its ``rel="prev"``."""
    stories = distinct_stories(9)

    def list_page(number: int) -> str:
        head = "".join(
            f'<link rel="{rel}" href="/news/?page={other}">'
            for rel, other in (("prev", number - 1), ("next", number + 1))
            if 1 <= other <= 3
        )
        chunk = range(3 * number - 3, 3 * number)
        items = "".join(f'<li><a href="/a/{n}.html">{stories[n]["title"]}</a></li>' for n in chunk)
        button = f'<button data-url="/news/?page={number + 1}">加载更多</button>'
        return (
            f'<html><head><meta charset="utf-8"><link rel="stylesheet" href="/s.css">{head}'
            f"<title>要闻</title></head><body><ul>{items}</ul>{button}</body></html>"
        )

    def route(target: str) -> Answer:
        if target in ("/", "/news/"):
            return 200, list_page(1).encode(), HTML
        if match := re.fullmatch(r"/news/\?page=([1-3])", target):
            return 200, list_page(int(match[1])).encode(), HTML
        if (match := re.fullmatch(r"/a/(\d)\.html", target)) and int(match[1]) < len(stories):
            return 200, article_html(stories[int(match[1])]).encode(), HTML
        return NOT_FOUND

    return route, [story["title"] for story in stories]


def test_list_pages_named_only_by_link_rel_next_are_crawled(tmp_path):
    route, titles = load_more_site()
    with serve(route) as site:
        run_scrapy_crawl(site.url, tmp_path, *QUIET)
        lists = sorted(t for t in site.targets() if t.startswith("/news/"))
    assert sorted(pd.read_parquet(tmp_path / "articles")["title"]) == sorted(titles)
    assert lists == ["/news/?page=1", "/news/?page=2", "/news/?page=3"]  # each once
    assert "/s.css" not in site.targets()  # other <link> relations are not followed


def test_a_second_run_from_the_bare_host_skips_the_copies_kept_under_www(host_site, tmp_path):
    """The rows of a crawl started at the bare host carry the www. host it redirected to:
    the second run read the copies dropped by the first under the bare host only, and
    fetched every print view again."""
    start = f"http://news.test:{host_site.port}/"
    run_scrapy_crawl(start, tmp_path, RESOLVER, *QUIET)
    first = [path for _, path in host_site.log if path.endswith("?print=1")]
    assert len(set(first)) == 5  # each article's print view, dropped as a copy
    host_site.log.clear()
    run_scrapy_crawl(start, tmp_path, RESOLVER, *QUIET)
    # neither the articles nor their print views again (/a/5.html moved to another site)
    assert not [path for _, path in host_site.log if re.match(r"/a/[0-4]\.html", path)]

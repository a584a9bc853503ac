"""crawler/middlewares/traps.py: URL patterns and the barren-pages rule, without a crawl."""

from __future__ import annotations

import doctest
from collections.abc import Iterator

import pytest
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

import crawler.middlewares.traps as traps
from crawler.items import NotAnArticleDrop
from crawler.middlewares.traps import TrapMiddleware, url_pattern
from snapcrawl.state.traps import TrapMemory


def page(url: str, depth: int = 1) -> HtmlResponse:
    return HtmlResponse(url, body=b"<html></html>", request=Request(url, meta={"depth": depth}))


def with_item(response: HtmlResponse, requests) -> Iterator:
    """As the snapshot spider's output: the page's links, then the page for the pipelines."""
    yield from requests
    yield {"url": response.url}


def follow(middleware: TrapMiddleware, response: HtmlResponse, *urls: str) -> list[str]:
    out = middleware.process_spider_output(response, with_item(response, map(Request, urls)))
    return [element.url for element in out if isinstance(element, Request)]


def follow_asking(middleware: TrapMiddleware, response: HtmlResponse, *urls: str) -> list[str]:
    """As the snapshot spider yields links: no request of a link the middleware says it
    followed before (it notes the link for the page all the same)."""
    made: list[str] = []

    def spider_output():
        for url in urls:
            if not middleware.followed_before(response, url):
                made.append(url)
                yield Request(url)

    out = middleware.process_spider_output(response, with_item(response, spider_output()))
    passed = [element.url for element in out if isinstance(element, Request)]
    assert set(passed) <= set(made)
    return passed


def middleware(**limits: int) -> TrapMiddleware:
    return TrapMiddleware(MemoryStatsCollector(get_crawler()), **limits)


def test_doctests():
    assert doctest.testmod(traps).failed == 0


def test_patterns_mask_counters_and_dates_only():
    assert url_pattern("http://a.cn/day/2026-01-01.html") == url_pattern(
        "http://a.cn/day/2027-12-31.html"
    )
    assert url_pattern("http://a.cn/list/2.html") != url_pattern("http://a.cn/show/2.html")
    assert url_pattern("http://a.cn/x?page=2") != url_pattern("http://a.cn/x?id=2")


def test_a_pattern_is_dropped_after_n_barren_pages_in_a_row():
    guard = middleware(barren_pages=3)
    for day in range(1, 4):
        response = page(f"http://a.cn/day/{day}.html")
        assert follow(guard, response, f"http://a.cn/day/{day + 1}.html")  # same pattern only
        guard.item_dropped(None, response, NotAnArticleDrop("not an article (empty)"))
    assert follow(guard, page("http://a.cn/day/4.html"), "http://a.cn/day/5.html") == []
    assert guard.stats.get_value("snapcrawl/trap/not_followed/pattern") == 1
    assert guard.stats.get_value("snapcrawl/trap/patterns_stopped") == 1


def test_an_article_or_a_new_link_elsewhere_resets_the_count():
    guard = middleware(barren_pages=2)
    first = page("http://a.cn/p/1.html")
    follow(guard, first, "http://a.cn/p/2.html")
    guard.item_dropped(None, first, NotAnArticleDrop("not an article (list_page)"))
    second = page("http://a.cn/p/2.html")
    follow(guard, second, "http://a.cn/p/3.html")
    guard.item_scraped(None, second, None)  # an article: the streak starts again
    third = page("http://a.cn/p/3.html")
    follow(guard, third, "http://a.cn/p/4.html", "http://a.cn/story/9.html")  # new elsewhere
    fourth = page("http://a.cn/p/4.html")
    assert follow(guard, fourth, "http://a.cn/p/5.html") == ["http://a.cn/p/5.html"]


def test_depth_and_host_budget():
    guard = middleware(max_depth=3, host_pages=2)
    assert follow(guard, page("http://a.cn/x/1.html", depth=3), "http://a.cn/y/1.html") == []
    assert follow(
        guard, page("http://a.cn/", depth=0), "http://a.cn/1", "http://a.cn/2", "http://a.cn/3"
    ) == [
        "http://a.cn/1",
        "http://a.cn/2",
    ]
    assert guard.stats.get_value("snapcrawl/trap/not_followed/depth") == 1
    assert guard.stats.get_value("snapcrawl/trap/not_followed/host_budget") == 1
    assert guard.budget_spent


def test_a_page_is_barren_by_the_drops_class_not_its_wording():
    guard = middleware(barren_pages=1)
    copy = page("http://a.cn/day/1.html")
    follow(guard, copy, "http://a.cn/day/2.html")
    guard.item_dropped(None, copy, DropItem("not an article, but a duplicate"))  # an article
    assert follow(guard, page("http://a.cn/day/2.html"), "http://a.cn/day/3.html")
    empty = page("http://a.cn/day/3.html")
    assert follow(guard, empty, "http://a.cn/day/4.html")
    guard.item_dropped(None, empty, NotAnArticleDrop("reworded: nothing to keep"))
    assert follow(guard, page("http://a.cn/day/4.html"), "http://a.cn/day/5.html") == []


@pytest.mark.parametrize("follow", [follow, follow_asking])
def test_a_link_already_followed_is_no_new_link_and_spends_no_budget(follow):
    guard = middleware(barren_pages=1, host_pages=3)
    start = page("http://a.cn/", depth=0)
    assert follow(guard, start, "http://a.cn/story/1.html?sid=1") == [
        "http://a.cn/story/1.html?sid=1"
    ]
    # the same story under a fresh session id: not followed again, not counted
    day = page("http://a.cn/day/1.html")
    assert follow(guard, day, "http://a.cn/day/2.html", "http://a.cn/story/1.html?sid=2") == [
        "http://a.cn/day/2.html"
    ]
    guard.item_dropped(None, day, NotAnArticleDrop("not an article (empty)"))
    assert guard.per_host["a.cn"] == 2
    # the first day page was the first of its kind to link the story: not barren
    next_day = page("http://a.cn/day/2.html")
    assert follow(guard, next_day, "http://a.cn/day/3.html", "http://a.cn/story/1.html") == [
        "http://a.cn/day/3.html"
    ]
    guard.item_dropped(None, next_day, NotAnArticleDrop("not an article (empty)"))
    # the second linked only what its kind had linked before: barren, the pattern is given up
    assert follow(guard, page("http://a.cn/day/3.html"), "http://a.cn/day/4.html") == []


@pytest.mark.parametrize("follow", [follow, follow_asking])
def test_a_deep_list_of_stories_found_elsewhere_first_is_still_followed(follow):
    """Related links reached every story before the list's deep pages did: each list
    page still lists stories no list page listed before, so it is never barren."""
    guard = middleware(barren_pages=2)
    start = page("http://a.cn/", depth=0)
    stories = [f"http://a.cn/story/{n}.html" for n in range(1, 21)]
    assert len(follow(guard, start, *stories, "http://a.cn/about.html")) == 21
    for story in stories:  # fetched before the list's deep pages: articles
        guard.item_scraped({}, page(story, depth=1), None)
    for n in range(1, 10):
        list_page = page(f"http://a.cn/list/{n}.html")
        links = [
            f"http://a.cn/list/{n + 1}.html",
            *stories[2 * n - 2 : 2 * n],
            "http://a.cn/about.html",
        ]
        assert follow(guard, list_page, *links) == [f"http://a.cn/list/{n + 1}.html"]
        guard.item_dropped(None, list_page, NotAnArticleDrop("not an article (list_page)"))
    assert not guard.stats.get_value("snapcrawl/trap/patterns_stopped")


def test_links_followed_before_need_no_request_and_count_as_the_pages_links():
    guard = middleware(barren_pages=1)
    start = page("http://a.cn/", depth=0)
    assert follow(guard, start, "http://a.cn/story/1.html?sid=1", "http://a.cn/day/1.html")
    assert not guard.followed_before(start, "http://a.cn/story/1.html")  # outside a pass
    day = page("http://a.cn/day/1.html")
    links = ["http://a.cn/day/2.html", "http://a.cn/story/1.html?sid=2", "http://a.cn/day/1.html"]
    asked: list[bool] = []

    def spider_output():
        for url in links:
            asked.append(guard.followed_before(day, url))
            if not asked[-1]:
                yield Request(url)

    out = guard.process_spider_output(day, with_item(day, spider_output()))
    assert [r.url for r in out if isinstance(r, Request)] == [links[0]]
    assert asked == [False, True, True]  # the story under another session id, the page itself
    assert guard.pages == {}  # the pass is over
    guard.item_dropped(None, day, NotAnArticleDrop("not an article (empty)"))
    # the day page was the first of its kind to link the story: not barren, not given up
    assert follow(guard, page("http://a.cn/day/2.html"), "http://a.cn/day/3.html")


def test_a_pattern_given_up_on_is_not_walked_by_the_next_runs(tmp_path):
    """The trap memory: a second run refuses the calendar's links from the start, while
    other patterns are followed; after SNAPCRAWL_TRAP_REMEMBER_RUNS runs it walks it again."""
    store = tmp_path / "state" / "traps.sqlite"
    first = middleware(barren_pages=2, memory=TrapMemory(store, runs=1), run_id="run-1")
    first.spider_opened(None)
    for day in range(1, 3):
        response = page(f"http://a.cn/day/{day}.html")
        follow(first, response, f"http://a.cn/day/{day + 1}.html")
        first.item_dropped(None, response, NotAnArticleDrop("not an article (empty)"))
    pattern = url_pattern("http://a.cn/day/1.html")
    assert TrapMemory(store, runs=1).remembered() == {pattern: 1}

    second = middleware(barren_pages=2, memory=TrapMemory(store, runs=1), run_id="run-2")
    second.spider_opened(None)
    home = page("http://a.cn/", depth=0)
    assert follow(second, home, "http://a.cn/day/1.html", "http://a.cn/a/1.html") == [
        "http://a.cn/a/1.html"
    ]
    assert second.stats.get_value("snapcrawl/trap/patterns_remembered") == 1
    assert second.stats.get_value("snapcrawl/trap/not_followed/pattern") == 1

    third = middleware(barren_pages=2, memory=TrapMemory(store, runs=1), run_id="run-3")
    third.spider_opened(None)  # the memory ran out: the calendar is walked once more
    assert follow(third, page("http://a.cn/", depth=0), "http://a.cn/day/1.html") == [
        "http://a.cn/day/1.html"
    ]

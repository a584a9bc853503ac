"""crawler/middlewares/given_up.py: queued links of a pattern given up on are not sent."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.items import NotAnArticleDrop
from crawler.middlewares.given_up import STAT, GivenUpMiddleware, GivenUpPattern
from crawler.middlewares.traps import TrapMiddleware


class _Services:
    def __init__(self, gate: TrapMiddleware | None) -> None:
        self.link_gate = gate


def _page(url: str) -> HtmlResponse:
    return HtmlResponse(url, body=b"<html></html>", request=Request(url, meta={"depth": 1}))


def _queued_then_given_up() -> tuple[TrapMiddleware, list[Request]]:
    """Two barren pages of /week/# each queue the next weeks; the pattern is given up on
    when the second verdict comes back, with week 4 and 5 still in the scheduler."""
    guard = TrapMiddleware(MemoryStatsCollector(get_crawler()), barren_pages=2)
    queued = []
    for week in (1, 2):
        response = _page(f"http://b.cn/week/{week}")
        links = [Request(f"http://b.cn/week/{week + 2}"), Request(f"http://b.cn/week/{week + 3}")]
        queued += list(guard.process_spider_output(response, links))
    for week in (1, 2):
        guard.item_dropped(None, _page(f"http://b.cn/week/{week}"), NotAnArticleDrop("empty"))
    return guard, queued


def test_queued_requests_of_a_given_up_pattern_are_not_sent():
    guard, queued = _queued_then_given_up()
    assert [r.url for r in queued] == [f"http://b.cn/week/{n}" for n in (3, 4, 5)]
    stats = MemoryStatsCollector(get_crawler())
    downloader = GivenUpMiddleware(stats, _Services(guard))
    for request in queued:
        with pytest.raises(GivenUpPattern):
            downloader.process_request(request)
    assert stats.get_value(STAT) == 3


def test_other_patterns_start_requests_and_no_guard_pass():
    guard, _ = _queued_then_given_up()
    downloader = GivenUpMiddleware(MemoryStatsCollector(get_crawler()), _Services(guard))
    story = list(guard.process_spider_output(_page("http://b.cn/"), [Request("http://b.cn/s/1")]))
    assert downloader.process_request(story[0]) is None  # another pattern
    assert downloader.process_request(Request("http://b.cn/week/9")) is None  # never passed
    idle = GivenUpMiddleware(MemoryStatsCollector(get_crawler()), _Services(None))
    assert idle.process_request(Request("http://b.cn/week/9", meta={"x": 1})) is None

"""crawler/middlewares/given_up.py: queued links of a pattern given up on are not sent, and a
chain's next link waits for the verdicts on the pages before it."""

from __future__ import annotations

import asyncio
import time

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

import crawler.middlewares.given_up as given_up
from crawler.items import NotAnArticleDrop
from crawler.middlewares.given_up import STAT, GivenUpMiddleware, GivenUpPattern
from crawler.middlewares.traps import TrapMiddleware
from snapcrawl import counters


class _Services:
    def __init__(self, gate: TrapMiddleware | None) -> None:
        self.link_gate = gate


def _page(url: str) -> HtmlResponse:
    return HtmlResponse(url, body=b"<html></html>", request=Request(url, meta={"depth": 1}))


def _visit(guard: TrapMiddleware, url: str, *links: str) -> list[Request]:
    """The page's output through the guard, as the spider yields it: links, then the page."""
    response = _page(url)
    output = [*map(Request, links), {"url": url}]
    return [r for r in guard.process_spider_output(response, output) if isinstance(r, Request)]


def _barren(guard: TrapMiddleware, url: str) -> None:
    guard.item_dropped(None, _page(url), NotAnArticleDrop("empty"))


def _send(downloader: GivenUpMiddleware, request: Request) -> None:
    return asyncio.run(downloader.process_request(request))


def _queued_then_given_up() -> tuple[TrapMiddleware, list[Request]]:
    """Two barren pages of /week/# each queue the next weeks; the pattern is given up on
    when the second verdict comes back, with week 4 and 5 still in the scheduler."""
    guard = TrapMiddleware(MemoryStatsCollector(get_crawler()), barren_pages=2)
    queued = []
    for week in (1, 2):
        queued += _visit(
            guard, f"http://b.cn/week/{week}", *(f"http://b.cn/week/{week + n}" for n in (2, 3))
        )
    for week in (1, 2):
        _barren(guard, f"http://b.cn/week/{week}")
    return guard, queued


def test_queued_requests_of_a_given_up_pattern_are_not_sent():
    guard, queued = _queued_then_given_up()
    assert [r.url for r in queued] == [f"http://b.cn/week/{n}" for n in (3, 4, 5)]
    stats = MemoryStatsCollector(get_crawler())
    downloader = GivenUpMiddleware(stats, _Services(guard))
    for request in queued:
        with pytest.raises(GivenUpPattern):
            _send(downloader, request)
    assert stats.get_value(STAT) == 3


def test_other_patterns_start_requests_and_no_guard_pass():
    guard, _ = _queued_then_given_up()
    downloader = GivenUpMiddleware(MemoryStatsCollector(get_crawler()), _Services(guard))
    story = _visit(guard, "http://b.cn/", "http://b.cn/s/1")
    assert _send(downloader, story[0]) is None  # another pattern
    assert _send(downloader, Request("http://b.cn/week/9")) is None  # never passed
    idle = GivenUpMiddleware(MemoryStatsCollector(get_crawler()), _Services(None))
    assert _send(idle, Request("http://b.cn/week/9", meta={"x": 1})) is None


def _chain(barren_pages: int) -> tuple[TrapMiddleware, Request]:
    """A calendar walked ahead of its verdicts: days 1..barren_pages fetched, none judged,
    the next day linked."""
    guard = TrapMiddleware(MemoryStatsCollector(get_crawler()), barren_pages=barren_pages)
    for day in range(1, barren_pages + 1):
        (nxt,) = _visit(guard, f"http://c.cn/day/{day}.html", f"http://c.cn/day/{day + 1}.html")
    return guard, nxt


def test_the_next_link_of_a_chain_waits_for_the_verdicts_and_is_then_dropped():
    guard, nxt = _chain(3)
    assert guard.awaits_verdicts(nxt)
    stats = MemoryStatsCollector(get_crawler())
    downloader = GivenUpMiddleware(stats, _Services(guard))

    async def verdicts_come_back():
        await asyncio.sleep(0.2)  # the pipelines, slower than the spider
        for day in (1, 2, 3):
            _barren(guard, f"http://c.cn/day/{day}.html")

    async def both():
        judging = asyncio.ensure_future(verdicts_come_back())
        started = time.monotonic()
        with pytest.raises(GivenUpPattern):
            await downloader.process_request(nxt)
        await judging
        return time.monotonic() - started

    waited = asyncio.run(both())
    assert 0.15 < waited < 2  # it waited for the verdicts, not for the hold's bound
    assert stats.get_value(counters.TRAP_HELD) == 1
    assert stats.get_value(STAT) == 1


def test_an_article_among_the_verdicts_lets_the_chain_go_on_and_never_wait_again():
    guard, nxt = _chain(3)
    guard.item_scraped({}, _page("http://c.cn/day/1.html"), None)  # day 1 held a story
    assert not guard.awaits_verdicts(nxt)
    downloader = GivenUpMiddleware(MemoryStatsCollector(get_crawler()), _Services(guard))
    assert _send(downloader, nxt) is None
    for day in range(4, 9):  # far more days awaiting verdicts than the limit now
        (nxt,) = _visit(guard, f"http://c.cn/day/{day}.html", f"http://c.cn/day/{day + 1}.html")
    assert not guard.awaits_verdicts(nxt)


def test_a_verdict_that_never_comes_holds_a_link_for_the_bound_only(monkeypatch):
    monkeypatch.setattr(given_up, "HOLD_SECONDS", 0.2)
    guard, nxt = _chain(2)
    downloader = GivenUpMiddleware(MemoryStatsCollector(get_crawler()), _Services(guard))
    started = time.monotonic()
    assert _send(downloader, nxt) is None  # sent after the bound, the pattern still open
    assert 0.15 < time.monotonic() - started < 2


def test_pages_that_reach_no_pipeline_and_failed_pipelines_await_nothing():
    guard = TrapMiddleware(MemoryStatsCollector(get_crawler()), barren_pages=2)
    for n in (1, 2, 3):  # a PDF or an off-site redirect: links, but no item
        response = _page(f"http://d.cn/f/{n}.pdf")
        out = list(guard.process_spider_output(response, [Request(f"http://d.cn/f/{n + 1}.pdf")]))
    assert not guard.awaits_verdicts(out[0])
    _visit(guard, "http://d.cn/day/1.html", "http://d.cn/day/2.html")
    (nxt,) = _visit(guard, "http://d.cn/day/2.html", "http://d.cn/day/3.html")
    assert guard.awaits_verdicts(nxt)
    guard.item_error({}, _page("http://d.cn/day/1.html"), None, None)  # a pipeline raised
    assert not guard.awaits_verdicts(nxt)

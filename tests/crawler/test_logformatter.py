"""crawler/logformatter.py: a dropped item is one short DEBUG line, and the DEBUG lines of
pages crawled and items scraped or dropped are not built when no handler would print them."""

from __future__ import annotations

import logging

import pytest
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse

from crawler import logformatter
from crawler.items import ArticleItem
from crawler.logformatter import QuietDropLogFormatter, debug_is_printed


@pytest.fixture
def scraper_logger(monkeypatch):
    """A stand-in for Scrapy's scraper logger, outside pytest's capturing root handler. Not
    registered with logging's manager: pytest 9.2 adds its capturing handlers (level NOTSET)
    to every registered logger that does not propagate, and DEBUG then looked printed."""
    logger = logging.Logger("snapcrawl-test.scraper")  # noqa: LOG001 - unregistered on purpose
    logger.propagate = False
    logger.setLevel(logging.DEBUG)  # as Scrapy leaves its loggers: handlers decide
    handler = logging.NullHandler()
    handler.setLevel(logging.INFO)  # as Scrapy's handler at LOG_LEVEL=INFO
    logger.addHandler(handler)
    monkeypatch.setattr(logformatter, "_SCRAPER_LOGGER", logger)
    monkeypatch.setattr(logformatter, "_ENGINE_LOGGER", logger)
    yield logger
    logger.removeHandler(handler)


def page() -> tuple[Request, HtmlResponse]:
    request = Request("http://a.cn/1.html")
    return request, HtmlResponse(request.url, body=b"<html></html>", request=request)


def test_no_debug_line_is_built_when_every_handler_is_above_debug(scraper_logger):
    item = ArticleItem(url="http://a.cn/1.html", title="t")
    formatter = QuietDropLogFormatter()
    assert debug_is_printed() is False
    assert formatter.scraped(item, None, None) is None
    assert formatter.crawled(*page(), None) is None
    assert formatter.dropped(item, DropItem("duplicate"), None, None) is None


def test_a_debug_handler_gets_the_lines(scraper_logger):
    debug = logging.NullHandler()  # e.g. LOG_LEVEL=DEBUG, or a DEBUG run log
    debug.setLevel(logging.DEBUG)
    scraper_logger.addHandler(debug)
    try:
        item = ArticleItem(url="http://a.cn/1.html", title="t")
        formatter = QuietDropLogFormatter()
        assert debug_is_printed() is True
        assert formatter.scraped(item, None, None)["level"] == logging.DEBUG
        crawled = formatter.crawled(*page(), None)
        assert crawled["level"] == logging.DEBUG
        assert crawled["args"]["status"] == 200
        dropped = formatter.dropped(item, DropItem("exact duplicate"), None, None)
        assert dropped == {
            "level": logging.DEBUG,
            "msg": "Dropped %(url)s: %(reason)s",
            "args": {"url": "http://a.cn/1.html", "reason": "exact duplicate"},
        }
    finally:
        scraper_logger.removeHandler(debug)


def test_a_logger_above_debug_builds_nothing(scraper_logger):
    scraper_logger.setLevel(logging.INFO)
    debug = logging.NullHandler()
    scraper_logger.addHandler(debug)  # NOTSET: would print, but the logger stops it first
    try:
        assert debug_is_printed() is False
    finally:
        scraper_logger.removeHandler(debug)


def test_debug_turned_on_and_off_mid_run_is_followed_by_the_same_formatter(scraper_logger):
    """The formatter is built once per crawl; a DEBUG handler added later (a run log opened
    at DEBUG, ``logging.getLogger().addHandler`` in a debugging session) gets the lines
    from the next page on, and they stop again when it is removed."""
    formatter = QuietDropLogFormatter()
    item = ArticleItem(url="http://a.cn/1.html", title="t")
    assert formatter.scraped(item, None, None) is None
    debug = logging.NullHandler()
    debug.setLevel(logging.DEBUG)
    scraper_logger.addHandler(debug)
    try:
        assert formatter.scraped(item, None, None)["level"] == logging.DEBUG
        assert formatter.crawled(*page(), None)["level"] == logging.DEBUG
    finally:
        scraper_logger.removeHandler(debug)
    assert formatter.scraped(item, None, None) is None
    assert formatter.crawled(*page(), None) is None

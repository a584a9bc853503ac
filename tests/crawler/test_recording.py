"""The recording storage and the record / replay middlewares, without a crawl.

(``crawler/middlewares/recording.py`` and ``replay.py``; the real crawls are in
``tests/crawler/test_record.py`` and ``tests/e2e/test_replay*.py``.)
"""

from __future__ import annotations

import gzip
import logging

import pytest
from scrapy import Request, Spider
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import CloseSpider, IgnoreRequest, NotConfigured
from scrapy.http import Headers, HtmlResponse, Response, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler import defaults
from crawler.middlewares.recording import FixtureCacheStorage, RecordingMiddleware
from crawler.middlewares.replay import FINISH_REASON, ReplayMiddleware, ReplayMissing
from snapcrawl.errors import ConfigError
from snapcrawl.fixtures.format import INDEX, load_recording

DEFAULTS = {name: getattr(defaults, name) for name in dir(defaults) if name.isupper()}
START = "http://h.test/"
GBK_PAGE = "<html><head><meta charset=gbk></head><body><p>快照新闻</p></body></html>".encode("gbk")


class SiteSpider(Spider):
    name = "site"
    start_url = START


def crawler_with(**settings):
    return get_crawler(SiteSpider, {**DEFAULTS, **settings})


def live_responses() -> list[tuple[Request, Response]]:
    """Responses built the way Scrapy's HTTP download handler builds them."""

    def pair(url, status=200, headers=None, body=b""):
        request = Request(url)
        headers = Headers({"Content-Type": "text/html", **(headers or {})})
        cls = responsetypes.from_args(headers=headers, url=url, body=body)
        return request, cls(url, status=status, headers=headers, body=body, request=request)

    return [
        pair(START, body=b"<a href='/a.html'>a</a>"),
        pair(START + "a.html", body=GBK_PAGE),
        pair(START + "old", 301, {"Location": "/a.html"}),
        pair(START + "gone", 404, body=b"<h1>404</h1>"),
        pair(START + "robots.txt", 200, {"Content-Type": "text/plain"}, b"User-agent: *"),
        pair(START + "f.pdf", 200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\xff"),
    ]


@pytest.fixture
def recorded_dir(tmp_path):
    root = tmp_path / "fx"
    storage = FixtureCacheStorage(Settings(), root, prune=True)
    spider = SiteSpider()
    storage.open_spider(spider)
    for request, response in live_responses():
        storage.store_response(spider, request, response)
    storage.close_spider(spider)
    return root


def test_the_storage_writes_what_it_was_given(recorded_dir):
    recording = load_recording(recorded_dir)
    assert recording.start_url == START
    assert len(recording.responses) == 6
    assert recording.find("GET", START + "a.html").read_body() == GBK_PAGE
    assert not list(recorded_dir.rglob("*.tmp"))


def test_replayed_responses_are_what_was_received(recorded_dir):
    storage = FixtureCacheStorage(Settings(), recorded_dir)
    storage.open_spider(SiteSpider())
    for request, live in live_responses():
        replayed = storage.retrieve_response(SiteSpider(), request.replace())
        assert type(replayed) is type(live), request.url  # so encodings behave as live
        assert (replayed.status, replayed.body, replayed.url) == (live.status, live.body, live.url)
        assert replayed.headers == live.headers
        assert "replayed" in replayed.flags
        if isinstance(live, TextResponse):
            assert (replayed.encoding, replayed.text) == (live.encoding, live.text)
    assert storage.retrieve_response(SiteSpider(), Request(START + "never")) is None
    assert isinstance(
        storage.retrieve_response(SiteSpider(), Request(START + "a.html")), HtmlResponse
    )


def test_a_hand_edited_body_is_replayed_and_flagged(recorded_dir):
    body_file = load_recording(recorded_dir).find("GET", START + "gone").body_path
    body_file.write_bytes(b"<h1>edited</h1>")
    storage = FixtureCacheStorage(Settings(), recorded_dir)
    storage.open_spider(SiteSpider())
    replayed = storage.retrieve_response(SiteSpider(), Request(START + "gone"))
    assert replayed.body == b"<h1>edited</h1>"
    assert "edited" in replayed.flags


def test_the_storage_serves_scrapys_own_httpcache_middleware(recorded_dir):
    crawler = crawler_with(
        HTTPCACHE_ENABLED=True,
        HTTPCACHE_STORAGE="crawler.middlewares.recording.FixtureCacheStorage",
        HTTPCACHE_DIR=str(recorded_dir),
        HTTPCACHE_IGNORE_MISSING=True,
    )
    crawler.spider = crawler.spidercls.from_crawler(crawler)
    middleware = HttpCacheMiddleware.from_crawler(crawler)
    middleware.spider_opened(crawler.spider)
    response = middleware.process_request(Request(START + "a.html"))
    assert response.body == GBK_PAGE
    assert "cached" in response.flags
    with pytest.raises(IgnoreRequest):
        middleware.process_request(Request(START + "never"))


def test_nothing_staged_or_discarded_leaves_the_directory_alone(recorded_dir):
    before = (recorded_dir / INDEX).read_bytes()
    storage = FixtureCacheStorage(Settings(), recorded_dir, prune=True)
    storage.open_spider(SiteSpider())
    storage.close_spider(SiteSpider())
    request, response = live_responses()[0]
    storage.store_response(SiteSpider(), request, response)
    storage.discard()
    storage.close_spider(SiteSpider())
    assert (recorded_dir / INDEX).read_bytes() == before


def test_recording_passes_every_response_on_untouched(tmp_path):
    crawler = crawler_with(SNAPCRAWL_RECORD_DIR=str(tmp_path / "fx"))
    crawler.stats.open_spider()
    middleware = RecordingMiddleware.from_crawler(crawler)
    middleware.spider_opened(SiteSpider())
    for request, response in live_responses():
        headers = response.headers.copy()
        assert middleware.process_response(request, response) is response
        assert response.headers == headers
    assert crawler.stats.get_value("snapcrawl/record/responses") == 6
    middleware.spider_closed(SiteSpider(), "finished")
    assert len(load_recording(tmp_path / "fx").responses) == 6
    assert crawler.stats.get_value("snapcrawl/record/added") == 6


def test_recording_asks_for_readable_bodies_and_keeps_compressed_ones_compressed(tmp_path):
    crawler = crawler_with(SNAPCRAWL_RECORD_DIR=str(tmp_path / "fx"))
    crawler.stats.open_spider()
    recorder = RecordingMiddleware.from_crawler(crawler)
    recorder.spider_opened(SiteSpider())
    request = Request(START + "z.html", headers={"Accept-Encoding": "gzip, deflate"})
    recorder.process_request(request)
    assert request.headers[b"Accept-Encoding"] == b"identity"
    headers = Headers({"Content-Type": "text/html", "Content-Encoding": "gzip"})
    wire = gzip.compress(GBK_PAGE)  # a server that compresses anyway
    recorder.process_response(request, HtmlResponse(request.url, headers=headers, body=wire))
    recorder.spider_closed(SiteSpider(), "finished")
    storage = FixtureCacheStorage(Settings(), tmp_path / "fx")
    storage.open_spider(SiteSpider())
    replayed = storage.retrieve_response(SiteSpider(), Request(START + "z.html"))
    assert replayed.body == wire
    decompress = HttpCompressionMiddleware.from_crawler(crawler_with())
    assert decompress.process_response(request, replayed).body == GBK_PAGE


def test_an_interrupted_recording_leaves_the_directory_alone(tmp_path):
    crawler = crawler_with(SNAPCRAWL_RECORD_DIR=str(tmp_path / "fx"))
    middleware = RecordingMiddleware.from_crawler(crawler)
    middleware.spider_opened(SiteSpider())
    for request, response in live_responses():
        middleware.process_response(request, response)
    middleware.spider_closed(SiteSpider(), "shutdown")
    assert not (tmp_path / "fx").exists()


def test_a_recording_of_nothing_says_so_without_naming_a_staging_folder(tmp_path, caplog):
    # snapcrawl record stages into a temporary folder and names the user's folder itself:
    # a second folder name in the error was a path the user never gave
    staging = tmp_path / "snapcrawl-record-x" / "recording"
    crawler = crawler_with(SNAPCRAWL_RECORD_DIR=str(staging))
    crawler.stats.open_spider()
    middleware = RecordingMiddleware.from_crawler(crawler)
    middleware.spider_opened(SiteSpider())
    with caplog.at_level(logging.ERROR):
        middleware.spider_closed(SiteSpider(), "finished")
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "nothing was recorded from" in record.getMessage()
    assert "snapcrawl-record-x" not in record.getMessage()
    assert crawler.stats.get_value("snapcrawl/record/empty") == 1
    assert not staging.exists()


def test_recording_and_replay_are_off_unless_asked():
    for middleware in (RecordingMiddleware, ReplayMiddleware):
        with pytest.raises(NotConfigured):
            middleware.from_crawler(crawler_with())


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"SNAPCRAWL_RECORD_DIR": "{fx}", "REPLAY_DIR": "{fx}"}, "not both"),
        ({"SNAPCRAWL_RECORD_DIR": "{tmp}/new", "HTTPCACHE_ENABLED": True}, "HTTPCACHE_ENABLED"),
        ({"SNAPCRAWL_RECORD_DIR": "{tmp}/file.txt"}, "give a directory"),
        ({"SNAPCRAWL_RECORD_DIR": "{broken}"}, "not a snapcrawl-fixtures/1 index"),
    ],
)
def test_recording_refuses_a_wrong_setup_at_start(tmp_path, recorded_dir, settings, message):
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / INDEX).write_text("[]")
    paths = {"fx": recorded_dir, "tmp": tmp_path, "broken": tmp_path / "broken"}
    values = {k: v.format(**paths) if isinstance(v, str) else v for k, v in settings.items()}
    with pytest.raises(ConfigError, match=message):
        RecordingMiddleware.from_crawler(crawler_with(**values))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"REPLAY_DIR": "{tmp}/nothing"}, "holds index.json"),
        ({"REPLAY_DIR": "{fx}", "SNAPCRAWL_REPLAY_MISSING": "skip"}, "use one of fail, 404"),
        ({"REPLAY_DIR": "{fx}", "HTTPCACHE_ENABLED": True}, "HTTPCACHE_ENABLED"),
    ],
)
def test_replay_refuses_a_wrong_setup_at_start(tmp_path, recorded_dir, settings, message):
    paths = {"fx": recorded_dir, "tmp": tmp_path}
    values = {k: v.format(**paths) if isinstance(v, str) else v for k, v in settings.items()}
    with pytest.raises(ConfigError, match=message):
        ReplayMiddleware.from_crawler(crawler_with(**values))


def replay_middleware(root, missing="fail"):
    crawler = crawler_with(REPLAY_DIR=str(root), SNAPCRAWL_REPLAY_MISSING=missing)
    crawler.stats.open_spider()
    middleware = ReplayMiddleware.from_crawler(crawler)
    middleware.spider_opened(SiteSpider())
    return middleware, crawler.stats


def test_replay_answers_recorded_requests(recorded_dir):
    middleware, stats = replay_middleware(recorded_dir)
    response = middleware.process_request(Request(START + "a.html#top"))
    assert response.body == GBK_PAGE
    assert stats.get_value("snapcrawl/replay/responses") == 1
    middleware.spider_idle(SiteSpider())  # nothing missing: the crawl may finish


def test_replay_refuses_an_unrecorded_request_loudly(recorded_dir, caplog):
    middleware, stats = replay_middleware(recorded_dir)
    with caplog.at_level(logging.ERROR), pytest.raises(ReplayMissing):
        middleware.process_request(Request(START + "new.html"))
    assert stats.get_value("snapcrawl/replay/missing") == 1
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    message = record.getMessage()
    assert START + "new.html" in message
    assert f"scrapy crawl site -s SNAPCRAWL_RECORD_DIR={recorded_dir}" in message
    with pytest.raises(CloseSpider) as closing:
        middleware.spider_idle(SiteSpider())
    assert closing.value.reason == FINISH_REASON


def test_replay_can_answer_404_instead(recorded_dir):
    middleware, stats = replay_middleware(recorded_dir, missing="404")
    response = middleware.process_request(Request(START + "new.html"))
    assert response.status == 404
    assert "replay_missing" in response.flags
    assert stats.get_value("snapcrawl/replay/missing") == 1
    middleware.spider_idle(SiteSpider())

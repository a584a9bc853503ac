"""Answer every request from a fixture directory (``REPLAY_DIR``), with no network at all.

``ReplayMiddleware`` sits next to the download handler and returns the
recorded response from ``process_request``, so the handler never runs and
every other middleware (stats, retry, redirect, decompression, cookies,
robots.txt) sees the recorded status, headers and bytes as it saw them live,
and ``response.text`` decodes them as it did live.

A request that was not recorded is never sent. With
``SNAPCRAWL_REPLAY_MISSING = "fail"`` (the default) it is refused with
``ReplayMissing`` (an ``IgnoreRequest``), logged as an error that names the
URL and the command that re-records the fixtures, counted as
``snapcrawl/replay/missing``, and the crawl goes on to find every other
missing page, then closes with the finish reason ``replay_missing``. With
``"404"`` it is answered with an empty 404 page, logged as a warning and
counted the same way.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Response

from crawler.middlewares.recording import (
    FixtureCacheStorage,
    check_not_combined,
    fixture_dir_setting,
)
from crawler.services import crawl_services
from snapcrawl import counters, finish_reasons
from snapcrawl.errors import ConfigError
from snapcrawl.fixtures.missing import missing_bodies_problem

logger = logging.getLogger(__name__)
FINISH_REASON = finish_reasons.REPLAY_MISSING


def rerecord_command(spider: str, start_url: str, root: object) -> str:
    """What re-records a fixture directory: ``snapcrawl record`` for the snapshot spider."""
    if spider == "snapshot":
        return f"snapcrawl record {start_url or 'START_URL'} --to {root}"
    return f"scrapy crawl {spider} -s SNAPCRAWL_RECORD_DIR={root}"


class ReplayMissing(IgnoreRequest):
    """A request the fixtures do not hold: refused, so that replay never touches the network."""


class ReplayMiddleware:
    def __init__(self, storage: FixtureCacheStorage, stats: Any, missing: str = "fail") -> None:
        self.storage = storage
        self.stats = stats
        self.missing = missing
        self.missing_urls: list[str] = []
        self.spider: Spider | None = None
        self._told_edited = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        settings = crawler.settings
        config = crawl_services(crawler).config
        value = config.replay_dir
        if not value:
            raise NotConfigured  # off by default: no warning
        check_not_combined(crawler, "REPLAY_DIR", value)
        root, recording = fixture_dir_setting("REPLAY_DIR", value)
        if recording is None:
            raise ConfigError(
                "REPLAY_DIR",
                value,
                "give a directory written by `snapcrawl record URL --to DIR` (it holds index.json)",
            )
        if problem := missing_bodies_problem(recording):
            raise ConfigError("REPLAY_DIR", value, problem)
        missing = config.replay_missing
        storage = FixtureCacheStorage(settings, root, recording=recording)
        middleware = cls(storage, crawler.stats, missing)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        self.spider = spider
        self.storage.open_spider(spider)
        recording = self.storage.recording
        logger.info(
            "replaying %d recorded responses from %s; no request goes to the network",
            len(recording.responses) if recording else 0,
            self.storage.root,
            extra={"spider": spider},
        )

    def process_request(self, request: Request) -> Response | None:
        response = self.storage.retrieve_response(self.spider, request)  # type: ignore[arg-type]
        if response is not None:
            self.stats.inc_value(counters.REPLAY_RESPONSES)
            if "edited" in response.flags:
                self._count_edited(response)
            return response
        self.stats.inc_value(counters.REPLAY_MISSING)
        self.missing_urls.append(request.url)
        if self.missing == "404":
            logger.warning(
                "no recorded response for %s %s: answering 404 (SNAPCRAWL_REPLAY_MISSING=404)",
                request.method,
                request.url,
                extra={"spider": self.spider},
            )
            return HtmlResponse(
                request.url,
                status=404,
                headers={"Content-Type": "text/html"},
                body=b"",
                flags=["replayed", "replay_missing"],
            )
        logger.error(
            "no recorded response for %s %s in %s: re-record with `%s`, or replay with "
            "-s SNAPCRAWL_REPLAY_MISSING=404",
            request.method,
            request.url,
            self.storage.root,
            self.rerecord_command(),
            extra={"spider": self.spider},
        )
        raise ReplayMissing(f"not recorded in {self.storage.root}: {request.url}")

    def spider_idle(self, spider: Spider) -> None:
        if self.missing == "fail" and self.missing_urls:
            raise CloseSpider(FINISH_REASON)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.missing == "fail" and self.missing_urls:
            logger.error(
                "%d requests were not recorded in %s, so this replay is incomplete: %s",
                len(self.missing_urls),
                self.storage.root,
                ", ".join(self.missing_urls[:20]),
                extra={"spider": spider},
            )

    def rerecord_command(self) -> str:
        return rerecord_command(
            getattr(self.spider, "name", "snapshot"), self.storage.start_url, self.storage.root
        )

    def _count_edited(self, response: Response) -> None:
        self.stats.inc_value(counters.REPLAY_EDITED)
        if not self._told_edited:
            self._told_edited = True
            logger.info(
                "%s was edited since it was recorded (its sha256 differs); "
                "replaying the edited bytes",
                response.url,
                extra={"spider": self.spider},
            )

"""Record every response of a crawl into a fixture directory (``SNAPCRAWL_RECORD_DIR``).

``FixtureCacheStorage`` is Scrapy's ``HTTPCACHE_STORAGE`` interface
(``open_spider``, ``close_spider``, ``retrieve_response``, ``store_response``)
over the readable layout of ``snapcrawl.fixtures.format``, so it also plugs
into Scrapy's own ``HttpCacheMiddleware``::

    HTTPCACHE_ENABLED=True
    HTTPCACHE_STORAGE=crawler.middlewares.recording.FixtureCacheStorage
    HTTPCACHE_DIR=tests/fixtures/mysite      # taken as is, not under .scrapy/

which answers recorded requests and fetches and adds the rest. Recording
and replay use it through their own middlewares (``RecordingMiddleware``
here, ``ReplayMiddleware`` in ``replay.py``), because ``HttpCacheMiddleware``
serves recorded responses instead of fetching them again, adds a ``Date``
header before storing, and on a miss either goes to the network or drops the
request quietly (``HTTPCACHE_IGNORE_MISSING``).

``RecordingMiddleware`` sits next to the download handler, so it stores the
status, headers and bytes exactly as they came off the wire (before
redirects are followed or errors retried); every hop of a redirect and every
404 or 500 is a response of its own, and so is robots.txt. It asks servers
for uncompressed bodies (``Accept-Encoding: identity``) so the pages stay
readable in a diff; a server that compresses anyway is recorded compressed,
``Content-Encoding`` and all, and replay decompresses it as a live crawl
does. The responses are staged in a temporary directory and written into
the fixture directory when the spider closes (not when it was interrupted,
and not when nothing was recorded), with a log line of what changed.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import BaseSettings

from crawler.services import crawl_services
from snapcrawl import counters, finish_reasons
from snapcrawl.errors import ConfigError
from snapcrawl.fixtures.format import (
    INDEX,
    Changes,
    FixtureError,
    RecordedResponse,
    Recording,
    load_recording,
    update_fixtures,
)

logger = logging.getLogger(__name__)


class FixtureCacheStorage:
    """An ``HTTPCACHE_STORAGE`` over a fixture directory.

    The constructor takes ``settings`` first because ``HttpCacheMiddleware``
    builds storages that way; ``root`` and ``prune`` let snapcrawl's own
    middlewares (and tests) pass plain values instead.
    """

    def __init__(
        self,
        settings: BaseSettings,
        root: str | Path | None = None,
        *,
        prune: bool = False,
        recording: Recording | None = None,
    ) -> None:
        self.root = Path(root if root is not None else settings["HTTPCACHE_DIR"])
        self.prune = prune
        self.recording = recording  # the directory's recording, when already loaded
        self.start_url = ""
        self.staged: dict[str, RecordedResponse] = {}
        self.changes: Changes | None = None
        self._staging: Path | None = None

    def open_spider(self, spider: Spider) -> None:
        if self.recording is None and (self.root / INDEX).exists():
            self.recording = load_recording(self.root)
        self.start_url = start_url_of(spider) or (self.recording and self.recording.start_url) or ""

    def close_spider(self, spider: Spider) -> None:
        try:
            if self.staged:
                self.changes = update_fixtures(
                    self.root,
                    self.staged.values(),
                    self.start_url or None,
                    prune=self.prune,
                    old=self.recording,
                )
                logger.info(
                    "recorded %d responses into %s: %s",
                    len(self.staged),
                    self.root,
                    self.changes.counts,
                    extra={"spider": spider},
                )
                logger.debug("%s", self.changes.report(), extra={"spider": spider})
        finally:
            self.discard()

    def discard(self) -> None:
        """Forget what was staged, leaving the fixture directory as it was."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        self.staged = {}

    def retrieve_response(self, spider: Spider, request: Request) -> Response | None:
        if self.recording is None:
            return None
        recorded = self.recording.find(request.method, request.url, request.body)
        if recorded is None:
            return None
        return replayed_response(recorded, request.url)

    def store_response(self, spider: Spider, request: Request, response: Response) -> None:
        if self._staging is None:
            self._staging = Path(tempfile.mkdtemp(prefix="snapcrawl-record-"))
        body = response.body
        request_body_sha = hashlib.sha256(request.body).hexdigest() if request.body else ""
        recorded = RecordedResponse(
            method=request.method,
            url=request.url,
            status=response.status,
            headers=tuple(
                (name.decode("latin-1"), value.decode("latin-1"))
                for name, values in response.headers.items()
                for value in values
            ),
            body_path=self._staging / f"{len(self.staged):07d}",
            sha256=hashlib.sha256(body).hexdigest(),
            size=len(body),
            recorded_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            request_body_sha256=request_body_sha,
        )
        earlier = self.staged.get(recorded.key)  # a retry: keep the last answer
        if earlier is not None:
            recorded = replace(recorded, body_path=earlier.body_path)
        recorded.body_path.write_bytes(body)
        self.staged[recorded.key] = recorded


def replayed_response(recorded: RecordedResponse, url: str) -> Response:
    """A Response with the recorded status, headers and bytes, of the class Scrapy would pick."""
    body = recorded.read_body()
    headers = Headers()
    for name, value in recorded.headers:
        headers.appendlist(name, value.encode("latin-1"))
    flags = ["replayed"]
    if hashlib.sha256(body).hexdigest() != recorded.sha256:
        flags.append("edited")  # the body was changed by hand since it was recorded
    cls = responsetypes.from_args(headers=headers, url=url, body=body)
    return cls(url=url, status=recorded.status, headers=headers, body=body, flags=flags)


def start_url_of(spider: Spider) -> str:
    start_url = getattr(spider, "start_url", None)
    if not start_url:
        start_url = next(iter(getattr(spider, "start_urls", None) or []), "")
    return str(start_url or "")


def fixture_dir_setting(name: str, value: str) -> tuple[Path, Recording | None]:
    """A fixture directory setting and its recording (None while it holds none), refused
    at start if it is a file or holds a broken index."""
    root = Path(value)
    if root.exists() and not root.is_dir():
        raise ConfigError(name, value, "give a directory of recorded fixtures")
    if not (root / INDEX).exists():
        return root, None
    try:
        return root, load_recording(root)
    except FixtureError as error:
        raise ConfigError(name, value, f"{error}") from None


def check_not_combined(crawler: Crawler, name: str, value: str) -> None:
    """Recording and replay exclude each other, and Scrapy's HTTP cache would answer first."""
    config = crawl_services(crawler).config
    if config.replay_dir and config.record_dir:
        raise ConfigError(name, value, "record or replay, not both in one crawl")
    if crawler.settings.getbool("HTTPCACHE_ENABLED"):
        raise ConfigError(name, value, "turn HTTPCACHE_ENABLED off: the cache would answer first")


class RecordingMiddleware:
    """Store every response, as the download handler returned it, for ``snapcrawl record``."""

    def __init__(self, storage: FixtureCacheStorage, stats: Any) -> None:
        self.storage = storage
        self.stats = stats
        self.spider: Spider | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordingMiddleware:
        value = crawl_services(crawler).config.record_dir
        if not value:
            raise NotConfigured  # off by default: no warning
        check_not_combined(crawler, "SNAPCRAWL_RECORD_DIR", value)
        root, recording = fixture_dir_setting("SNAPCRAWL_RECORD_DIR", value)
        storage = FixtureCacheStorage(crawler.settings, root, prune=True, recording=recording)
        middleware = cls(storage, crawler.stats)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        self.spider = spider
        self.storage.start_url = start_url_of(spider)
        logger.info("recording responses into %s", self.storage.root, extra={"spider": spider})

    def process_request(self, request: Request) -> None:
        request.headers[b"Accept-Encoding"] = b"identity"  # readable bodies in the fixtures

    def process_response(self, request: Request, response: Response) -> Response:
        self.storage.store_response(self.spider, request, response)  # type: ignore[arg-type]
        self.stats.inc_value(counters.RECORD_RESPONSES)
        return response

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if reason == finish_reasons.SHUTDOWN:
            logger.warning(
                "the crawl was interrupted: the fixture directory is left as it was",
                extra={"spider": spider},
            )
            self.storage.discard()
            return
        if not self.storage.staged:
            logger.error(
                # no folder named: snapcrawl record stages into a temporary one and names
                # the user's folder itself; scrapy crawl users see it in "recording into"
                "nothing was recorded from %s (is the site up?): "
                "the fixture directory is left as it was",
                self.storage.start_url,
                extra={"spider": spider},
            )
            self.stats.set_value(counters.RECORD_EMPTY, 1)
            self.storage.discard()
            return
        self.storage.close_spider(spider)
        changes = self.storage.changes
        if changes is not None:
            for kind in ("added", "changed", "removed"):
                self.stats.set_value(f"{counters.RECORD}/{kind}", len(getattr(changes, kind)))
            self.stats.set_value(f"{counters.RECORD}/unchanged", changes.unchanged)

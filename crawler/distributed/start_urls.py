"""Start URLs shared by every worker: ``{base}:start_urls`` in Redis.

:class:`StartUrlFeed` (a spider middleware, added by ``DistributedAddon``) turns the
spider's start requests into entries of that list and starts from what it holds; the
lifecycle extension feeds more of them when a worker goes idle. Entries are plain URLs
or scrapy-redis JSON (``{"url": ...}``), so scrapy-redis tools can fill the list.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.distributed.config import distributed_config
from crawler.distributed.connection import DistributedRun, distributed_run


class StartUrlFeed:
    """Spider middleware: start requests become ``{base}:start_urls`` entries."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StartUrlFeed:
        if distributed_config(crawler.settings) is None:
            raise NotConfigured("REDIS_URL is empty: local mode")
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        run = distributed_run(self.crawler)
        async for item_or_request in start:
            if isinstance(item_or_request, Request):
                run.client.rpush(run.keys.start_urls, item_or_request.url)
            else:
                yield item_or_request
        for request in pop_start_requests(run):
            yield request


def pop_start_requests(run: DistributedRun, batch: int = 100) -> list[Request]:
    """Requests for the URLs in ``{base}:start_urls`` (plain or scrapy-redis JSON)."""
    pipe = run.client.pipeline()
    pipe.lrange(run.keys.start_urls, 0, batch - 1).ltrim(run.keys.start_urls, batch, -1)
    values, _ = pipe.execute()
    requests = []
    for value in values:
        text = value.decode("utf-8").strip()
        url = json.loads(text).get("url", "") if text.startswith("{") else text
        if url:
            requests.append(Request(url))  # through the dupefilter: fetched once in all
    return requests


def feed_start_urls(crawler: Crawler, run: DistributedRun) -> int:
    requests = pop_start_requests(run)
    for request in requests:
        crawler.engine.crawl(request)
    return len(requests)

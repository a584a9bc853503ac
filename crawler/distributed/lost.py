"""Redis gone mid-crawl: one clear message, then the worker stops and writes what it holds.

Every component that talks to Redis (the scheduler, the worker's beat, the dedup
pipeline) catches :data:`REDIS_ERRORS` and calls :func:`redis_lost` instead of
letting a traceback through. The first call logs one line, counts, and closes
the spider with the finish reason ``redis_lost``; the pipelines then flush, so
the rows already kept reach the dataset. Later calls only count. Nothing is
lost: requests still in Redis stay there (a restarted Redis that kept its data
resumes the crawl), and the dedup state is checked against the dataset when the
next worker starts (``snapcrawl.state.redis_sync``), so the rows written now are
never written twice.

A Redis that comes back at once without its data is caught the same way: the
queue scripts refuse a worker that is not registered (``lua.CrawlStateLost``) and
the dedup scripts a store whose ``meta`` key is gone
(``snapcrawl.dedup.store.redis.RedisStateLost``); both are ``redis.ConnectionError``.
"""

from __future__ import annotations

import logging

import redis
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro

from crawler.distributed.redis_url import FIX, redacted
from snapcrawl import counters
from snapcrawl.finish_reasons import REDIS_LOST

logger = logging.getLogger(__name__)

CLOSE_REASON = REDIS_LOST
REDIS_ERRORS = (redis.ConnectionError, redis.TimeoutError)


def redis_lost(crawler: Crawler, error: Exception, what: str) -> None:
    """Redis failed while ``what``: log once, count every time, and close the spider."""
    stats = crawler.stats
    first = not stats.get_value(counters.DISTRIBUTED_REDIS_LOST)
    stats.inc_value(counters.DISTRIBUTED_REDIS_LOST)
    if not first:
        return
    url = crawler.settings.get("REDIS_URL") or crawler.settings.get("SNAPCRAWL_DEDUP_STORE")
    logger.error(
        "lost Redis while %s (REDIS_URL=%s: %s): this worker stops and writes the rows it"
        " holds; %s (the stories written are not written again)",
        what,
        redacted(url),
        str(error).strip().rstrip("."),
        FIX,
    )
    try:
        engine = crawler.engine
    except RuntimeError:  # not crawling: a component used on its own
        return
    if engine is not None and engine.spider is not None:
        deferred_from_coro(engine.close_spider_async(reason=CLOSE_REASON))

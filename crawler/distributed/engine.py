"""The one place that reads Scrapy's private engine state.

A worker may forget a popped request only once Scrapy is done with it
(download, callback, every item pipeline). Scrapy says so only in its engine's
private slot (``engine._slot.inprogress``, a set of requests); no public API
tells it. Reading it here, behind a guard, means a Scrapy that renames it stops
a distributed run at once with a message naming the version, instead of
silently never forgetting (or always forgetting) a request.
``tests/crawler/distributed/test_engine.py`` runs a real crawl to check it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import scrapy
from scrapy import Request
from scrapy.crawler import Crawler


class ScrapyInternalsChanged(RuntimeError):
    """The Scrapy in use no longer has the private engine state distributed mode reads."""


def engine_slot(crawler: Crawler) -> Any:
    """The engine's private ``_slot`` of an open spider; :class:`ScrapyInternalsChanged`
    if this Scrapy does not have one."""
    slot = getattr(crawler.engine, "_slot", None)
    if slot is None or not isinstance(getattr(slot, "inprogress", None), set):
        raise ScrapyInternalsChanged(
            f"distributed mode reads the engine's in-progress requests (engine._slot.inprogress),"
            f" which Scrapy {scrapy.__version__} does not expose: use the Scrapy version pinned"
            " in pyproject.toml"
        )
    return slot


def requests_in_progress(crawler: Crawler) -> Collection[Request]:
    """The requests Scrapy's engine has not finished with (download through pipelines)."""
    return engine_slot(crawler).inprogress

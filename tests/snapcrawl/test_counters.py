"""Scrapy's error counters read as one map: each error once, under its kind."""

from __future__ import annotations

from snapcrawl.counters import errors_by_kind


def test_a_callback_exception_counts_once():
    # Scrapy's own keys for one ValueError in a callback: its class and the total.
    stats = {"spider_exceptions/count": 1, "spider_exceptions/ValueError": 1}
    assert errors_by_kind(stats) == {"spider_exception/ValueError": 1}
    assert sum(errors_by_kind(stats).values()) == 1

"""The crawl's stats say how many near matches the fact check kept apart.

In process (``get_crawler``), with the real dedup pipeline and its SQLite store: a
story written from another's template (other figures) is kept and counted; a
syndicated copy of it is dropped as before.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from pipelines.dedup import DedupPipeline
from snapcrawl import counters
from tests.snapcrawl.dedup.template_texts import RATE_DAY_1, RATE_DAY_2


def story(url: str, body: str) -> ArticleItem:
    return ArticleItem(
        url=url,
        host="site.example",
        title="人民币汇率中间价",
        body=body,
        snapshot_at=datetime(2025, 2, 3, 8, 0, tzinfo=UTC),
        crawled_at=datetime(2026, 1, 18, 8, 0, tzinfo=UTC),
        crawl_date=date(2026, 1, 18),
    )


def test_template_stories_kept_apart_are_counted_in_the_crawl_stats(tmp_path):
    crawler = get_crawler(settings_dict={"SNAPCRAWL_WORKERS": 0, "DATA_DIR": str(tmp_path)})
    dedup = DedupPipeline.from_crawler(crawler)
    dedup.open_index()
    stats = crawler.stats
    first = story("http://site.example/rate-1.html", RATE_DAY_1)
    second = story("http://site.example/rate-2.html", RATE_DAY_2)
    assert dedup.process_item(first) is first
    assert stats.get_value(counters.DEDUP_FACTS_APART) is None  # nothing to keep apart yet
    assert dedup.process_item(second) is second
    assert stats.get_value(counters.DEDUP_FACTS_APART) == 1
    copy = story("http://site.example/z/rate-2.html", RATE_DAY_2 + "\n来源：新华社")
    with pytest.raises(DropItem, match=re.escape("duplicate of http://site.example/rate-2.html")):
        dedup.process_item(copy)  # its own copy is still caught (and ranks after it)
    assert stats.get_value(counters.DEDUP_KEPT) == 2
    dedup.close_spider()

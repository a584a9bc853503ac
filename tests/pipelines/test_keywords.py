from __future__ import annotations

import asyncio

import pytest
import scrapy
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem, PageItem
from crawler.workers import WorkerPool
from pipelines.keywords import KeywordsPipeline
from snapcrawl.dataset.keywords import KeywordExtractor
from snapcrawl.errors import ConfigError

TITLE = "全国新冠疫苗接种工作稳步推进"
BODY = "专家指出，疫苗接种是预防新冠肺炎的有效手段。各地疫苗接种点已经开放预约。"


class ArticleWithKeywords(ArticleItem):
    """ArticleItem as the lead wires it (the field may already be there)."""

    keywords = scrapy.Field()


def pipeline_for(**settings: object) -> KeywordsPipeline:
    crawler = get_crawler(settings_dict={"SNAPCRAWL_WORKERS": 0, **settings})
    return KeywordsPipeline.from_crawler(crawler)


def test_defaults_are_on_with_ten_keywords():
    pipeline = pipeline_for()
    assert pipeline.extractor == KeywordExtractor(top_k=10)
    assert pipeline.pool.workers == 0


@pytest.mark.parametrize("value", [False, "False", "0"])
def test_off_by_choice_is_not_configured(value):
    with pytest.raises(NotConfigured):
        pipeline_for(SNAPCRAWL_KEYWORDS_ENABLED=value)


@pytest.mark.parametrize(("value", "top_k"), [(5, 5), ("3", 3), (" 7 ", 7), (100, 100)])
def test_top_k_setting(value, top_k):
    assert pipeline_for(SNAPCRAWL_KEYWORDS_TOP_K=value).extractor.top_k == top_k


@pytest.mark.parametrize("value", [0, -1, 101, "ten", "", "2.5", True, [3]])
def test_a_bad_top_k_stops_the_run_with_the_fix(value):
    with pytest.raises(ConfigError) as raised:
        pipeline_for(SNAPCRAWL_KEYWORDS_TOP_K=value)
    message = str(raised.value)
    assert message.startswith(f"SNAPCRAWL_KEYWORDS_TOP_K={value!r}: ")
    assert "from 1 to 100 (default 10)" in message


def test_articles_get_keywords_and_are_counted():
    crawler = get_crawler(settings_dict={"SNAPCRAWL_KEYWORDS_TOP_K": 4, "SNAPCRAWL_WORKERS": 0})
    pipeline = KeywordsPipeline.from_crawler(crawler)
    pipeline.open_spider()
    item = ArticleWithKeywords(url="http://example.com/a/1.html", title=TITLE, body=BODY)
    assert asyncio.run(pipeline.process_item(item)) is item
    assert len(item["keywords"]) == 4
    assert {"疫苗", "接种"} <= set(item["keywords"])
    empty = ArticleWithKeywords(url="http://example.com/a/2.html", title="", body="")
    asyncio.run(pipeline.process_item(empty))
    assert empty["keywords"] == []
    assert crawler.stats.get_value("snapcrawl/keywords/articles") == 2
    assert crawler.stats.get_value("snapcrawl/keywords/none_found") == 1


def test_other_items_pass_untouched():
    crawler = get_crawler(settings_dict={"SNAPCRAWL_WORKERS": 0})
    pipeline = KeywordsPipeline.from_crawler(crawler)
    page = PageItem(url="http://example.com/a/1.html", html="<p>疫苗</p>")
    plain = {"title": TITLE, "body": BODY}
    assert asyncio.run(pipeline.process_item(page)) is page
    assert asyncio.run(pipeline.process_item(plain)) == {"title": TITLE, "body": BODY}
    assert "keywords" not in page
    assert crawler.stats.get_value("snapcrawl/keywords/articles") is None


def test_keywords_are_scored_in_a_worker_process():
    """The extractor and its result cross a real process boundary (spawn)."""
    pool = WorkerPool(1)
    try:
        pipeline = KeywordsPipeline(StatsCollector(get_crawler()), KeywordExtractor(top_k=3), pool)
        pipeline.open_spider()  # loads nothing here: the worker loads its own jieba
        item = ArticleWithKeywords(url="http://example.com/a/1.html", title=TITLE, body=BODY)
        asyncio.run(pipeline.process_item(item))
    finally:
        pool.close()
    assert item["keywords"] == KeywordExtractor(top_k=3).extract(TITLE, BODY)

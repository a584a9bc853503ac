"""Distributed mode's pieces without a crawl: config, the settings overlay, the ledger."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.settings import Settings

from crawler.distributed.addon import DUPEFILTER, SCHEDULER, DistributedAddon
from crawler.distributed.config import CrawlKeys, crawl_name, distributed_config
from crawler.distributed.ledger import InflightLedger
from snapcrawl.errors import ConfigError


def project_settings(**overrides: object) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(overrides, priority="cmdline")
    return settings


def test_local_mode_without_redis_url():
    settings = project_settings()
    assert distributed_config(settings) is None
    DistributedAddon().update_settings(settings)
    assert settings["SCHEDULER"] != SCHEDULER


def test_redis_url_applies_the_scrapy_redis_overlay_over_the_project_settings():
    settings = project_settings(REDIS_URL="redis://127.0.0.1:6379/0")
    DistributedAddon().update_settings(settings)
    assert settings["SCHEDULER"] == SCHEDULER
    assert settings["DUPEFILTER_CLASS"] == DUPEFILTER
    assert "crawler.distributed.worker.WorkerLifecycle" in settings.getdict("EXTENSIONS")
    assert "crawler.distributed.start_urls.StartUrlFeed" in settings.getdict("SPIDER_MIDDLEWARES")


def test_a_command_line_scheduler_that_defeats_the_overlay_stops_the_run():
    settings = project_settings(
        REDIS_URL="redis://127.0.0.1:6379/0", SCHEDULER="scrapy.core.scheduler.Scheduler"
    )
    with pytest.raises(ConfigError, match=r"^SCHEDULER="):
        DistributedAddon().update_settings(settings)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("REDIS_URL", "127.0.0.1:6379", "use redis://"),
        ("SNAPCRAWL_DEDUP_STORE", "state/dedup.sqlite", "only in Redis"),
        ("SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS", "0", "above 0"),
        ("SNAPCRAWL_DISTRIBUTED_HEARTBEAT_SECONDS", "soon", "above 0"),
        ("SNAPCRAWL_DISTRIBUTED_HEARTBEAT_SECONDS", "inf", "above 0"),
        ("SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS", "-2", "above 0"),
        ("SNAPCRAWL_DISTRIBUTED_WORKER", "a b", "letters"),
        ("SCHEDULER_SERIALIZER", "scrapy_redis.picklecompat", "always JSON"),
    ],
)
def test_wrong_values_name_the_setting_and_the_fix(name, value, message):
    settings = project_settings(**{"REDIS_URL": "redis://127.0.0.1:6379/0", name: value})
    with pytest.raises(ConfigError, match=rf"^{name}=.*{message}"):
        distributed_config(settings)


def test_every_worker_of_a_crawl_derives_the_same_keys():
    assert crawl_name("http://127.0.0.1:8000/list/") == "127.0.0.1_8000"
    assert crawl_name("https://news.example.cn/") == "news.example.cn"
    keys = CrawlKeys.for_crawl("snapshot", "news.example.cn")
    assert keys.requests == "snapcrawl:snapshot:news.example.cn:requests"
    assert keys.inflight("h-1") == "snapcrawl:snapshot:news.example.cn:inflight:h-1"


def test_a_page_without_kept_articles_is_forgotten_once_scrapy_is_done_with_it():
    ledger, request = InflightLedger(), Request("http://a.example/list.html")
    ledger.popped("e1", request)
    assert ledger.settle({request}) == ([], [])  # still downloading or in the pipelines
    assert ledger.settle(set()) == (["e1"], [])
    assert len(ledger) == 0


def test_a_kept_article_is_parked_until_its_row_is_written():
    ledger, request = InflightLedger(), Request("http://a.example/1.html")
    ledger.popped("e1", request)
    ledger.kept(request, "http://a.example/1.html")
    assert ledger.settle(set()) == ([], ["e1"])
    assert ledger.written(["http://a.example/other.html"]) == []
    assert ledger.written(["http://a.example/1.html"]) == ["e1"]
    assert len(ledger) == 0


def test_a_row_written_by_its_own_item_before_item_scraped_is_not_waited_for():
    ledger, request = InflightLedger(), Request("http://a.example/1.html")
    ledger.popped("e1", request)
    assert ledger.written(["http://a.example/1.html"]) == []  # the add() flushed the sink
    ledger.kept(request, "http://a.example/1.html")
    assert ledger.settle(set()) == (["e1"], [])


def test_items_of_unknown_requests_are_ignored():
    ledger = InflightLedger()
    ledger.kept(Request("http://a.example/x.html"), "http://a.example/x.html")
    ledger.kept(None, "http://a.example/y.html")
    assert len(ledger) == 0

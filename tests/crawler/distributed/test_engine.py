"""The Scrapy internals distributed mode reads: fails loudly when Scrapy changes them.

The worker forgets a popped request only once Scrapy's engine no longer holds
it (``crawler.distributed.engine``). A real crawl over local HTTP checks that the
engine still exposes those requests, and still holds one while its items go
through the pipelines.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from types import SimpleNamespace

import pytest

from crawler.distributed.engine import ScrapyInternalsChanged, engine_slot
from tests.crawling import REPO_ROOT

PROBE = textwrap.dedent(
    """
    import json, sys
    from scrapy import Spider, signals
    from scrapy.crawler import CrawlerProcess
    from crawler.distributed.engine import requests_in_progress

    seen = {}

    class Probe(Spider):
        name = "probe"

        @classmethod
        def from_crawler(cls, crawler, *args, **kwargs):
            spider = super().from_crawler(crawler, *args, **kwargs)
            crawler.signals.connect(spider.item_scraped, signal=signals.item_scraped)
            return spider

        async def start(self):
            from scrapy import Request
            yield Request(sys.argv[1])

        def parse(self, response):
            seen["in_callback"] = response.request in requests_in_progress(self.crawler)
            yield {"url": response.url}

        def item_scraped(self, item, response, spider):
            seen["after_pipelines"] = response.request in requests_in_progress(self.crawler)

    process = CrawlerProcess(
        {"LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False}
    )
    process.crawl(Probe)
    process.start()
    print(json.dumps(seen))
    """
)


def test_the_engine_still_exposes_the_requests_in_progress(demo_site):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, demo_site.url],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"in_callback": True, "after_pipelines": True}


def test_an_engine_without_its_slot_is_a_clear_error_naming_the_scrapy_version():
    import scrapy

    crawler = SimpleNamespace(engine=SimpleNamespace())  # an engine without the attribute
    with pytest.raises(ScrapyInternalsChanged, match=f"Scrapy {scrapy.__version__} does not"):
        engine_slot(crawler)

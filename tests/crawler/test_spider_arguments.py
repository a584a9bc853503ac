"""The ``-a`` names a crawl accepts: the spider's own parameters, and the text attributes
Scrapy's middlewares read from any spider; anything else is named with its nearest match."""

from __future__ import annotations

import pytest

from crawler.spider_arguments import check_arguments, known_arguments
from crawler.spiders.snapshot import SnapshotSpider
from snapcrawl.errors import ConfigError


def test_the_spiders_parameters_are_its_arguments():
    assert "start_url" in known_arguments(SnapshotSpider)


@pytest.mark.parametrize("name", ["start_url", "user_agent", "http_user", "http_pass"])
def test_known_names_pass(name):
    check_arguments(SnapshotSpider, {name: "x"})


def test_a_misspelt_name_is_named_with_the_nearest_one():
    with pytest.raises(ConfigError, match="did you mean start_url"):
        check_arguments(SnapshotSpider, {"strat_url": "http://127.0.0.1:9/"})

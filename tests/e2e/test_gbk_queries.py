"""An old GBK portal whose list URLs carry GBK-encoded queries (issue 15, case 1).

``/list.asp?cat=%C3%C0%B9%FA`` (美国) and ``?cat=%BA%AB%B9%FA`` (韩国) are two
lists. Decoding the query as UTF-8 made both ``cat=%EF%BF%BD...``: the crawl
requested a URL the site never linked (404) and filtered the second list as
seen, losing its articles with exit 0. Each link must be requested as the page
wrote it, and the two lists must stay two.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.crawling import crawl_stats, run_scrapy_crawl
from tests.e2e.dynamic_site import (
    NOT_FOUND,
    Answer,
    article_html,
    distinct_stories,
    list_html,
    serve,
)

GBK = "text/html; charset=gbk"
# raw query -> the list's articles: one linked percent-encoded, as the issue saw it, and
# one written in GBK characters, which the page's encoding turns into the same bytes
LISTS = {"cat=%C3%C0%B9%FA": "美国", "cat=%BA%AB%B9%FA": "韩国"}
PER_LIST = 10


def gbk_portal() -> tuple[dict[str, bytes], list[str]]:
    """Every page of the portal by raw request target, and the titles of its articles."""
    stories = distinct_stories(len(LISTS) * PER_LIST)
    pages: dict[str, bytes] = {}
    hrefs = []
    for number, (query, name) in enumerate(LISTS.items()):
        # the first list is linked as percent-encoded bytes, the second in GBK text
        hrefs.append((f"/list.asp?{query}" if number == 0 else f"/list.asp?cat={name}", name))
        links = []
        for index in range(PER_LIST):
            story_id = number * PER_LIST + index + 1
            story = stories[story_id - 1]
            links.append((f"/show.asp?id={story_id}&cat={query[4:]}", story["title"]))
            pages[f"/show.asp?id={story_id}&cat={query[4:]}"] = article_html(story, "gbk").encode(
                "gbk"
            )
        pages[f"/list.asp?{query}"] = list_html(f"{name}新闻", links, "gbk").encode("gbk")
    pages["/"] = list_html("老门户首页", hrefs, "gbk").encode("gbk")
    return pages, [story["title"] for story in stories]


@pytest.fixture(scope="module")
def portal():
    pages, titles = gbk_portal()

    def route(target: str) -> Answer:
        body = pages.get(target)
        return (200, body, GBK) if body is not None else NOT_FOUND

    with serve(route) as site:
        yield site, titles


@pytest.fixture(scope="module")
def crawled(portal, tmp_path_factory):
    site, _ = portal
    data_dir = tmp_path_factory.mktemp("gbk-portal")
    result = run_scrapy_crawl(site.url, data_dir, "SNAPCRAWL_KEYWORDS_ENABLED=False")
    return data_dir, result


def test_every_article_of_both_lists_is_kept(portal, crawled):
    _, titles = portal
    data_dir, _ = crawled
    frame = pd.read_parquet(data_dir / "articles")
    assert sorted(frame["title"]) == sorted(titles)
    assert len(frame) == len(LISTS) * PER_LIST


def test_each_list_is_requested_as_the_page_wrote_it_and_nothing_else(portal, crawled):
    site, _ = portal
    _, result = crawled
    assert site.targets(404) == ["/robots.txt"]  # no URL the site never linked
    for query in LISTS:
        assert site.targets().count(f"/list.asp?{query}") == 1
    stats = crawl_stats(result)
    assert "skipped/http_404" not in stats
    assert "'finish_reason': 'finished'" in stats


def test_the_dataset_keeps_the_query_bytes(crawled):
    data_dir, _ = crawled
    urls = pd.read_parquet(data_dir / "articles")["url"]
    assert not urls.str.contains("%EF%BF%BD").any()
    assert urls.str.contains("cat=%BA%AB%B9%FA").sum() == PER_LIST

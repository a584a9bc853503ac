"""A site that moved its stories to new URLs and keeps linking the old ones (set S, site C).

Each old URL answers 301 to the new one. Before, the incremental layer knew the new
URL (kept) but not the old one: every later run fetched each old link again, took the
redirect and dropped the story as a ``url`` duplicate, forever. Now the hops are
``redirect`` rows of the duplicates table, and a second run requests none of them,
whichever dedup store holds the kept stories.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd
import pytest

from tests.crawling import crawl_stats, run_scrapy_crawl
from tests.e2e.dynamic_site import NOT_FOUND, Answer, article_html, distinct_stories, serve

HTML = "text/html; charset=utf-8"
QUIET = ("SNAPCRAWL_KEYWORDS_ENABLED=False", "LOG_LEVEL=INFO")
STORIES = distinct_stories(5)


def moved_site(direct: bool = True) -> Callable[[str], Answer]:
    """Lists link ``/old/N.html`` (301 to ``/a/N.html``); story 4 only through a chain
    ``/legacy/4`` -> ``/old/4.html`` -> ``/a/4.html``; ``/old/9.html`` lands on story
    0's print view, a copy dropped (or replaced) by the dedup. With ``direct``, story 2
    is linked by its new URL too, first: the redirect to it is a request the scheduler
    drops as a duplicate, and no response carries its hop."""

    def lists(page: int) -> bytes:
        links = ["/a/2.html"] if direct else []
        links += [f"/old/{n}.html?from=rss" if n == 1 else f"/old/{n}.html" for n in range(4)]
        links += ["/legacy/4", "/old/9.html", f"/list/{3 - page}.html"]
        items = "".join(f'<li><a href="{href}">旧链接 {href}</a></li>' for href in links)
        return (
            f'<html><head><meta charset="utf-8"><title>要闻 {page}</title></head>'
            f"<body><h1>要闻</h1><ul>{items}</ul></body></html>"
        ).encode()

    def route(target: str) -> Answer:
        if target == "/":
            return 200, lists(1), HTML
        if match := re.fullmatch(r"/list/([12])\.html", target):
            return 200, lists(int(match[1])), HTML
        if target == "/legacy/4":
            return 301, b"", HTML  # Location: location() below
        if re.fullmatch(r"/old/\d\.html(\?from=rss)?", target):
            return 301, b"", HTML
        if (match := re.fullmatch(r"/a/(\d)\.html(\?print=1)?", target)) and int(match[1]) < 5:
            return 200, article_html(STORIES[int(match[1])]).encode(), HTML
        return NOT_FOUND

    return route


LOCATIONS = {
    r"/legacy/4": "/old/4.html",
    r"/old/9\.html": "/a/0.html?print=1",
    r"/old/(\d)\.html(\?from=rss)?": r"/a/\1.html",
}


def location(target: str) -> dict[str, str]:
    for pattern, moved_to in LOCATIONS.items():
        if re.fullmatch(pattern, target):
            return {"Location": re.sub(pattern, moved_to, target)}
    return {}


@pytest.fixture(params=["sqlite", "memory", "redis"])
def store(request) -> tuple[str, tuple[str, ...]]:
    if request.param == "sqlite":
        return "sqlite", ()  # the default: DATA_DIR/state/dedup.sqlite
    if request.param == "memory":
        return "memory", ("SNAPCRAWL_DEDUP_STORE=:memory:",)
    redis = request.getfixturevalue("redis_server")
    return "redis", (f"SNAPCRAWL_DEDUP_STORE={redis}/11",)


def test_old_urls_that_redirect_are_not_fetched_again(store, tmp_path):
    name, store_setting = store
    # the memory store forgets the kept stories between runs: a second run would keep
    # again a story linked by its new URL, so that link is left out there
    with serve(moved_site(direct=name != "memory"), location) as site:
        first = run_scrapy_crawl(site.url, tmp_path, *QUIET, *store_setting)
        kept = pd.read_parquet(tmp_path / "articles")
        assert sorted(kept["title"]) == sorted(story["title"] for story in STORIES)
        assert len(kept) == 5
        assert "/old/9.html" in site.targets()
        duplicates = pd.read_parquet(tmp_path / "duplicates")
        redirects = duplicates[duplicates["kind"] == "redirect"]
        base = site.url.rstrip("/")
        # every hop, canonical (?from=rss dropped), pointing at the kept row
        assert dict(zip(redirects["url"], redirects["dup_of"], strict=True)) == {
            **{f"{base}/old/{n}.html": f"{base}/a/{n}.html" for n in range(5)},
            f"{base}/legacy/4": f"{base}/a/4.html",
            f"{base}/old/9.html": f"{base}/a/0.html",
        }
        assert "'snapcrawl/dedup/redirects': 7" in crawl_stats(first)
        # the story's title, also on a hop recorded when its request was dropped as a
        # duplicate of a page already kept (story 2, direct): those rows had none
        assert redirects["title"].notna().all(), redirects

        site.log.clear()
        second = run_scrapy_crawl(site.url, tmp_path, *QUIET, *store_setting)
        moved = [t for t in site.targets() if t.startswith(("/old/", "/legacy/"))]
        assert moved == []
        assert not [t for t in site.targets() if t.startswith("/a/")]
        assert sorted(site.targets()) == ["/", "/list/1.html", "/list/2.html", "/robots.txt"]
    assert len(pd.read_parquet(tmp_path / "articles")) == 5  # nothing new kept
    stats = crawl_stats(second)
    # the six old links the lists hold (/old/4.html is only a hop of /legacy/4's chain)
    assert "'snapcrawl/incremental/skipped/redirect': 6" in stats
    assert "snapcrawl/dedup/kept" not in stats

"""Spider traps end by themselves and the real articles are kept (issue 15, case 6).

One local site holds both traps of the issue beside 20 real articles: an
endless calendar (``/day/2026-01-01.html`` links the next day, forever; its
first five days link two articles each) and a list whose every link carries a
fresh ``sid=`` on each visit. Before the trap guard, a crawl of it with default
settings never ended.
"""

from __future__ import annotations

import re
import secrets
from datetime import date, timedelta

import pandas as pd
import pytest

from crawler.exit_codes import EXIT_USAGE
from tests.crawling import crawl_stats, run_scrapy_crawl
from tests.e2e.dynamic_site import (
    NOT_FOUND,
    Answer,
    article_html,
    distinct_stories,
    list_html,
    serve,
)

FIRST_DAY = date(2026, 1, 1)
REAL_DAYS = 5
PER_DAY = 2
SID_ARTICLES = 10
HTML = "text/html; charset=utf-8"
DAY = re.compile(r"/day/(\d{4}-\d{2}-\d{2})\.html")
CALENDAR_ARTICLE = re.compile(r"/a/(\d+)\.html")
SID_ARTICLE = re.compile(r"/s/(\d+)\.html\?sid=[0-9a-f]+")


def trap_site() -> tuple[callable, list[str]]:
    stories = distinct_stories(REAL_DAYS * PER_DAY + SID_ARTICLES)

    def sid() -> str:
        return secrets.token_hex(6)  # a new session on every page view

    def day_page(day: date) -> str:
        links = [(f"/day/{day - timedelta(days=1)}.html", "前一天")] if day > FIRST_DAY else []
        links.append((f"/day/{day + timedelta(days=1)}.html", "后一天"))
        offset = (day - FIRST_DAY).days
        if 0 <= offset < REAL_DAYS:
            for n in range(offset * PER_DAY, offset * PER_DAY + PER_DAY):
                links.append((f"/a/{n}.html", stories[n]["title"]))
        return list_html(f"{day} 新闻", links)

    def sid_list() -> str:
        first = REAL_DAYS * PER_DAY
        links = [
            (f"/s/{n}.html?sid={sid()}", stories[n]["title"]) for n in range(first, len(stories))
        ]
        return list_html("会员新闻", [*links, (f"/s/list.html?sid={sid()}", "刷新")])

    def route(target: str) -> Answer:
        if target == "/":
            links = [(f"/day/{FIRST_DAY}.html", "按日浏览"), (f"/s/list.html?sid={sid()}", "会员")]
            return 200, list_html("首页", links).encode(), HTML
        if match := DAY.fullmatch(target):
            return 200, day_page(date.fromisoformat(match[1])).encode(), HTML
        if target.startswith("/s/list.html?sid="):
            return 200, sid_list().encode(), HTML
        match = CALENDAR_ARTICLE.fullmatch(target) or SID_ARTICLE.fullmatch(target)
        if match and int(match[1]) < len(stories):
            back = (
                f'<a href="/s/list.html?sid={sid()}">会员</a><a href="/day/{FIRST_DAY}.html">日</a>'
            )
            return 200, article_html(stories[int(match[1])], links=back).encode(), HTML
        return NOT_FOUND

    return route, [story["title"] for story in stories]


@pytest.fixture(scope="module")
def site():
    route, titles = trap_site()
    with serve(route) as served:
        yield served, titles


def day_pages(served) -> list[str]:
    return [t for t in served.targets() if t.startswith("/day/")]


def test_default_settings_end_the_crawl_and_keep_every_article(site, tmp_path):
    served, titles = site
    served.log.clear()
    result = run_scrapy_crawl(served.url, tmp_path, "SNAPCRAWL_KEYWORDS_ENABLED=False", timeout=240)
    stats = crawl_stats(result)
    assert "'finish_reason': 'finished'" in stats
    frame = pd.read_parquet(tmp_path / "articles")
    assert sorted(frame["title"]) == sorted(titles)
    # the calendar is given up after SNAPCRAWL_TRAP_BARREN_PAGES (30) empty days; the
    # next day waits for the verdicts on the 30 before it (crawler/middlewares/given_up.py)
    # and is then dropped, so a busy machine walks no further (the bound before the wait:
    # 150 more, measured 182 once under load; without the guard: 2,348 days in 60 s)
    assert REAL_DAYS + 30 <= len(day_pages(served)) <= REAL_DAYS + 30 + 10
    assert "'snapcrawl/trap/patterns_stopped': 1" in stats
    assert "'snapcrawl/trap/held':" in stats
    assert "'snapcrawl/trap/not_followed/" in stats
    # a fresh sid on every link is still one page: each article and the list fetched once
    sid_pages = [t.split("?")[0] for t in served.targets() if t.startswith("/s/")]
    assert sorted(sid_pages) == sorted(
        ["/s/list.html", *(f"/s/{n}.html" for n in range(REAL_DAYS * PER_DAY, len(titles)))]
    )


def test_the_host_budget_ends_the_crawl_with_its_reason(site, tmp_path):
    served, _ = site
    served.log.clear()
    result = run_scrapy_crawl(
        served.url,
        tmp_path,
        "SNAPCRAWL_KEYWORDS_ENABLED=False",
        "SNAPCRAWL_TRAP_BARREN_PAGES=0",
        "SNAPCRAWL_TRAP_HOST_PAGES=40",
    )
    stats = crawl_stats(result)
    assert "'finish_reason': 'host_page_budget'" in stats
    assert "'snapcrawl/trap/not_followed/host_budget':" in stats
    assert len(served.targets()) <= 40 + 2  # the budget, the start page and robots.txt
    assert "SNAPCRAWL_TRAP_HOST_PAGES=40" in result.stderr


def test_the_depth_limit_stops_a_chain_and_says_so(site, tmp_path):
    served, titles = site
    served.log.clear()
    result = run_scrapy_crawl(
        served.url,
        tmp_path,
        "SNAPCRAWL_KEYWORDS_ENABLED=False",
        "SNAPCRAWL_TRAP_BARREN_PAGES=0",
        "SNAPCRAWL_TRAP_MAX_DEPTH=25",
    )
    stats = crawl_stats(result)
    assert "'finish_reason': 'finished'" in stats
    assert "'snapcrawl/trap/not_followed/depth':" in stats
    assert len(day_pages(served)) == 25  # day n is at depth n
    assert len(pd.read_parquet(tmp_path / "articles")) == len(titles)


@pytest.mark.parametrize(
    ("setting", "value"),
    [("SNAPCRAWL_TRAP_BARREN_PAGES", "-1"), ("SNAPCRAWL_TRAP_MAX_DEPTH", "deep")],
)
def test_a_wrong_limit_stops_the_crawl_at_start(tmp_path, setting, value):
    result = run_scrapy_crawl(
        "http://127.0.0.1:9/", tmp_path, f"{setting}={value}", check=False, timeout=60
    )
    assert result.returncode == EXIT_USAGE
    assert f"{setting}={value!r}" in result.stderr
    assert "use a whole number, 0 for no limit" in result.stderr
    assert "Traceback" not in result.stderr

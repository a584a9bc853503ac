"""Requests a portal crawl spent for nothing, and its next run spent again (set P, session 26).

One site holds each waste the unseen-site round found:

* every story has a mobile view (named by ``<link rel="alternate" media>`` and linked
  as 手机版) and a print view (its toolbar's 打印 button): each story was fetched three
  times, the views only to be dropped as copies. They are now fetched last, and only
  for a page that is no article: the mobile view of a list page, which lists a story
  no other page links, is fetched and that story kept;
* an endless day calendar, given up on after paying for its pages, was walked again
  by the next run;
* the lists link their stories through a 302 tracker (``/go?id=N``): every run fetched
  each tracker again, and the story behind it.
"""

from __future__ import annotations

import re

import pandas as pd

from tests.crawling import crawl_stats, run_scrapy_crawl
from tests.e2e.dynamic_site import NOT_FOUND, Answer, distinct_stories, serve

HTML = "text/html; charset=utf-8"
QUIET = ("SNAPCRAWL_KEYWORDS_ENABLED=False", "LOG_LEVEL=INFO", "SNAPCRAWL_TRAP_BARREN_PAGES=4")
STORIES = distinct_stories(6)
ONLY_ON_MOBILE = 5  # linked only by the mobile view of the list page


def page(title: str, body: str, head: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f'<body><div class="nav"><a href="/">首页</a><a href="/list/">要闻</a>'
        f'<a href="/day/2024-11-01.html">往日</a></div>{body}</body></html>'
    ).encode()


def story(n: int) -> bytes:
    s = STORIES[n]
    paragraphs = "".join(f"<p>{p}</p>" for p in s["paragraphs"])
    head = f'<link rel="alternate" media="only screen and (max-width: 640px)" href="/m/{n}.html">'
    toolbar = (
        f'<div class="tool"><a href="/share">分享</a> 字号：大 中 小 '
        f'<a href="/print/{n}.html">【打印】</a> <a href="/m/{n}.html">手机版</a></div>'
    )
    return page(
        f"{s['title']}_门户",
        f"<h1>{s['title']}</h1><div>发布时间:{s['published_at']} 来源:{s['source']}</div>"
        f'{toolbar}<div class="content">{paragraphs}</div>',
        head,
    )


def items(numbers: range | list[int]) -> str:
    return "".join(f'<li><a href="/go?id={n}">{STORIES[n]["title"]}</a></li>' for n in numbers)


def route(target: str) -> Answer:
    if target == "/":
        return 200, page("首页", f"<ul>{items(range(3))}</ul>"), HTML
    if target == "/list/":
        head = '<link rel="alternate" media="handheld" href="/m/list/">'
        body = f'<ul>{items(range(5))}</ul><a href="/m/list/">手机版</a>'
        return 200, page("要闻", body, head), HTML
    if target == "/m/list/":  # the mobile list carries one more story
        return 200, page("要闻", f"<ul>{items(range(6))}</ul>"), HTML
    if re.fullmatch(r"/go\?id=\d", target):
        return 302, b"", HTML
    if match := re.fullmatch(r"/(a|m|print)/(\d)\.html", target):
        return 200, story(int(match[2])), HTML
    if match := re.fullmatch(r"/day/(\d{4})-(\d{2})-(\d{2})\.html", target):
        day = int(match[3]) + 100 * int(match[2]) + 10000 * int(match[1])
        after = f"/day/{day // 10000}-{day // 100 % 100:02d}-{day % 100 + 1:02d}.html"
        return 200, page("往日", f'<a href="{after}">后一天</a>'), HTML
    return NOT_FOUND


def location(target: str) -> dict[str, str]:
    if match := re.fullmatch(r"/go\?id=(\d)", target):
        return {"Location": f"/a/{match[1]}.html"}
    return {}


def test_views_trackers_and_a_calendar_are_paid_for_once(tmp_path):
    with serve(route, location) as site:
        first = run_scrapy_crawl(site.url, tmp_path, *QUIET)
        fetched = site.targets()
        articles = pd.read_parquet(tmp_path / "articles")
        assert sorted(articles["title"]) == sorted(s["title"] for s in STORIES)
        # no view of a story; the list's mobile view, and through it the story only it lists
        assert not [t for t in fetched if re.fullmatch(r"/(m|print)/\d\.html", t)], fetched
        assert "/m/list/" in fetched
        stats = crawl_stats(first)
        assert "'snapcrawl/alternates/skipped': 12" in stats  # 2 views x 6 stories
        duplicates = pd.read_parquet(tmp_path / "duplicates")
        views = duplicates[duplicates["kind"] == "alternate"]
        assert len(views) == 12
        assert views["title"].notna().all()
        base = site.url.rstrip("/")
        assert set(views["dup_of"]) == {f"{base}/a/{n}.html" for n in range(6)}
        calendar = [t for t in fetched if t.startswith("/day/")]
        assert calendar
        assert "'snapcrawl/trap/patterns_stopped': 1" in stats

        site.log.clear()
        second = run_scrapy_crawl(site.url, tmp_path, *QUIET)
        # the lists, and nothing else: not the calendar, the trackers, the stories or views
        assert sorted(site.targets()) == ["/", "/list/", "/m/list/", "/robots.txt"]
        stats = crawl_stats(second)
        assert "'snapcrawl/trap/patterns_remembered': 1" in stats
        assert "'snapcrawl/incremental/skipped/redirect': 6" in stats

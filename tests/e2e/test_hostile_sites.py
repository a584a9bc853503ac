"""Hostile responses end as counted, logged skips or clean items: never a crash, never mojibake.

One local site links to one page per fault; a single real crawl meets them all.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from crawler.exit_codes import EXIT_UNAVAILABLE
from snapcrawl.fixtures.server import serve_site
from tests.crawling import crawl_stats, run_scrapy_crawl

PARAGRAPHS = [
    "记者从市交通运输局获悉，本市今年将新开通公交线路十二条，优化调整线路三十余条，重点解决新建小区和产业园区居民出行不便的问题。",
    "据介绍，新开线路将优先覆盖地铁站点周边一公里范围内的居住区，并在早晚高峰时段加密班次，力争把平均候车时间控制在十分钟以内。",
    "与此同时，交通部门还将在中心城区试点智能站牌，乘客可以实时查询车辆到站信息，部分站点将增设遮阳棚和座椅，提升候车体验。",
    "市交通运输局有关负责人表示，线路调整方案已经征求了沿线居民和人大代表的意见，后续还将根据客流变化进行动态评估和优化。",
]
GBK_ONLY = "项目负责人王堃介绍，首批车辆已完成调试。"


def article_html(title: str, charset: str | None, extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, GBK_ONLY])
    return (
        f"<html><head>{meta}<title>{title}_测试快照站</title></head><body>"
        f'<div class="nav"><a href="/">首页</a></div><h1>{title}</h1>'
        f"<div>类别:社会 发布时间:2025-03-01 09:30:00 来源:本地日报</div>"
        f'<div class="content">{body}{extra}</div>'
        "<p>以上内容为资讯信息快照,由测试快照站爬虫进行采集并收录,本站未对信息做任何修改。</p>"
        "</body></html>"
    )


ROUTES = {
    "/gone.html": {"status": 410},
    "/err500.html": {"status": 500},
    "/unavailable.html": {"status": 503, "headers": {"Retry-After": "0"}},
    "/slow.html": {"delay": 4, "body": "<p>too late</p>"},
    "/drip.html": {"drip": {"chunks": 8, "interval": 0.5}, "body": "<p>" + "慢" * 600 + "</p>"},
    "/reset.html": {"reset": True},
    "/loop1.html": {"redirect": "/loop2.html"},
    "/loop2.html": {"redirect": "/loop1.html"},
    "/doc.html": {"headers": {"Content-Type": "application/pdf"}, "body_hex": "255044462d312e340a"},
    "/empty.html": {"body": ""},
    "/huge.html": {"size": 50 * 1024 * 1024},
    "/bomb.html": {"gzip_bomb": 100 * 1024 * 1024},
    "/garbage.html": {"body_hex": "ff8f00e3" * 2000},
}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-site")
    pages = {
        "malformed.html": article_html("畸形页面也能提取", "utf-8", "<div><p>未闭合<b>标签<td>")
        .replace("</body></html>", "")
        .encode("utf-8"),
        "gb2312.html": article_html("声明GB2312实为GBK", "gb2312").encode("gbk"),
        "bom.html": b"\xef\xbb\xbf" + article_html("带BOM的UTF-8页面", None).encode("utf-8"),
        "nodecl.html": article_html("没有任何编码声明", None).encode("gbk"),
    }
    for name, data in pages.items():
        (root / name).write_bytes(data)
    (root / "_routes.json").write_text(
        json.dumps(ROUTES | {"/away.html": {"redirect": "http://127.0.0.2:9/elsewhere"}})
    )
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (root / "private").mkdir()
    (root / "private" / "secret.html").write_bytes(pages["gb2312.html"])
    links = [
        *ROUTES,
        "/away.html",
        "/missing.html",
        "/private/secret.html",
        *(f"/{name}" for name in pages),
    ]
    index = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
    (root / "index.html").write_text(
        f'<html><head><meta charset="utf-8"></head><body><ul>{index}</ul></body></html>'
    )
    with serve_site(root) as server:
        yield server


@pytest.fixture(scope="module")
def crawl(hostile_site, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("hostile-data")
    result = run_scrapy_crawl(
        hostile_site.url,
        data_dir,
        # 2 s, twice what a loaded 2-core machine may take to answer /err500.html while the
        # server's threads build the 50 MB and bomb bodies (at 1 s its retry once timed out and
        # was counted as a timeout); the slow and dripping routes take 4 s, still past it.
        "DOWNLOAD_TIMEOUT=2",
        "RETRY_TIMES=1",
        "AUTOTHROTTLE_ENABLED=False",
    )
    return data_dir, result, crawl_stats(result)


@pytest.mark.parametrize(
    "stat",
    [
        "snapcrawl/spider/skipped/http_404",
        "snapcrawl/spider/skipped/http_410",
        "snapcrawl/spider/skipped/http_500",
        "snapcrawl/spider/skipped/http_503",
        "snapcrawl/spider/skipped/timeout",
        "snapcrawl/spider/skipped/connection",
        "snapcrawl/spider/skipped/too_large",
        "snapcrawl/spider/skipped/ignored",
        "snapcrawl/spider/non_html",
        "snapcrawl/clean/not_article/empty",
        "snapcrawl/clean/not_article/undecodable",
        "retry/reason_count/500 Internal Server Error",
        "retry/reason_count/503 Service Unavailable",
        "offsite/filtered",
        "robotstxt/forbidden",
    ],
)
def test_each_fault_is_a_counted_skip(crawl, stat):
    _, _, stats = crawl
    assert f"'{stat}'" in stats


def test_no_exception_escapes_a_component(crawl):
    _, result, stats = crawl
    assert "spider_exceptions" not in stats
    assert "Traceback" not in result.stderr
    assert "'finish_reason': 'finished'" in stats


def test_every_encoding_case_is_a_clean_item(crawl, hostile_site):
    """The four pages hold one story in four encodings: one row kept, three logged
    as duplicates of it, which they can only be if all four decoded to the same text."""
    data_dir, _, _ = crawl
    frame = pd.read_parquet(data_dir / "articles")
    duplicates = pd.read_parquet(data_dir / "duplicates")
    assert len(frame) == 1
    (body,) = frame["body"]
    assert body.startswith(PARAGRAPHS[0])
    assert GBK_ONLY in body
    paths = {
        url.removeprefix(hostile_site.url.rstrip("/"))
        for url in [*frame["url"], *duplicates["url"]]
    }
    assert paths == {"/malformed.html", "/gb2312.html", "/bom.html", "/nodecl.html"}
    assert set(duplicates["dup_of"]) == set(frame["url"])


MOJIBAKE = re.compile(r"\ufffd|锟斤拷|Ã.|â€|[\u00c0-\u00ff]{3,}")


def test_no_mojibake_reaches_the_dataset(crawl):
    data_dir, _, _ = crawl
    frame = pd.read_parquet(data_dir / "articles")
    for column in ("title", "body", "category", "source"):
        for value in frame[column].dropna():
            assert not MOJIBAKE.search(value), (column, value[:80])


def test_robots_txt_is_obeyed_and_the_crawler_names_itself(crawl, hostile_site):
    import urllib.request

    counts = json.loads(urllib.request.urlopen(hostile_site.url + "_snapcrawl/requests").read())
    assert "/robots.txt" in counts
    assert "/private/secret.html" not in counts


def test_defaults_keep_users_out_of_trouble():
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert 0 < settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 8
    assert settings.get("USER_AGENT").startswith("snapcrawl/")
    assert settings.getint("DOWNLOAD_MAXSIZE") <= 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("start", "why"),
    [
        ("missing.html", "every page answered an HTTP error (http_404 x1): check the start URL"),
        ("away.html", "a redirect to another host was not followed (offsite/filtered)"),
        ("private/secret.html", "robots.txt forbids the start URL (robotstxt/forbidden)"),
        # a start URL that is a PDF (a feed, an image): it exited 0, "0 articles", no word why
        ("doc.html", "no answer was an HTML page (non_html x1; a feed, an image or a file"),
    ],
)
def test_a_start_url_that_yields_no_page_exits_69_saying_why(hostile_site, tmp_path, start, why):
    """A mistyped start URL answering 404 exited 0, as if the crawl had done its job; one
    redirected to another host exited 69 with nothing in the log saying why."""
    result = run_scrapy_crawl(
        hostile_site.url + start, tmp_path, "RETRY_TIMES=0", "LOG_LEVEL=WARNING", check=False
    )
    assert result.returncode == EXIT_UNAVAILABLE, result.stderr[-3000:]
    assert f"ERROR: the site answered no page: {why}" in result.stderr
    assert "Traceback" not in result.stderr

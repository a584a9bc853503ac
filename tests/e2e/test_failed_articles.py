"""A crawl that fetched pages but wrote no article because every page that could be one
failed (extraction or a pipeline raised) exits 70 with one ERROR line; it exited 0 and its
summary said "0 errors". Some failed pages among written articles, or a site with no article
at all, stay 0. Real crawls of local sites in child processes."""

from __future__ import annotations

import json

import pytest

from crawler.exit_codes import EXIT_FAULT, EXIT_OK
from crawler.settings import ITEM_PIPELINES
from snapcrawl.fixtures.server import serve_site
from tests.crawling import crawl_stats, run_scrapy_crawl
from tests.crawling import run_snapcrawl as snapcrawl

QUICK = ("SNAPCRAWL_KEYWORDS_ENABLED=False", "CLOSESPIDER_PAGECOUNT=12")


def with_pipeline(name: str) -> str:
    """ITEM_PIPELINES with a test pipeline right after CleanPipeline (100)."""
    pipelines = {**ITEM_PIPELINES, f"tests.e2e.broken_pipeline.{name}": 150}
    return f"ITEM_PIPELINES={json.dumps(pipelines)}"


def test_every_article_failing_exits_70_with_one_error_line(demo_site, tmp_path):
    result = run_scrapy_crawl(
        demo_site.url, tmp_path / "a", with_pipeline("ArticleRaises"), *QUICK, check=False
    )
    assert result.returncode == EXIT_FAULT, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if "no article was written" in line]
    assert len(lines) == 1
    assert "ERROR: no article was written: every page that could be one failed" in lines[0]
    assert "item_error/RuntimeError x" in lines[0]
    assert "'snapcrawl/item_errors/RuntimeError':" in crawl_stats(result)

    wrapped = snapcrawl(
        "crawl", demo_site.url, "--data-dir", str(tmp_path / "b"),
        "-s", with_pipeline("ArticleRaises"), *(arg for s in QUICK for arg in ("-s", s)),
    )  # fmt: skip
    assert wrapped.returncode == EXIT_FAULT, wrapped.stderr[-3000:]
    assert "no article was written: every page that could be one failed" in wrapped.stderr
    summary = [line for line in wrapped.stderr.splitlines() if "pages fetched" in line]
    assert len(summary) == 1
    assert "(exit code 70)" in summary[0]
    assert " 0 errors" not in summary[0]


def test_some_failed_articles_among_written_ones_exit_0(demo_site, tmp_path):
    result = run_scrapy_crawl(
        demo_site.url, tmp_path, with_pipeline("FirstArticleRaises"), *QUICK, check=False
    )
    assert result.returncode == EXIT_OK, result.stderr[-3000:]
    stats = crawl_stats(result)
    assert "'snapcrawl/item_errors/RuntimeError': 1," in stats
    assert "'item_scraped_count':" in stats
    assert "no article was written" not in result.stderr


@pytest.fixture(scope="module")
def lists_only_site(tmp_path_factory):
    """Three list pages linking to each other: no article anywhere."""
    root = tmp_path_factory.mktemp("lists-only")
    for n in range(3):
        links = "".join(f'<li><a href="/list{m}.html">第{m}页 新闻列表</a></li>' for m in range(3))
        head = f'<head><meta charset="utf-8"><title>列表{n}</title></head>'
        page = f"<html>{head}<body><ul>{links}</ul></body></html>"
        (root / f"list{n}.html").write_text(page, "utf-8")
    (root / "index.html").write_text((root / "list0.html").read_text("utf-8"), "utf-8")
    with serve_site(root) as server:
        yield server


def test_a_site_with_no_article_is_not_an_error(lists_only_site, tmp_path):
    result = run_scrapy_crawl(
        lists_only_site.url, tmp_path, "SNAPCRAWL_KEYWORDS_ENABLED=False", check=False
    )
    assert result.returncode == EXIT_OK, result.stderr[-3000:]
    stats = crawl_stats(result)
    assert "snapcrawl/clean/not_article/" in stats
    assert "item_scraped_count" not in stats
    assert "no article was written" not in result.stderr

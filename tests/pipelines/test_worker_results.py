"""One worker call per page: the article plus its content_hash, dedup entry and keywords.

What the worker computes beside extraction must be exactly what the later
pipelines computed themselves on the crawler's thread, and they must still
compute it when an article arrives without it.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem, PageItem
from pipelines import extraction_task
from pipelines.clean import CleanPipeline
from pipelines.dedup import DedupPipeline
from pipelines.extraction_task import (
    ARTICLE_FIELDS,
    Extracted,
    extract_and_key,
    extract_page,
    keywords_of,
)
from pipelines.keywords import KeywordsPipeline
from snapcrawl.dataset.keywords import KeywordExtractor
from snapcrawl.dedup import DedupConfig, content_hash
from snapcrawl.dedup.index import make_entry

SITE = Path(__file__).resolve().parents[2] / "snapcrawl" / "demo_site" / "site"
ARTICLE = SITE / "kz" / "201747" / "index.html"
URL = "http://127.0.0.1:8701/kz/201747/"


def test_the_worker_computes_what_the_pipelines_would():
    html = ARTICLE.read_bytes()
    config, extractor = DedupConfig(), KeywordExtractor(top_k=5)
    result = extract_and_key(html, URL, "text/html", None, None, config, "run-1", extractor)
    assert isinstance(result, Extracted)
    article = extract_page(html, URL, "text/html", None, None)
    assert result.article == {name: getattr(article, name) for name in ARTICLE_FIELDS}
    assert result.content_hash == content_hash(article.body)
    assert result.dedup_entry == make_entry(URL, article.body, config, run_id="run-1")
    assert result.keywords == extractor.extract(article.title, article.body)
    assert len(result.keywords) == 5


def test_off_means_not_computed_and_a_list_page_is_a_reason():
    html = ARTICLE.read_bytes()
    result = extract_and_key(html, URL, "text/html", None, None, None, "run-1", None)
    assert result.dedup_entry is None
    assert result.keywords is None
    listing = extract_and_key(
        (SITE / "index.html").read_bytes(), "http://127.0.0.1:8701/", None, None, None,
        DedupConfig(), "run-1", KeywordExtractor(),
    )  # fmt: skip
    assert isinstance(listing, tuple)


def test_every_article_field_an_item_takes_comes_back():
    assert set(ARTICLE_FIELDS) <= set(ArticleItem.fields)
    html = ARTICLE.read_bytes()
    article = extract_page(html, URL, "text/html", None, None)
    assert set(ARTICLE_FIELDS) == set(vars(article)) - {"url", "paragraphs"}


def test_the_crawler_imports_the_pipelines_without_the_extraction_code():
    """Only workers extract: the crawler's start-up does not pay for importing it."""
    code = (
        "import sys, pipelines.clean, pipelines.dedup, pipelines.keywords, pipelines.parquet; "
        "print(sorted(m for m in sys.modules if m.startswith('snapcrawl.extract')))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


@pytest.fixture
def crawler(tmp_path):
    return get_crawler(settings_dict={"SNAPCRAWL_WORKERS": 0, "DATA_DIR": str(tmp_path)})


def test_the_clean_pipeline_attaches_them_and_the_later_pipelines_use_them(crawler):
    clean = CleanPipeline.from_crawler(crawler)
    page = PageItem(url=URL, html=ARTICLE.read_bytes(), content_type="text/html", status=200)
    item = asyncio.run(clean.process_item(page))
    assert isinstance(item, ArticleItem)
    assert item["content_hash"] == content_hash(item["body"])
    assert item.dedup_entry == make_entry(URL, item["body"], DedupConfig(), run_id=clean.run_id)
    assert item.worker_keywords == KeywordExtractor().extract(item["title"], item["body"])
    assert "dedup_entry" not in dict(item)  # not a column

    keywords = KeywordsPipeline.from_crawler(crawler)
    keywords.open_spider()
    scored = asyncio.run(keywords.process_item(item))
    assert scored["keywords"] == item.worker_keywords


def test_the_dedup_pipeline_uses_the_entry_or_makes_its_own(crawler):
    dedup = DedupPipeline.from_crawler(crawler)
    dedup.open_index()
    try:
        body = "今天上午，市民纷纷来到公园赏花踏青，享受春日的好时光。" * 3
        made = make_entry("http://a.example/1", body, DedupConfig(), run_id=dedup.run_id)
        with_entry = ArticleItem(url="http://a.example/1", body=body)
        with_entry.attach_worker_results(made, None)
        assert dedup.process_item(with_entry) is with_entry
        # another URL's entry is not trusted: the copy is checked on its own body
        copy = ArticleItem(url="http://b.example/9", body=body + "（记者 王小明）")
        copy.attach_worker_results(made, None)
        with pytest.raises(DropItem, match=re.escape("exact duplicate of http://a.example/1")):
            dedup.process_item(copy)
    finally:
        dedup.close_spider()


def test_the_same_title_and_body_are_scored_once_by_a_worker(monkeypatch):
    calls = []
    extract = KeywordExtractor.extract

    def counted(self, title, body):
        calls.append(title)
        return extract(self, title, body)

    monkeypatch.setattr(KeywordExtractor, "extract", counted)
    monkeypatch.setattr(
        extraction_task, "_recent_keywords", type(extraction_task._recent_keywords)()
    )
    monkeypatch.setattr(extraction_task, "RECENT_KEYWORDS", 2)
    extractor, body = KeywordExtractor(top_k=5), "专家指出，疫苗接种是预防新冠肺炎的有效手段。"
    first = keywords_of(extractor, "疫苗接种", body)
    assert keywords_of(extractor, "疫苗接种", body) == first == extract(extractor, "疫苗接种", body)
    assert calls == ["疫苗接种"]
    keywords_of(extractor, "另一个标题", body)  # another title: scored
    keywords_of(KeywordExtractor(top_k=3), "疫苗接种", body)  # another extractor: scored
    assert len(calls) == 3
    keywords_of(extractor, "疫苗接种", body)  # pushed out by the two since (bound: 2)
    assert len(calls) == 4
    assert keywords_of(extractor, None, None) == keywords_of(extractor, "", "") == []

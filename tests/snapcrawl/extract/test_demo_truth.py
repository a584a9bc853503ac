"""The bundled demo hosts (snapcrawl/demo_site), page by page against their truth.json, no crawl.

Every article page of both hosts must extract to its truth field by field; every list page
must be rejected as a list. The end-to-end crawl (tests/e2e/test_crawl_demo.py) checks the
same through Scrapy; this is the fast version, run with the extractor's own tests.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article

from .conftest import REPO

DEMO = REPO / "snapcrawl" / "demo_site"
TRUTH = json.loads((DEMO / "truth.json").read_text(encoding="utf-8"))["sites"]
HOST_DIRS = {"site": "site", "mirror": "mirror"}
BASE = "http://127.0.0.1:8000"  # what a local crawl sees: the host's name is not in the URL
FIELDS = ("title", "body", "category", "source", "source_url", "published_at", "snapshot_at")
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _file(site: str, path: str) -> Path:
    local = DEMO / HOST_DIRS[site] / path.lstrip("/").split("?")[0]
    return local / "index.html" if path.endswith("/") else local


def _expected(truth: dict, field: str) -> object:
    value = truth.get(field)
    if field.endswith("_at") and value:
        return datetime.fromisoformat(value).replace(tzinfo=SHANGHAI)
    return value


ARTICLES = [
    pytest.param(site, a, id=f"{site}{a['path']}")
    for site in TRUTH
    for a in TRUTH[site]["articles"]
]
LISTS = [
    pytest.param(site, path, id=f"{site}{path}")
    for site in TRUTH
    for path in TRUTH[site]["lists"] + [a["url"] for a in TRUTH[site]["list_aliases"]]
]


@pytest.mark.parametrize(("site", "truth"), ARTICLES)
def test_article_pages_extract_to_the_truth(site, truth):
    article = extract_article(_file(site, truth["path"]).read_bytes(), BASE + truth["path"])
    got = {field: getattr(article, field) for field in FIELDS}
    assert got == {field: _expected(truth, field) for field in FIELDS}


@pytest.mark.parametrize(("site", "path"), LISTS)
def test_list_pages_are_rejected_as_lists(site, path):
    html = _file(site, path).read_bytes()
    with pytest.raises(NotAnArticle) as info:
        extract_article(html, BASE + path)
    assert info.value.reason == "list_page"
    assert classify_page(html, BASE + path) == "list"


@pytest.mark.parametrize(
    ("site", "path"),
    [(site, d["path"]) for site in TRUTH for d in TRUTH[site]["duplicates"]],
)
def test_duplicate_pages_extract_the_story_they_copy(site, path):
    original = {a["path"]: a for a in TRUTH[site]["articles"]}
    dup_of = {d["path"]: d["dup_of"] for d in TRUTH[site]["duplicates"]}[path]
    article = extract_article(_file(site, path).read_bytes(), BASE + path)
    assert (article.title, article.body) == (original[dup_of]["title"], original[dup_of]["body"])

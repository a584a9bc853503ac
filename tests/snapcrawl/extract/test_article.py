from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from snapcrawl.extract import Article, NotAnArticle, extract_article

from .conftest import fixture_bytes, fixture_json

SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def reference() -> tuple[Article, dict]:
    gold = fixture_json("reference_snapshot.json")
    return extract_article(fixture_bytes("reference_snapshot.html"), gold["url"]), gold


def test_reference_body(reference):
    article, gold = reference
    assert article.paragraphs[0] == gold["first"]
    assert article.paragraphs[-1] == gold["last"]
    assert len(article.paragraphs) == gold["paragraphs"]
    for marker in gold["must_not_contain"]:
        assert marker not in article.body


def test_reference_metadata(reference):
    article, gold = reference
    assert article.title == gold["title"]
    assert article.category == gold["category"]
    assert article.source == gold["source"]
    assert article.source_url == gold["source_url"]
    assert article.published_at == datetime.fromisoformat(gold["published_at"])
    assert article.published_at.tzinfo == SH or article.published_at.utcoffset().seconds == 8 * 3600
    assert article.snapshot_at == datetime.fromisoformat(gold["snapshot_at"])


def test_reference_noise_is_audited(reference):
    article, _ = reference
    assert any("资讯信息快照" in n for n in article.noise)
    assert any("快照生成时间" in n for n in article.noise)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (b"", "empty"),
        ("   ", "empty"),
        ("<html><body></body></html>", "empty"),
        ("<html><body><p>短</p></body></html>", "no_body"),
    ],
)
def test_not_an_article(html, reason):
    with pytest.raises(NotAnArticle) as info:
        extract_article(html)
    assert info.value.reason == reason

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


def _story_page(body: bytes) -> bytes:
    return (
        b'<html><head><meta charset="utf-8"><title>t</title></head><body><h1>'
        + "标题".encode()
        + b"</h1><div>"
        + body
        + b"</div></body></html>"
    )


def test_binary_garbage_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle) as verdict:
        extract_article(_story_page(b"<p>" + b"\xff\x8f\x00\xe3" * 2000 + b"</p>"))
    assert verdict.value.reason in ("undecodable", "no_body", "list_page")


def test_a_few_undecodable_bytes_are_dropped_not_kept_as_replacement_characters() -> None:
    sentence = (
        "记者从市交通运输局获悉，本市今年将新开通公交线路十二条，优化调整线路三十余条。".encode()
    )
    body = b"".join(b"<p>" + sentence * 3 + b"</p>" for _ in range(4))
    article = extract_article(_story_page(body.replace("公交".encode(), b"\xff\xfe", 1)))
    assert "\ufffd" not in article.body
    assert "\ufffd" not in article.title
    assert "本市今年将新开通" in article.body


def test_wechat_body_hidden_by_style_is_extracted():
    # Reduced from the markup every saved WeChat article has (our own text):
    # #js_content starts with visibility:hidden and a script reveals it.
    article = extract_article(
        fixture_bytes("wechat_hidden_body.html"), "https://mp.weixin.qq.com/s/x"
    )
    assert article.title == "山城夜市的烟火气回来了"
    assert article.body.startswith("傍晚七点，江边的老街刚刚亮起灯")
    assert article.body.endswith("老街又恢复了安静。")
    for chrome_text in ("关注该公众号", "阅读 2096", "往期回顾", "占位说明"):
        assert chrome_text not in article.body


def test_platform_page_keeps_the_story_only():
    # Reduced from the markup of a self-media platform's article page (our own text):
    # statement block after the body, player error and picture credit inside it.
    article = extract_article(
        fixture_bytes("platform_account_page.html"), "https://www.example.com/dy/article/X.html"
    )
    paragraphs = article.paragraphs
    assert paragraphs[0].startswith("本周一清晨")
    assert paragraphs[-1].startswith("下一步，管理处")
    assert len(paragraphs) == 5
    for gone in ("原标题", "无法播放", "图片来源", "特别说明", "Notice", "相关推荐", "赞 32"):
        assert gone not in article.body
    # The host's own lines are kept for the audit, not thrown away.
    assert any(text.startswith("（原标题：") for text in article.noise)
    assert any(text.startswith("特别说明：") for text in article.noise)

"""A feed's cards after the story each mark their own outlet (issue 14, session 40, h-fld4):
MyToken marks "NewsBTC", "ZyCrypto", "Crypto.news" (``class="breif_source"``) on the related
stories under its article, whose own outlet (金色-iNFTnews) stands by the heading. Where a
page marks several different values as the source, one standing only after the story is a
card's, not the story's (meta.marked_near's ``end``).

The real page is transTerminus/webpage_archive (commit f987f5e), raw/ of www.mytokencap.com
(/news/389686.html), reduced in tests/fixtures/extract/real_fld4/mytoken_card_sources.html;
made-up pages check other cards, and a single marked 来源 after the story that stays the
story's.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def _cards(*outlets: str) -> str:
    # MyToken's shape: each card a link around its title, its outlet and its time
    return "".join(
        f"<a href='https://feed.example.com/{i}/'><div class='news-item'>"
        f"<p class='brief'>第{i}条外电报道的摘要</p>"
        f"<span class='item-source'>{outlet}</span> <span>2024-02-20 02:5{i}:38</span></div></a>"
        for i, outlet in enumerate(outlets)
    )


def _page(info: str, after: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    return site_article(body, info=info, title=WHARF_TITLE, site="河畔网", after=after).encode()


def test_cards_marked_after_the_story_real() -> None:
    article = extract_article(fixture_bytes("real_fld4/mytoken_card_sources.html"), None)
    assert article.source == "金色-iNFTnews"
    assert article.author is None  # the outlet, no writer


def test_other_cards() -> None:
    for outlets in (("江城日报", "山城晚报", "河畔周刊"), ("Reuters", "AP", "CNN")):
        found = extract_article(_page("<span>2023-07-08 10:20</span>", _cards(*outlets)), None)
        assert found.source not in outlets, outlets


def test_one_marked_source_after_the_story_stays() -> None:
    after = "<p class='article-source'>海港晚报</p>"
    assert extract_article(_page("<span>2023-07-08 10:20</span>", after), None).source == "海港晚报"

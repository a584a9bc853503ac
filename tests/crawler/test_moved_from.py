"""Which redirect hops are remembered: only those that moved for good (moved_from.py)."""

from __future__ import annotations

from crawler.spiders.moved_from import moved_from

SITE = "http://news.example.cn"
STORY = f"{SITE}/a/1.html"


def meta(*hops: tuple[str, object]) -> dict:
    return {"redirect_urls": [h for h, _ in hops], "redirect_reasons": [r for _, r in hops]}


def test_a_chain_of_permanent_redirects_is_remembered_hop_by_hop_canonical():
    chain = meta((f"{SITE}/legacy/1?utm_source=x", 301), (f"{SITE}/old/1.html", 308))
    assert moved_from(chain, STORY) == [f"{SITE}/legacy/1", f"{SITE}/old/1.html"]


def test_hops_before_a_temporary_redirect_are_not_remembered():
    chain = meta((f"{SITE}/legacy/1", 301), (f"{SITE}/latest", 302), (f"{SITE}/old/1.html", 301))
    assert moved_from(chain, STORY) == [f"{SITE}/old/1.html"]
    assert moved_from(meta((f"{SITE}/go", "meta refresh")), STORY) == []
    assert moved_from(meta((f"{SITE}/latest", 307)), STORY) == []


def test_no_redirect_the_page_itself_and_unknown_reasons_give_nothing():
    assert moved_from({}, STORY) == []
    assert moved_from(meta((f"{SITE}/a/1.html#top", 301)), STORY) == []  # the same page
    assert moved_from({"redirect_urls": [f"{SITE}/old/1.html"]}, STORY) == []

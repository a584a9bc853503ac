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


def test_a_temporary_redirect_that_names_its_target_is_remembered():
    """A tracking or short link carrying the story's id (``/go.php?id=1234`` to the story
    ``…/1234.shtml``) leads there for good; a pointer naming no story (``/latest``), one
    naming another id, or one before such a pointer, may lead elsewhere tomorrow."""
    story = f"{SITE}/news/2024/1234.shtml"
    assert moved_from(meta((f"{SITE}/go.php?id=1234", 302)), story) == [f"{SITE}/go.php?id=1234"]
    assert moved_from(meta((f"{SITE}/s/1234", "meta refresh")), story) == [f"{SITE}/s/1234"]
    assert moved_from(meta((f"{SITE}/go.php?id=99", 302)), story) == []
    assert moved_from(meta((f"{SITE}/latest", 302)), story) == []
    # each hop names the next one: /r/1234 -> /go.php?id=1234 -> the story
    chain = meta((f"{SITE}/r/1234", 307), (f"{SITE}/go.php?id=1234", 302))
    assert moved_from(chain, story) == [f"{SITE}/r/1234", f"{SITE}/go.php?id=1234"]
    # a pointer before a tracker: only the tracker is remembered
    chain = meta((f"{SITE}/top", 302), (f"{SITE}/go.php?id=1234", 302))
    assert moved_from(chain, story) == [f"{SITE}/go.php?id=1234"]


def test_doctests():
    import doctest

    import crawler.spiders.moved_from as module

    assert doctest.testmod(module).failed == 0

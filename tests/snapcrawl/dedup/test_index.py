from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from snapcrawl.dedup import DedupConfig, DedupIndex, Verdict, open_store

from .texts import (
    BACKGROUND,
    HARVEST,
    LIBRARY,
    METRO,
    RENOVATION_EAST,
    RENOVATION_WEST,
    TREES,
    join,
)

STORIES = {"trees": TREES, "metro": METRO, "library": LIBRARY, "harvest": HARVEST}


@pytest.fixture
def index() -> DedupIndex:
    return DedupIndex(open_store(":memory:"))


def test_new_story_then_url_then_exact(index: DedupIndex) -> None:
    body = join(TREES)
    assert index.check_and_add("http://a.example/1", body) is None
    assert index.check_and_add("http://a.example/1", join(METRO)) == Verdict(
        "url", "http://a.example/1", 1.0
    )
    assert index.check_and_add("http://b.example/7", body) == Verdict(
        "exact", "http://a.example/1", 1.0
    )
    assert index.stats == {"checks": 3, "new": 1, "url": 1, "exact": 1}


def _drop_sentence(s: list[str]) -> str:
    return join(s[:4] + s[5:])


def _punctuation(s: list[str]) -> str:
    return join(s).replace("，", "、").replace("。", "！ ")


def _credit(s: list[str]) -> str:
    return join(s) + "（记者 周海 通讯员 林小雨）"


def _all_edits(s: list[str]) -> str:
    return "【快讯】" + _drop_sentence(s).replace("，", ",") + "\n（记者 周海）\n责任编辑：陈晨"


@pytest.mark.parametrize("name", sorted(STORIES))
@pytest.mark.parametrize(
    ("edit", "kinds"),
    [
        (_drop_sentence, {"near"}),
        (_punctuation, {"exact"}),  # punctuation is not part of the normal form
        (_credit, {"exact"}),  # nor are credits
        (_all_edits, {"near"}),
    ],
)
def test_edited_copies_are_duplicates(index: DedupIndex, name: str, edit, kinds) -> None:
    for other, sentences in STORIES.items():
        assert index.check_and_add(f"http://origin.example/{other}", join(sentences)) is None
    verdict = index.check_and_add("http://copy.example/x", edit(STORIES[name]))
    assert verdict is not None
    assert verdict.kind in kinds
    assert verdict.dup_of == f"http://origin.example/{name}"
    assert 0.8 <= verdict.similarity <= 1.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same background section (half of each text), different news
        (BACKGROUND + RENOVATION_EAST, BACKGROUND + RENOVATION_WEST),
        # the same opening paragraph (a third to a half), different stories
        (TREES[:4] + METRO[:6], TREES[:4] + LIBRARY[:6]),
        (TREES[:5] + METRO[:5], TREES[:5] + HARVEST[:5]),
        # one story quoting another's closing half
        (METRO[:5] + LIBRARY[5:], HARVEST[:5] + LIBRARY[5:]),
    ],
)
def test_hard_negatives_are_kept(index: DedupIndex, first: list[str], second: list[str]) -> None:
    assert index.check_and_add("http://a.example/1", join(first)) is None
    assert index.check_and_add("http://a.example/2", join(second)) is None


def test_distinct_stories_are_kept(index: DedupIndex) -> None:
    for i, sentences in enumerate(STORIES.values()):
        assert index.check_and_add(f"http://a.example/{i}", join(sentences)) is None
    assert index.stats["new"] == len(STORIES)


def test_known_url(index: DedupIndex) -> None:
    assert not index.known_url("http://a.example/1")
    index.check_and_add("http://a.example/1", join(TREES))
    assert index.known_url("http://a.example/1")
    index.check_and_add("http://a.example/2", join(TREES))  # a duplicate is not kept
    assert not index.known_url("http://a.example/2")


def test_later_run_knows_what_an_earlier_run_kept(tmp_path: Path) -> None:
    path = tmp_path / "state" / "dedup.sqlite"
    with DedupIndex(open_store(str(path))) as first:
        assert first.check_and_add("http://a.example/1", join(TREES), run_id="r1") is None
        assert first.check_and_add("http://a.example/2", join(METRO), run_id="r1") is None
        first.commit(["http://a.example/1", "http://a.example/2"])
        assert first.stats["committed"] == 2
    with DedupIndex(open_store(str(path))) as second:
        assert second.known_url("http://a.example/1")
        verdict = second.check_and_add("http://c.example/5", _all_edits(METRO), run_id="r2")
        assert verdict is not None
        assert (verdict.kind, verdict.dup_of) == ("near", "http://a.example/2")


def test_uncommitted_entries_are_discarded_on_close(tmp_path: Path) -> None:
    path = str(tmp_path / "dedup.sqlite")
    with DedupIndex(open_store(path)) as first:
        first.check_and_add("http://a.example/1", join(TREES))
        first.check_and_add("http://a.example/2", join(METRO))
        first.commit(["http://a.example/1"])
    with DedupIndex(open_store(path)) as second:
        assert second.known_url("http://a.example/1")
        assert not second.known_url("http://a.example/2")
        assert second.check_and_add("http://b.example/2", join(METRO)) is None


def test_entries_never_committed_are_discarded_on_close(tmp_path: Path) -> None:
    path = str(tmp_path / "dedup.sqlite")
    with DedupIndex(open_store(path)) as first:
        assert first.check_and_add("http://a.example/1", join(TREES)) is None
        assert first.known_url("http://a.example/1")  # pending, still in the write batch
    with DedupIndex(open_store(path)) as second:
        assert not second.known_url("http://a.example/1")
        assert second.check_and_add("http://b.example/1", join(TREES)) is None


def test_pending_entries_are_visible_to_another_live_index(tmp_path: Path) -> None:
    path = str(tmp_path / "dedup.sqlite")
    with DedupIndex(open_store(path)) as first, DedupIndex(open_store(path)) as second:
        assert first.check_and_add("http://a.example/1", join(TREES)) is None
        verdict = second.check_and_add("http://b.example/1", _drop_sentence(TREES))
        assert verdict is not None
        assert verdict.dup_of == "http://a.example/1"


def test_other_signature_parameters_are_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "dedup.sqlite")
    DedupIndex(open_store(path)).close()
    store = open_store(path)
    with pytest.raises(ValueError, match=r"^SNAPCRAWL_DEDUP_SHINGLE=4: the dedup store"):
        DedupIndex(store, DedupConfig(shingle=4))
    store.close()
    # the threshold is a policy, not a format: it may change between runs
    DedupIndex(open_store(path), DedupConfig(threshold=0.9)).close()


def test_empty_body_has_exact_hash_only(index: DedupIndex) -> None:
    assert index.check_and_add("http://a.example/1", "　\n。") is None
    assert index.check_and_add("http://a.example/2", "") == Verdict(
        "exact", "http://a.example/1", 1.0
    )


def test_doctests() -> None:
    import snapcrawl.dedup as module

    assert doctest.testmod(module).failed == 0

"""A re-hosted copy that cuts the story, or adds host text to it, is the same story;
a short story on a page that is mostly other text is not a copy of that page."""

from __future__ import annotations

import pytest

from snapcrawl.dedup import DedupConfig, DedupIndex, open_store
from snapcrawl.dedup.containment import FLOOR, cut_or_superset
from snapcrawl.dedup.index import make_entry
from snapcrawl.dedup.minhash import estimate_jaccard

from .cut_texts import FERRY, FLASH, FOLLOW_UP_NEWS, ROUNDUP_OTHERS, STATEMENT, join

FULL = join(FERRY)
CUT = join(FERRY[:7]) + "\n（责任编辑：蒋一帆）"  # the last three paragraphs cut: J about 0.7
SHORT = join(FERRY[:4])
SHORT_WITH_STATEMENT = join(FERRY[:4] + STATEMENT)  # host text added: J about 0.65
# news of its own about as long as the report it repeats
FOLLOW_UP = join(FOLLOW_UP_NEWS + FERRY[:4])
# the flash is under a third of the page that holds it
ROUNDUP = join(ROUNDUP_OTHERS[:2] + FLASH + ROUNDUP_OTHERS[2:])
# two reports with one opening and an ending of their own, each as long as the opening
SHARED_OPENING_1 = join(FERRY[:4] + FERRY[6:8] + ROUNDUP_OTHERS[:2])
SHARED_OPENING_2 = join(FERRY[:4] + ROUNDUP_OTHERS[2:5])

COPIES = {
    "a cut arrives after the full report": (FULL, CUT),
    "the full report arrives after a cut": (CUT, FULL),
    "host text added to a short report": (SHORT, SHORT_WITH_STATEMENT),
    "a short report after the copy with host text": (SHORT_WITH_STATEMENT, SHORT),
}
APART = {
    "a flash, then a page holding it among other items": (join(FLASH), ROUNDUP),
    "a page of items, then a flash it holds": (ROUNDUP, join(FLASH)),
    "two reports sharing their opening": (SHARED_OPENING_1, SHARED_OPENING_2),
    "a report, then a follow-up repeating it": (SHORT, FOLLOW_UP),
    "a follow-up, then the report it repeats": (FOLLOW_UP, SHORT),
}


def _signatures(first: str, second: str) -> tuple[bytes, bytes, float]:
    config = DedupConfig()
    size = 2 * config.num_perm
    a = make_entry("http://a.example/1", first, config).signature[:size]
    b = make_entry("http://b.example/2", second, config).signature[:size]
    return a, b, estimate_jaccard(a, b)


@pytest.mark.parametrize("name", COPIES)
def test_a_cut_or_a_superset_is_the_same_story(store_spec: str, name: str) -> None:
    first, second = COPIES[name]
    assert _signatures(first, second)[2] < DedupConfig().accept_at  # Jaccard alone misses it
    with DedupIndex(open_store(store_spec)) as index:
        assert index.check_and_add("http://a.example/1", first) is None
        verdict = index.check_and_add("http://b.example/2", second)
    assert verdict is not None
    assert (verdict.kind, verdict.dup_of) == ("near", "http://a.example/1")


@pytest.mark.parametrize("name", APART)
def test_a_story_that_is_a_small_part_of_another_page_stays_apart(
    store_spec: str, name: str
) -> None:
    first, second = APART[name]
    with DedupIndex(open_store(store_spec)) as index:
        assert index.check_and_add("http://a.example/1", first) is None
        assert index.check_and_add("http://b.example/2", second) is None


def test_containment_reads_both_orders_alike() -> None:
    a, b, jaccard = _signatures(FULL, CUT)
    assert cut_or_superset(a, b, jaccard)
    assert cut_or_superset(b, a, jaccard)
    a, b, jaccard = _signatures(SHARED_OPENING_1, SHARED_OPENING_2)
    assert not cut_or_superset(a, b, jaccard)
    assert not cut_or_superset(b, a, jaccard)


def test_containment_is_not_counted_under_its_floor() -> None:
    """A Jaccard under the floor cannot hide a cut with a share of one half: no count."""
    a, b, _ = _signatures(FULL, CUT)
    assert not cut_or_superset(a, b, FLOOR - 0.01)


def test_an_entry_of_another_size_is_no_cut() -> None:
    a = _signatures(FULL, CUT)[0]
    assert not cut_or_superset(a, a[:64], 1.0)
    assert not cut_or_superset(b"", b"", 1.0)

"""Stories from one template stay apart; syndicated copies are still caught; every store.

The template pairs below clear the signature check (Jaccard about 0.79, estimates
0.73 and 0.79 against the 0.718 it accepts): only their figures tell them apart.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from snapcrawl.dedup import DedupConfig, DedupIndex, open_store
from snapcrawl.dedup.facts import facts_disagree
from snapcrawl.dedup.index import make_entry

from .template_texts import (
    BLAST_FIRST,
    BLAST_UPDATE,
    RATE_DAY_1,
    RATE_DAY_2,
    TRADE,
    syndicated_copies,
)

TEMPLATE_PAIRS = {
    "exchange-rate notices of two days": (RATE_DAY_1, RATE_DAY_2),
    "a story and its follow-up": (BLAST_FIRST, BLAST_UPDATE),
}


@pytest.mark.parametrize("name", TEMPLATE_PAIRS)
def test_template_stories_with_other_figures_stay_apart(store_spec: str, name: str) -> None:
    first, second = TEMPLATE_PAIRS[name]
    with DedupIndex(open_store(store_spec)) as index:
        assert index.check_and_add("http://a.example/1", first) is None
        assert index.check_and_add("http://b.example/2", second) is None
        assert index.stats["facts_apart"] == 1
        # and each is still its own story's copy
        verdict = index.check_and_add("http://c.example/3", second + "\n来源：新华社")
        assert verdict is not None
        assert verdict.dup_of == "http://b.example/2"


@pytest.mark.parametrize("name", list(syndicated_copies(TRADE)))
def test_syndicated_copies_are_caught(store_spec: str, name: str) -> None:
    with DedupIndex(open_store(store_spec)) as index:
        assert index.check_and_add("http://a.example/1", TRADE) is None
        verdict = index.check_and_add("http://b.example/2", syndicated_copies(TRADE)[name])
        assert verdict is not None
        assert (verdict.kind, verdict.dup_of) == ("near", "http://a.example/1")


def test_an_entry_without_a_fact_map_is_judged_on_its_signature(store_spec: str) -> None:
    """Stores written before the fact map keep working: their entries match as before."""
    config = DedupConfig()
    old = make_entry("http://a.example/1", RATE_DAY_1, config)
    old = replace(old, signature=old.signature[: 2 * config.num_perm])
    with DedupIndex(open_store(store_spec), config) as index:
        assert index.store.check_and_add(old, lambda _candidate: None) is None
        verdict = index.check_and_add("http://b.example/2", RATE_DAY_2)
        assert verdict is not None
        assert verdict.dup_of == "http://a.example/1"


def test_copies_keep_their_facts_and_template_stories_do_not() -> None:
    config = DedupConfig()

    def facts(body: str) -> bytes:
        return make_entry("http://x.example/", body, config).signature[2 * config.num_perm :]

    for copy in syndicated_copies(TRADE).values():
        assert not facts_disagree(facts(TRADE), facts(copy))
    for first, second in TEMPLATE_PAIRS.values():
        assert facts_disagree(facts(first), facts(second))
    # one fact each side ("今天" -> "5日" beside a dropped dateline) is not enough
    assert not facts_disagree(facts("3月5日电 今天下雨"), facts("5日下雨，气温4度"))

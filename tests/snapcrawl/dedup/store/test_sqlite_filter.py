from __future__ import annotations

import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

from snapcrawl.dedup.store import sqlite_filter
from snapcrawl.dedup.store.sqlite_filter import MAX_BITS, KeyFilter

keys64 = st.lists(st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=200)


@given(keys64, keys64)
@settings(max_examples=50)
def test_a_key_added_is_always_seen_again(first: list[int], second: list[int]) -> None:
    keys = KeyFilter(expected=len(first) + len(second))
    keys.add(first)
    keys.add(second)
    assert keys.add(first + second) == first + second  # no false negatives, ever


@given(keys64)
@settings(max_examples=50)
def test_loading_in_bulk_sets_the_same_bits_as_adding(values: list[int]) -> None:
    one, bulk = KeyFilter(expected=10), KeyFilter(expected=10)
    one.add(values)
    bulk.load(iter(values))
    assert one._bytes == bulk._bytes
    assert one.count == bulk.count == len(values)


def test_false_positives_stay_rare_until_it_asks_to_grow() -> None:
    keys = KeyFilter(expected=1000)
    added = 0
    while not keys.full:
        keys.add(range(added * 7919, (added + 1000) * 7919, 7919))  # spread, distinct
        added += 1000
    fresh = range(-1, -20001, -1)
    assert len(keys.add(fresh)) / len(fresh) < 0.04


def test_memory_is_bounded() -> None:
    keys = KeyFilter(expected=10**9)
    assert len(keys._bytes) * 8 == MAX_BITS
    keys.count = 10**10
    assert not keys.full  # at the bound it answers "maybe" more often instead


def test_doctests() -> None:
    assert doctest.testmod(sqlite_filter).failed == 0

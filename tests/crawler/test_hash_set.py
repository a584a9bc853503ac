"""HashSet answers as a Python set of the same hashes does, through its growth."""

from __future__ import annotations

import random

from crawler.middlewares.hash_set import HashSet


def test_membership_matches_a_set_through_growth():
    rng = random.Random(3)
    keys = [hash(f"http://news.example.cn/a/{n}.html") for n in range(5000)]
    keys += [0, 1, -1, 2**63 - 1, -(2**63)]  # 0 is stored as 1: they are one key
    table, reference = HashSet(capacity=8), set()
    for key in keys:
        assert table.add(key) is ((key or 1) not in reference)
        reference.add(key or 1)
    assert len(table) == len(reference)
    probes = keys + [rng.getrandbits(64) - 2**63 for _ in range(5000)]
    assert all((key in table) == ((key or 1) in reference) for key in probes)


def test_a_long_crawls_hashes_take_a_fraction_of_a_set():
    table = HashSet(hash(f"http://news.example.cn/a/{n}.html") for n in range(100_000))
    assert len(table) == 100_000
    assert table.nbytes <= 24 * 100_000  # at most 2/3 full: 12-24 bytes a hash

"""The Redis store's replace and seal: the keep rule across workers sharing one Redis.

Every test runs against a real redis-server (``tests/redis_server.py``); each
store is its own connection, as each crawl worker's is.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, datetime

import pytest
import redis

from snapcrawl.dedup import DedupIndex, Verdict, open_store
from snapcrawl.dedup.rank import keep_rank
from snapcrawl.dedup.store.redis import RedisStateLost
from snapcrawl.dedup.store.redis_scripts import decode_rank, encode_rank
from snapcrawl.dedup.types import Entry

from ..texts import METRO, TREES, join
from .racing_keep import copies, race_keep_best

NEAR = Verdict("near", "", 0.9)  # how the copies stand, as the store records it


def at(day: int) -> datetime:
    return datetime(2025, 2, day, 8, 0, tzinfo=UTC)


def keep(index: DedupIndex, url: str, body: str, when: datetime | None = None):
    return index.keep_best(url, body, keep_rank(url, when))


def ranked(index: DedupIndex, url: str, body: str, rank) -> Entry:
    """The entry keep_best would give the store: with its rank."""
    return dataclasses.replace(index.make_entry(url, body), rank=rank)


def _client(spec: str) -> tuple[redis.Redis, str]:
    return redis.Redis.from_url(spec.split("?")[0]), spec.split("prefix=", 1)[1]


def test_a_better_copy_replaces_another_workers_pending_copy(redis_spec: str) -> None:
    client, prefix = _client(redis_spec)
    with DedupIndex(open_store(redis_spec)) as first, DedupIndex(open_store(redis_spec)) as second:
        assert keep(first, "http://b.example/1", join(TREES), at(5)).kept
        kept = keep(second, "http://a.example/1", join(TREES) + "（记者 周海）", at(2))
        assert (kept.kept, kept.replaced, kept.verdict.kind) == (
            True,
            "http://b.example/1",
            "exact",
        )
        assert second.stats["replaced"] == 1
        assert not first.known_url("http://b.example/1")
        assert first.known_url("http://a.example/1")
        # the store points the story's text at the new copy, and remembers who replaced whom
        tombstone = client.get(f"{prefix}:replaced:http://b.example/1")
        assert tombstone.endswith(b"http://a.example/1")
        later = keep(first, "http://c.example/1", join(TREES), at(9))
        assert (later.kept, later.verdict.dup_of) == (False, "http://a.example/1")
        # the first worker, about to write, learns its row was replaced
        assert first.seal(["http://b.example/1"]) == {
            "http://b.example/1": Verdict("exact", "http://a.example/1")
        }
        assert second.seal(["http://a.example/1"]) == {}
    client.close()


def test_a_worse_copy_is_a_duplicate_of_another_workers_copy(redis_spec: str) -> None:
    with DedupIndex(open_store(redis_spec)) as first, DedupIndex(open_store(redis_spec)) as second:
        assert keep(first, "http://a.example/1", join(METRO), at(2)).kept
        for url, when in (("http://b.example/1", at(3)), ("http://0.example/1", None)):
            kept = keep(second, url, join(METRO), when)
            assert (kept.kept, kept.verdict.dup_of) == (False, "http://a.example/1")
        # same time: the smaller URL wins
        kept = keep(second, "http://a.example/0", join(METRO), at(2))
        assert (kept.kept, kept.replaced) == (True, "http://a.example/1")


def test_sealed_and_committed_copies_are_never_replaced(redis_spec: str) -> None:
    with DedupIndex(open_store(redis_spec)) as first, DedupIndex(open_store(redis_spec)) as second:
        assert keep(first, "http://z.example/1", join(TREES), at(9)).kept
        assert keep(first, "http://z.example/2", join(METRO), at(9)).kept
        assert first.seal(["http://z.example/1", "http://z.example/2"]) == {}
        late = keep(second, "http://a.example/1", join(TREES), at(1))
        assert (late.kept, late.verdict.dup_of) == (False, "http://z.example/1")
        first.commit(["http://z.example/2"])  # committed: persistent, not sealed any more
        store = first.store
        assert store.client.hget(f"{store.prefix}:doc:http://z.example/2", "sealed") is None  # type: ignore[attr-defined]
        late = keep(second, "http://a.example/2", join(METRO), at(1))
        assert (late.kept, late.verdict.dup_of) == (False, "http://z.example/2")


def test_replace_answers_gone_when_the_kept_copy_went(redis_spec: str) -> None:
    """None (check again), not False: the kept copy was replaced or its lease ended."""
    with DedupIndex(open_store(redis_spec)) as index:
        store = index.store
        url = "http://a.example/1"
        entry = ranked(index, url, join(TREES), keep_rank(url, at(1)))
        assert store.replace("http://nowhere.example/1", entry, NEAR) is None  # type: ignore[attr-defined]
        unranked = index.make_entry(url, join(TREES))  # never replaces anything
        assert store.replace("http://nowhere.example/1", unranked, NEAR) is False  # type: ignore[attr-defined]


def test_a_replaced_copy_of_ones_own_is_left_out_and_not_discarded_twice(redis_spec: str) -> None:
    with DedupIndex(open_store(redis_spec)) as index:
        assert keep(index, "http://b.example/1", join(TREES), None).kept
        kept = keep(index, "http://a.example/1", join(TREES), None)
        assert kept.replaced == "http://b.example/1"
        assert index.seal(["http://a.example/1"]) == {}
        index.commit(["http://a.example/1"])
    with DedupIndex(open_store(redis_spec)) as later:
        assert later.known_url("http://a.example/1")
        assert not later.known_url("http://b.example/1")


def test_seal_and_replace_notice_a_redis_that_lost_the_state(redis_spec: str) -> None:
    client, prefix = _client(redis_spec)
    with DedupIndex(open_store(redis_spec)) as index:
        assert keep(index, "http://b.example/1", join(TREES), at(3)).kept
        entry = ranked(index, "http://a.example/1", join(TREES), keep_rank("", at(1)))
        client.delete(*client.keys(f"{prefix}:*"))
        with pytest.raises(RedisStateLost):
            index.seal(["http://b.example/1"])
        with pytest.raises(RedisStateLost):
            index.store.replace("http://b.example/1", entry, NEAR)  # type: ignore[attr-defined]
    client.close()


RANKS = [
    keep_rank("http://a.example/1", at(1)),
    keep_rank("http://b.example/1", at(1)),
    keep_rank("http://b.example/10", at(1)),
    keep_rank("http://b.example/2", at(1)),
    keep_rank("http://b.example/%E4%B8%AD", at(1)),
    keep_rank("http://b.example/中", at(1)),  # code point order is UTF-8 byte order
    keep_rank("http://b.example/中文", at(1)),
    keep_rank("http://b.example/😀", at(1)),
    keep_rank("http://a.example/1", datetime(2025, 2, 1, 8, 0, 0, 1, tzinfo=UTC)),
    keep_rank("http://a.example/1", at(2)),
    keep_rank("http://a.example/0", datetime(2031, 1, 1, tzinfo=UTC)),
    keep_rank("http://a.example/0", datetime(1969, 12, 31, tzinfo=UTC)),
    keep_rank("http://a.example/0", None),
    keep_rank("http://a.example/1", None),
]


def test_ranks_read_back_from_redis_compare_as_python_does() -> None:
    """The rank a check returns with the kept URL (so a worse copy needs no REPLACE)."""
    for rank in RANKS:
        entry = Entry("http://x.example/", 1, b"", (), rank=rank)
        assert decode_rank(encode_rank(entry)) == rank


def test_redis_orders_ranks_as_python_does(redis_spec: str) -> None:
    """Each pair of ranks, compared by REPLACE in Redis, against Python's tuple order."""
    with DedupIndex(open_store(redis_spec)) as index:
        store = index.store
        for n, (old, new) in enumerate(itertools.permutations(RANKS, 2)):
            body = join(TREES) + str(n)
            old_url, new_url = f"http://old.example/{n}", f"http://new.example/{n}"
            kept = store.check_and_add(ranked(index, old_url, body, old), lambda sig: None)
            assert kept is None
            better = store.replace(old_url, ranked(index, new_url, body, new), NEAR)  # type: ignore[attr-defined]
            assert better is (new < old), (old, new)


@pytest.mark.parametrize("seed", range(6))
def test_two_processes_racing_keep_the_rules_copy_of_every_story(redis_spec: str, seed) -> None:
    """Two processes, each its own connection, offer copies of the same stories in a
    shuffled order each; each seals and writes its rows once both are done. Every story
    ends with exactly one row, the copy the rule names, whichever worker got it."""
    _check_race(redis_spec, seed, threads=False)


@pytest.mark.parametrize("seed", range(6, 30))
def test_two_threads_racing_keep_the_rules_copy_of_every_story(redis_spec: str, seed) -> None:
    """The same with two threads (two connections): cheap, so more orders."""
    _check_race(redis_spec, seed, threads=True)


def _check_race(spec: str, seed: int, *, threads: bool) -> None:
    written, expected, duplicates = race_keep_best(spec, seed, threads=threads)
    assert sorted(written) == sorted(expected)  # each story once, the rule's copy
    every = {url for url, _, _ in copies(seed)[0]}
    # every other copy is recorded as a duplicate, once, by one of the workers
    assert sorted(url for url, _ in duplicates) == sorted(every - expected)

from __future__ import annotations

import time

import pytest
import redis

from snapcrawl.dedup import DedupConfig, DedupIndex, Verdict, open_store
from snapcrawl.dedup.store.redis import RedisStateLost, RedisStore

from ..texts import LIBRARY, METRO, TREES, join
from .racing import STORIES, race


def _prefix(spec: str) -> str:
    return spec.split("prefix=", 1)[1]


def test_open_store_parses_the_url(redis_spec: str) -> None:
    store = open_store(redis_spec)
    assert isinstance(store, RedisStore)
    assert store.prefix == _prefix(redis_spec)
    store.close()


def test_url_exact_and_near(redis_spec: str) -> None:
    with DedupIndex(open_store(redis_spec)) as index:
        assert index.check_and_add("http://a.example/1", join(TREES)) is None
        assert index.check_and_add("http://a.example/1", "") == Verdict("url", "http://a.example/1")
        assert index.check_and_add("http://b.example/1", join(TREES) + "（记者 周海）") == (
            Verdict("exact", "http://a.example/1")
        )
        verdict = index.check_and_add("http://c.example/1", join(TREES[:4] + TREES[5:]))
        assert verdict is not None
        assert (verdict.kind, verdict.dup_of) == ("near", "http://a.example/1")
        assert index.check_and_add("http://a.example/2", join(METRO)) is None
        assert index.known_url("http://a.example/2")
        assert not index.known_url("http://c.example/1")


def test_commit_makes_entries_durable(redis_spec: str) -> None:
    client = redis.Redis.from_url(redis_spec.split("?")[0])
    prefix = _prefix(redis_spec)
    with DedupIndex(open_store(redis_spec)) as index:
        index.check_and_add("http://a.example/1", join(TREES))
        index.check_and_add("http://a.example/2", join(METRO))
        assert client.pttl(f"{prefix}:doc:http://a.example/1") > 0  # pending: leased
        index.commit(["http://a.example/1", "http://a.example/unknown"])
        assert index.stats["committed"] == 1
        assert client.pttl(f"{prefix}:doc:http://a.example/1") == -1
    # close discarded the uncommitted one at once
    with DedupIndex(open_store(redis_spec)) as later:
        assert later.known_url("http://a.example/1")
        assert not later.known_url("http://a.example/2")
        assert later.check_and_add("http://b.example/2", join(METRO)) is None
    client.close()


def test_pending_entries_of_a_dead_worker_expire(redis_spec: str) -> None:
    config = DedupConfig(lease_seconds=0.3)
    dead = DedupIndex(open_store(redis_spec), config)
    assert dead.check_and_add("http://a.example/1", join(LIBRARY)) is None
    # the worker dies: no commit, no close
    with DedupIndex(open_store(redis_spec), config) as live:
        assert live.check_and_add("http://b.example/1", join(LIBRARY)) is not None
        time.sleep(0.5)
        assert not live.known_url("http://a.example/1")
        assert live.check_and_add("http://b.example/1", join(LIBRARY)) is None
    dead.store.client.close()  # type: ignore[attr-defined]


def test_other_signature_parameters_are_refused(redis_spec: str) -> None:
    DedupIndex(open_store(redis_spec)).close()
    with pytest.raises(ValueError, match=r"^SNAPCRAWL_DEDUP_NUM_PERM=256: the dedup store"):
        DedupIndex(open_store(redis_spec), DedupConfig(num_perm=256))


def test_two_processes_racing_keep_each_story_once(redis_spec: str) -> None:
    kept = race(redis_spec)
    assert sorted(kept[0] + kept[1]) == list(range(STORIES))


def test_release_deletes_a_dead_owners_pending_entries(redis_spec: str) -> None:
    dead = DedupIndex(open_store(redis_spec))
    dead.check_and_add("http://a.example/1", join(TREES))
    dead.check_and_add("http://a.example/2", join(METRO))
    dead.commit(["http://a.example/1"])
    owner = dead.store.owner  # type: ignore[attr-defined]
    with DedupIndex(open_store(redis_spec)) as live:
        released = live.store.release(owner, ["http://a.example/1", "http://a.example/2"])  # type: ignore[attr-defined]
        assert released == 1
        assert live.known_url("http://a.example/1")
        assert live.check_and_add("http://b.example/2", join(METRO)) is None
    dead.store.client.close()  # type: ignore[attr-defined]


def test_a_redis_that_lost_the_state_mid_run_is_an_error_not_an_empty_store(
    redis_spec: str,
) -> None:
    """Redis restarted empty under a running worker: an empty answer would keep again
    every story already written, so the check stops with RedisStateLost instead."""
    client = redis.Redis.from_url(redis_spec.split("?")[0])
    prefix = _prefix(redis_spec)
    with DedupIndex(open_store(redis_spec)) as index:
        assert index.check_and_add("http://a.example/1", join(TREES)) is None
        index.commit(["http://a.example/1"])
        client.delete(*client.keys(f"{prefix}:*"))  # what a restart without its data leaves
        with pytest.raises(RedisStateLost, match="lost the dedup state"):
            index.check_and_add("http://b.example/1", join(TREES))
        assert isinstance(RedisStateLost("x"), redis.ConnectionError)  # a lost Redis, to callers
    with DedupIndex(open_store(redis_spec)) as later:  # binding anew: a fresh store again
        assert later.check_and_add("http://b.example/1", join(TREES)) is None
    client.close()

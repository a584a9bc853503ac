"""Normal form 2: traditional copies are caught; stores record the version and check it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import redis

from snapcrawl.dedup import DedupConfig, DedupIndex, content_hash, open_store
from snapcrawl.dedup.normalize import NORMAL_FORM

from .template_texts import TRADE, TRADE_TRADITIONAL


def test_a_traditional_copy_is_caught(store_spec: str) -> None:
    with DedupIndex(open_store(store_spec)) as index:
        assert index.check_and_add("http://a.example/1", TRADE) is None
        verdict = index.check_and_add("http://hk.example/2", TRADE_TRADITIONAL)
        assert verdict is not None
        assert (verdict.kind, verdict.dup_of) == ("near", "http://a.example/1")
        assert verdict.similarity > 0.9


def test_simplified_bodies_keep_their_content_hash() -> None:
    """Normal form 2 maps only characters simplified text does not use: the values
    are those normal form 1 gave (main at ba8e6ec)."""
    assert content_hash("今天，北京下雨。") == "bca50242f03eb0c943a06dd86b25117135b599eb"
    assert content_hash("著名的於姓作家，1名记者（记者 王明）") == (
        "1a6c04ce150303c751606743dbf6ed275b694e6f"
    )


def _stored_normal_form(spec: str) -> str:
    if spec.startswith("redis://"):
        base, prefix = spec.split("?prefix=")
        value = redis.Redis.from_url(base).hget(f"{prefix}:meta", "normal_form")
        return value.decode()
    with sqlite3.connect(spec) as db:
        return db.execute("SELECT value FROM meta WHERE name = 'normal_form'").fetchone()[0]


def test_a_store_built_before_the_version_opens_and_records_it(
    tmp_path: Path, redis_spec: str
) -> None:
    for spec in (str(tmp_path / "old.sqlite"), redis_spec):
        DedupIndex(open_store(spec)).close()
        _forget_normal_form(spec)  # as a store written by normal form 1 is
        with DedupIndex(open_store(spec)) as index:
            assert index.check_and_add("http://a.example/1", TRADE) is None
        assert _stored_normal_form(spec) == str(NORMAL_FORM)


def test_a_store_of_another_normal_form_is_refused_with_what_to_do(
    tmp_path: Path, redis_spec: str
) -> None:
    for spec in (str(tmp_path / "later.sqlite"), redis_spec):
        DedupIndex(open_store(spec)).close()
        _set_normal_form(spec, NORMAL_FORM + 1)
        with pytest.raises(ValueError, match=r"normal form 3.*snapcrawl state rebuild"):
            DedupIndex(open_store(spec))


def _forget_normal_form(spec: str) -> None:
    if spec.startswith("redis://"):
        base, prefix = spec.split("?prefix=")
        redis.Redis.from_url(base).hdel(f"{prefix}:meta", "normal_form")
        return
    with sqlite3.connect(spec) as db:
        db.execute("DELETE FROM meta WHERE name = 'normal_form'")


def _set_normal_form(spec: str, value: int) -> None:
    if spec.startswith("redis://"):
        base, prefix = spec.split("?prefix=")
        redis.Redis.from_url(base).hset(f"{prefix}:meta", "normal_form", str(value))
        return
    with sqlite3.connect(spec) as db:
        db.execute("UPDATE meta SET value = ? WHERE name = 'normal_form'", (str(value),))


def test_the_memory_store_checks_the_version_too() -> None:
    store = open_store(":memory:")
    store.bind({**DedupConfig().store_params(), "normal_form": 1}, lease_seconds=1.0)
    with pytest.raises(ValueError, match="normal form 1"):
        DedupIndex(store)

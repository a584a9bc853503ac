"""The kept copy of a story follows a rule, whatever the order copies arrive in."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime

import pytest

from snapcrawl.dedup import DedupIndex, open_store
from snapcrawl.dedup.rank import keep_rank

from .texts import LIBRARY, METRO, TREES, join


def at(day: int) -> datetime:
    return datetime(2025, 2, day, 8, 0, tzinfo=UTC)


# (url, body, snapshot_at): three stories, each in several copies (exact and near)
COPIES = [
    ("http://mirror.example/t/9.html", join(TREES), at(3)),
    ("http://site.example/t/1.html", join(TREES), at(2)),  # earliest snapshot: kept
    ("http://site.example/t/0.html", join(TREES) + "（记者 周海）", None),  # near, no time
    ("http://site.example/m/5.html", join(METRO), None),
    ("http://site.example/m/4.html", join(METRO), None),  # no times: smallest URL kept
    ("http://site.example/l/2.html", join(LIBRARY), at(5)),  # a story of one copy
]
EXPECTED = {
    "http://site.example/t/1.html",
    "http://site.example/m/4.html",
    "http://site.example/l/2.html",
}


def crawl(store_spec: str, order: tuple[int, ...], tmp_path) -> tuple[set[str], list]:
    """Offer the copies in ``order`` as a crawl does; returns the rows written and the
    duplicates recorded (url, dup_of, kind)."""
    rows: dict[str, str] = {}  # pending rows, as the Parquet buffer holds them
    duplicates = []
    with DedupIndex(open_store(store_spec)) as index:
        for i in order:
            url, body, snapshot = COPIES[i]
            kept = index.keep_best(url, body, keep_rank(url, snapshot))
            if not kept.kept:
                duplicates.append((url, kept.verdict.dup_of, kept.verdict.kind))
                continue
            if kept.replaced:
                del rows[kept.replaced]
                duplicates.append((kept.replaced, url, kept.verdict.kind))
            rows[url] = body
        index.commit(rows)
    return set(rows), duplicates


def _spec(store: str, n: int, tmp_path, request) -> str:
    if store == "memory":
        return ":memory:"
    if store == "redis":  # a real redis-server (tests/redis_server.py), a prefix per order
        return f"{request.getfixturevalue('redis_server')}/0?prefix=order-{uuid.uuid4().hex}-{n}"
    return str(tmp_path / f"dedup-{n}.sqlite")


@pytest.mark.parametrize("store", ["memory", "sqlite", "redis"])
def test_every_arrival_order_keeps_the_same_copies(store, tmp_path, request):
    orders = list(itertools.permutations(range(len(COPIES))))[::14]  # 52 of the 720
    for n, order in enumerate(orders):
        spec = _spec(store, n, tmp_path, request)
        kept, duplicates = crawl(spec, order, tmp_path)
        assert kept == EXPECTED, order
        assert len(duplicates) == len(COPIES) - len(EXPECTED)
        for url, _dup_of, kind in duplicates:
            assert kind in ("exact", "near")
            assert url not in EXPECTED


def test_a_committed_copy_is_never_replaced(tmp_path):
    """Once its row is written the kept copy stays; a better one is a duplicate of it."""
    with DedupIndex(open_store(str(tmp_path / "dedup.sqlite"))) as index:
        late = ("http://site.example/b.html", join(TREES))
        assert index.keep_best(*late, keep_rank(late[0], at(9))).kept
        index.commit([late[0]])
        better = index.keep_best("http://site.example/a.html", join(TREES), keep_rank("", at(1)))
        assert not better.kept
        assert better.verdict.dup_of == late[0]


def test_replaced_copies_are_gone_from_the_store(tmp_path):
    store = str(tmp_path / "dedup.sqlite")
    with DedupIndex(open_store(store)) as index:
        index.keep_best("http://x.example/2", join(METRO), keep_rank("http://x.example/2", None))
        kept = index.keep_best(
            "http://x.example/1", join(METRO), keep_rank("http://x.example/1", None)
        )
        assert kept.replaced == "http://x.example/2"
        index.commit(["http://x.example/1"])
        assert index.stats["replaced"] == 1
    with DedupIndex(open_store(store)) as index:  # the next run
        assert index.known_url("http://x.example/1")
        assert not index.known_url("http://x.example/2")
        verdict = index.check_and_add("http://x.example/3", join(METRO))
        assert verdict.dup_of == "http://x.example/1"

from __future__ import annotations

from snapcrawl.dedup import DedupIndex, open_store
from snapcrawl.dedup.store.memory import MemoryStore

from ..texts import METRO, TREES, join


def test_memory_spec_opens_a_memory_store() -> None:
    assert isinstance(open_store(":memory:"), MemoryStore)


def test_close_discards_uncommitted_entries() -> None:
    store = open_store(":memory:")
    index = DedupIndex(store)
    index.check_and_add("http://a.example/1", join(TREES))
    index.check_and_add("http://a.example/2", join(METRO))
    index.commit(["http://a.example/1"])
    index.close()
    assert store.known_url("http://a.example/1")
    assert not store.known_url("http://a.example/2")
    again = DedupIndex(store)
    assert again.check_and_add("http://b.example/2", join(METRO)) is None
    assert again.check_and_add("http://b.example/1", join(TREES)) is not None

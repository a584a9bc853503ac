"""What a dead worker's pending dedup entries become when its requests are handed back."""

from __future__ import annotations

import uuid

from crawler.distributed.ledger import dedup_releaser
from snapcrawl.dedup import DedupIndex, open_store
from tests.snapcrawl.dedup.texts import LIBRARY, METRO, TREES, join


def test_entries_whose_rows_the_dead_worker_wrote_are_committed_the_rest_released(
    redis_server: str,
) -> None:
    """Killed after renaming a file with "2" into place, before committing it: releasing
    "2" would let the refetched page be kept again, a second row of one story."""
    spec = f"{redis_server}/0?prefix=release-{uuid.uuid4().hex[:12]}"
    dead = DedupIndex(open_store(spec))
    for url, body in (("1", TREES), ("2", METRO), ("3", LIBRARY)):
        assert dead.check_and_add(f"http://a.example/{url}", join(body), run_id="r9") is None
    assert dead.seal(["http://a.example/2"]) == {}  # its file is being written
    info = {"dedup_owner": dead.store.owner, "run_id": "r9"}  # type: ignore[attr-defined]
    asked = []

    def written(run_id: str) -> set[str]:
        asked.append(run_id)
        return {"http://a.example/2"}

    with DedupIndex(open_store(spec)) as live:
        release = dedup_releaser(live.store, written)
        released = release(info, ["http://a.example/1", "http://a.example/2"])
        assert (released, asked) == (1, ["r9"])
        assert live.known_url("http://a.example/2")  # its row is on disk: committed
        assert live.check_and_add("http://b.example/2", join(METRO)) is not None
        assert live.check_and_add("http://b.example/1", join(TREES)) is None  # released
        assert live.known_url("http://a.example/3")  # not handed back: its lease runs on
    dead.store.client.close()  # type: ignore[attr-defined]


def test_a_store_without_owners_releases_nothing(tmp_path) -> None:
    with DedupIndex(open_store(str(tmp_path / "dedup.sqlite"))) as index:
        release = dedup_releaser(index.store, lambda run_id: set())
        assert release({"dedup_owner": "x", "run_id": "r1"}, ["http://a.example/1"]) == 0

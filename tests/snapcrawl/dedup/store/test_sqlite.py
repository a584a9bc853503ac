from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from snapcrawl.dedup import DedupIndex, open_store
from snapcrawl.dedup.store import sqlite_bands
from snapcrawl.dedup.store.sqlite import SQLiteStore

from ..texts import HARVEST, METRO, TREES, join
from .racing import STORIES, open_at_once, race, wait_beside_a_busy_process

# A crawl that keeps three stories, writes (commits) one, then waits.
_CHILD = textwrap.dedent(
    """
    import sys
    from snapcrawl.dedup import DedupIndex, open_store
    sys.path.insert(0, {tests!r})
    from texts import HARVEST, METRO, TREES, join
    index = DedupIndex(open_store({path!r}))
    for name, body in (("trees", TREES), ("metro", METRO), ("harvest", HARVEST)):
        assert index.check_and_add("http://a.example/" + name, join(body), run_id="r1") is None
    index.commit(["http://a.example/trees"])
    print("ready", flush=True)
    sys.stdin.read()
    """
)


def start_child(path: Path, script: str = _CHILD) -> subprocess.Popen[str]:
    """A process running ``script`` (formatted with the store's path and the tests' folder)
    once it has printed "ready"."""
    tests = str(Path(__file__).parents[1])
    proc = subprocess.Popen(
        [sys.executable, "-c", script.format(path=str(path), tests=tests)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_open_creates_parent_directories(tmp_path: Path) -> None:
    path = tmp_path / "data" / "state" / "dedup.sqlite"
    store = open_store(str(path))
    assert isinstance(store, SQLiteStore)
    store.close()
    assert path.exists()


def test_killed_run_pending_entries_are_discarded(tmp_path: Path) -> None:
    path = tmp_path / "dedup.sqlite"
    proc = start_child(path)
    # while the run is alive, its pending stories are duplicates for everyone
    with DedupIndex(open_store(str(path))) as live:
        assert live.known_url("http://a.example/metro")
        assert live.check_and_add("http://b.example/1", join(METRO)) is not None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # SIGKILL: no close, nothing committed but "trees"; the next run keeps the rest again
    with DedupIndex(open_store(str(path))) as after:
        assert after.known_url("http://a.example/trees")
        assert not after.known_url("http://a.example/metro")
        assert after.check_and_add("http://b.example/1", join(METRO)) is None
        assert after.check_and_add("http://b.example/2", join(HARVEST)) is None
        assert after.check_and_add("http://b.example/3", join(TREES)) is not None
    assert not any((tmp_path / "dedup.sqlite.owners").iterdir())


def test_killed_run_entries_whose_rows_were_written_are_committed_not_discarded(
    tmp_path: Path,
) -> None:
    """The run died after a file with "metro" was renamed into place, before its commit."""
    path = tmp_path / "dedup.sqlite"
    proc = start_child(path)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    asked = []

    def written(run_id: str) -> set[str]:
        asked.append(run_id)
        return {"http://a.example/metro"} if run_id == "r1" else set()

    with DedupIndex(open_store(str(path), written=written)) as after:
        assert asked == ["r1"]
        assert after.known_url("http://a.example/metro")  # recovered: its row is on disk
        assert after.known_url("http://a.example/trees")  # committed before the kill
        assert not after.known_url("http://a.example/harvest")  # never written: kept again
    with DedupIndex(open_store(str(path))) as later:
        assert later.known_url("http://a.example/metro")  # durable, not pending


# A crawl whose batches stay open (an hour): it seals "metro" and "harvest", as the
# Parquet pipeline does right before renaming their file into place, then waits.
_SEALING_CHILD = textwrap.dedent(
    """
    import sys
    from snapcrawl.dedup import DedupIndex
    from snapcrawl.dedup.store.sqlite import SQLiteStore
    sys.path.insert(0, {tests!r})
    from texts import HARVEST, METRO, TREES, join
    index = DedupIndex(SQLiteStore({path!r}, batch_seconds=3600))
    for name, body in (("trees", TREES), ("metro", METRO), ("harvest", HARVEST)):
        assert index.check_and_add("http://a.example/" + name, join(body), run_id="r1") is None
    assert index.seal(["http://a.example/metro", "http://a.example/harvest"]) == {{}}
    print("ready", flush=True)
    sys.stdin.read()
    """
)


def test_a_run_killed_right_after_renaming_a_file_keeps_none_of_its_stories_twice(
    tmp_path: Path,
) -> None:
    """Killed between the rename and the commit, while the entries of the file's rows
    were still in an uncommitted batch: sealing wrote them, so recovery finds them."""
    path = tmp_path / "dedup.sqlite"
    proc = start_child(path, _SEALING_CHILD)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    def written(run_id: str) -> set[str]:
        return {"http://a.example/metro", "http://a.example/harvest"} if run_id == "r1" else set()

    with DedupIndex(open_store(str(path), written=written)) as after:
        assert after.known_url("http://a.example/metro")
        assert after.check_and_add("http://b.example/1", join(HARVEST)) is not None
        # sealed too, but its row never reached a file: kept again by the next run
        assert not after.known_url("http://a.example/trees")


def _band_rows(db: sqlite3.Connection) -> int:
    """Band rows in all the trees (new ones, and those merged into older levels)."""
    return sum(
        db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in sqlite_bands.TABLES
    )


def test_stale_band_rows_are_dropped_when_read(tmp_path: Path) -> None:
    path = tmp_path / "dedup.sqlite"
    start_child(path).kill()
    with DedupIndex(open_store(str(path))) as index:
        db = index.store._db  # type: ignore[attr-defined]
        before = _band_rows(db)
        assert before == 3 * 16
        index.check_and_add("http://b.example/1", join(METRO))
        index.commit([])  # writes the batch's new entries
        after = _band_rows(db)
        assert after == before  # 16 stale rows of the dead metro entry out, 16 new in


def test_two_processes_racing_keep_each_story_once(tmp_path: Path) -> None:
    kept = race(str(tmp_path / "dedup.sqlite"))
    assert sorted(kept[0] + kept[1]) == list(range(STORIES))


def test_a_waiting_process_gets_its_turn(tmp_path: Path) -> None:
    """The busy process holds the write lock for at most a batch (0.25 s), then
    lets the waiting one go first instead of beginning its next batch at once.

    The waiter takes the lock three times (open, bind, check): about 1 s. Without
    the queue it waited until the busy process stopped (9 s when measured).
    """
    assert wait_beside_a_busy_process(str(tmp_path / "dedup.sqlite")) < 4.0


def test_new_entries_reach_other_processes_without_a_commit(tmp_path: Path) -> None:
    path = str(tmp_path / "dedup.sqlite")
    with DedupIndex(open_store(path)) as first:
        assert first.check_and_add("http://a.example/1", join(TREES)) is None
        with DedupIndex(open_store(path)) as second:
            # first's batch is still open: second waits for it (at most a batch)
            assert second.check_and_add("http://b.example/1", join(TREES)) is not None
            assert second.known_url("http://a.example/1")


def test_processes_creating_the_file_at_once_all_open_it(tmp_path: Path) -> None:
    """SQLite reports one of two concurrent switches to WAL as busy without waiting."""
    for attempt in range(4):
        path = str(tmp_path / f"dedup{attempt}.sqlite")
        assert open_at_once(path, processes=4) == ["ok"] * 4


def test_the_page_cache_cap_is_what_the_caller_asks(tmp_path):
    # the cap bounds the store's memory (SNAPCRAWL_DEDUP_CACHE_MB); SQLite reports KiB as < 0
    for asked, pragma in ((None, -64 * 1024), (8, -8 * 1024)):
        options = {} if asked is None else {"cache_mib": asked}
        store = open_store(str(tmp_path / f"{asked}.sqlite"), **options)
        try:
            assert store._db.execute("PRAGMA cache_size").fetchone()[0] == pragma
        finally:
            store.close()
    with pytest.raises(ValueError, match="cache_mib=0: use a whole number of MiB"):
        SQLiteStore(tmp_path / "bad.sqlite", cache_mib=0)

"""A compaction's staging directory: live ones are left alone, dead ones finished or removed."""

from __future__ import annotations

import fcntl
import json

from snapcrawl.store.staging import Staging, recover_compactions


def test_a_live_compaction_is_left_alone(tmp_path):
    partition = tmp_path / "articles" / "crawl_date=2026-01-18"
    partition.mkdir(parents=True)
    staging = tmp_path / "state" / "compact"
    with Staging.start(staging, "s1", partition, {"part-a.parquet"}) as work:
        (work.new / "part-compact-s1-00001.parquet").write_bytes(b"half")
        assert recover_compactions(staging) == 0
        assert work.new.is_dir()
    assert not list(staging.iterdir())  # removed, lock file included, when it ends


def test_dead_leftovers_are_removed_and_late_files_kept(tmp_path):
    partition = tmp_path / "crawl_date=2026-01-18"
    partition.mkdir()
    staging = tmp_path / "compact"
    before_manifest = staging / "s0" / "new"  # died before writing its manifest
    before_manifest.mkdir(parents=True)
    swapped = staging / "s1"  # died after the swap: new/ holds the inputs and a late file
    (swapped / "new").mkdir(parents=True)
    (swapped / "new" / "part-a.parquet").write_bytes(b"old input")
    (swapped / "new" / "part-late-00001.parquet").write_bytes(b"late")
    manifest = {"partition": str(partition), "inputs": ["part-a.parquet"]}
    (swapped / "manifest.json").write_text(json.dumps(manifest))
    lock = open(staging / "s1.lock", "a+")  # noqa: SIM115 - a dead process's lock file, free
    fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
    lock.close()

    assert recover_compactions(staging) == 2
    assert not list(staging.iterdir())
    assert [p.name for p in partition.iterdir()] == ["part-late-00001.parquet"]

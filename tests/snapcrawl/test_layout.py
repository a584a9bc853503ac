"""DataDir (snapcrawl/layout.py): every path under DATA_DIR, and where the tables live."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from snapcrawl.layout import (
    DataDir,
    compacted_part_name,
    is_visible_parquet,
    new_run_id,
    part_name,
    part_prefix,
)


def test_local_state_logs_and_locks_stay_under_data_dir(tmp_path):
    layout = DataDir(tmp_path)
    assert layout.dedup_store == tmp_path / "state" / "dedup.sqlite"
    assert layout.boilerplate_store == tmp_path / "state" / "boilerplate.sqlite"
    assert layout.trap_store == tmp_path / "state" / "traps.sqlite"
    assert layout.state_files() == [
        layout.dedup_store,
        layout.boilerplate_store,
        layout.trap_store,
    ]
    assert layout.lock("news") == tmp_path / "state" / "locks" / "news.lock"
    assert layout.run_log("r1") == tmp_path / "logs" / "r1.log"
    assert layout.run_stats("r1") == tmp_path / "logs" / "r1.stats.json"
    assert layout.report == tmp_path / "report" / "index.html"


def test_tables_live_in_data_dir_unless_a_parquet_uri_says_elsewhere(tmp_path):
    local = DataDir(tmp_path)
    assert local.table("articles").path == str(tmp_path / "articles")
    assert local.table("runs").local
    elsewhere = DataDir(tmp_path / "data", f"file://{tmp_path / 'lake'}")
    assert elsewhere.table("duplicates").path == str(tmp_path / "lake" / "duplicates")
    assert elsewhere.dedup_store == tmp_path / "data" / "state" / "dedup.sqlite"  # state stays


def test_an_unknown_table_or_filesystem_is_refused(tmp_path):
    with pytest.raises(ValueError, match="table='pages': use one of articles, duplicates, runs"):
        DataDir(tmp_path).table("pages")
    with pytest.raises(ValueError, match="not a filesystem pyarrow can open"):
        DataDir(tmp_path, "nosuchfs://bucket").dataset  # noqa: B018


def test_a_data_dir_is_a_value():
    assert DataDir("data") == DataDir(Path("data"))
    assert DataDir("data", "s3://b") != DataDir("data")


def test_file_names_carry_the_run_id():
    run_id = new_run_id()
    assert part_name(run_id, 7) == f"part-{run_id}-00007.parquet"
    assert part_name(run_id, 7).startswith(part_prefix(run_id))
    stamp = "20250101T000000Z"
    assert compacted_part_name(stamp, 1) == f"part-compact-{stamp}-00001.parquet"
    first = new_run_id(datetime(2025, 1, 1, tzinfo=UTC))
    assert first.startswith(f"{stamp}-")
    assert first < new_run_id()


@pytest.mark.parametrize(
    ("relative", "visible"),
    [
        ("part-r1-00001.parquet", True),
        ("crawl_date=2026-01-01/part-r1-00001.parquet", True),
        ("crawl_date=2026-01-01/.part-r1-00001.parquet", False),  # a writer's temporary file
        ("crawl_date=2026-01-01/_SUCCESS.parquet", False),
        ("_tmp/part-r1-00001.parquet", False),  # a hidden directory hides its files
        (".staging/part-r1-00001.parquet", False),
        ("crawl_date=2026-01-01/part-r1-00001.parquet.tmp", False),
        ("crawl_date=2026-01-01/notes.txt", False),
        ("", False),
    ],
)
def test_the_files_readers_see(relative, visible):
    assert is_visible_parquet(relative) is visible

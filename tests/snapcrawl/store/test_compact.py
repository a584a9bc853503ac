from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink
from snapcrawl.store.compact import compact_partition, compact_table
from tests.snapcrawl.store.test_parquet import article


def write_runs(root, runs: int, rows_per_run: int = 3) -> None:
    for run in range(runs):
        sink = ParquetSink(root, ARTICLE_SCHEMA, f"run{run}")
        for n in range(rows_per_run):
            sink.add(article(run * 100 + n, date(2026, 1, 18 + n % 2)))
        sink.close()


def test_compaction_keeps_every_row_and_shrinks_the_file_count(tmp_path):
    write_runs(tmp_path, runs=10)
    before = pd.read_parquet(tmp_path).sort_values("url").reset_index(drop=True)
    assert len(list(tmp_path.rglob("*.parquet"))) == 20
    results = compact_table(tmp_path)
    assert {r.files_before for r in results} == {10}
    assert len(list(tmp_path.rglob("*.parquet"))) == 2
    after = pd.read_parquet(tmp_path).sort_values("url").reset_index(drop=True)
    pd.testing.assert_frame_equal(before, after)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_target_rows_splits_large_partitions(tmp_path):
    write_runs(tmp_path, runs=6, rows_per_run=2)
    compact_table(tmp_path, target_rows=4)
    files = sorted((tmp_path / "crawl_date=2026-01-18").glob("*.parquet"))
    assert [pq.read_metadata(f).num_rows for f in files] == [4, 2]


def test_older_files_without_a_newer_column_are_filled_with_nulls(tmp_path):
    old_schema = ARTICLE_SCHEMA.remove(ARTICLE_SCHEMA.get_field_index("keywords"))
    old = ParquetSink(tmp_path, old_schema, "old")
    old.add(article(1))
    old.close()
    new = ParquetSink(tmp_path, ARTICLE_SCHEMA, "new")
    new.add(article(2) | {"keywords": ["杭州"]})
    new.close()
    compact_table(tmp_path)
    frame = pd.read_parquet(tmp_path).sort_values("url")
    assert frame["keywords"].iloc[0] is None
    assert list(frame["keywords"].iloc[1]) == ["杭州"]


def test_a_single_file_partition_is_left_alone(tmp_path):
    write_runs(tmp_path, runs=1, rows_per_run=1)
    (only,) = tmp_path.rglob("*.parquet")
    assert compact_partition(only.parent) is None
    assert only.exists()


def test_a_failed_compaction_leaves_the_partition_untouched(tmp_path, monkeypatch):
    write_runs(tmp_path, runs=3)
    before = sorted(p.name for p in tmp_path.rglob("*.parquet"))

    def broken_writer(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pq, "ParquetWriter", broken_writer)
    with pytest.raises(OSError, match="disk full"):
        compact_table(tmp_path)
    assert sorted(p.name for p in tmp_path.rglob("*.parquet")) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_missing_table_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing to compact"):
        compact_table(tmp_path / "articles")


def test_schema_metadata_survives(tmp_path):
    write_runs(tmp_path, runs=2)
    compact_table(tmp_path)
    (first, *_) = sorted(tmp_path.rglob("*.parquet"))
    assert pq.read_schema(first).metadata == ARTICLE_SCHEMA.metadata
    assert isinstance(pq.read_schema(first), pa.Schema)

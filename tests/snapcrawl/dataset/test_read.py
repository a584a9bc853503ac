from __future__ import annotations

import duckdb
import pytest

import snapcrawl
from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink
from tests.snapcrawl.store.test_parquet import article


def write(root, schema, run_id, row):
    sink = ParquetSink(root / "articles", schema, run_id)
    sink.add(row)
    sink.close()


def test_a_newer_schema_version_reads_beside_older_files(tmp_path):
    """How a dataset spanning schema versions is read: documented in the README."""
    older = ARTICLE_SCHEMA.remove(ARTICLE_SCHEMA.get_field_index("keywords"))
    write(tmp_path, ARTICLE_SCHEMA, "b-new", article(2) | {"keywords": ["杭州", "人工智能"]})
    write(tmp_path, older, "a-old", article(1))  # sorts first: readers that trust it lose keywords
    frame = snapcrawl.load(tmp_path).sort_values("url")
    assert list(frame["keywords"].iloc[1]) == ["杭州", "人工智能"]
    assert frame["keywords"].iloc[0] is None
    assert "crawl_date" in frame.columns

    rows = (
        duckdb.connect()
        .execute(
            f"SELECT url, keywords FROM read_parquet('{tmp_path}/articles/**/*.parquet', "
            "hive_partitioning=1, union_by_name=true) ORDER BY url"
        )
        .fetchall()
    )
    assert rows[0][1] is None
    assert rows[1][1] == ["杭州", "人工智能"]


def test_load_without_a_crawl_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="run a crawl first"):
        snapcrawl.load(tmp_path)


def test_every_reader_follows_the_parquet_uri(tmp_path):
    """Tables written to SNAPCRAWL_PARQUET_URI are read from there: load, report, state rebuild."""
    from snapcrawl.dataset.read import open_table, read_columns
    from snapcrawl.layout import DataDir
    from snapcrawl.state.repair import rebuild_dedup

    lake, data_dir = tmp_path / "lake", tmp_path / "data"
    write(lake, ARTICLE_SCHEMA, "r1", article(1))
    layout = DataDir(data_dir, f"file://{lake}")
    assert list(snapcrawl.load(data_dir, parquet_uri=f"file://{lake}")["url"]) == [
        article(1)["url"]
    ]
    assert open_table(layout).count_rows() == 1
    assert read_columns(layout, "articles", ARTICLE_SCHEMA, columns=["url"]).num_rows == 1
    assert read_columns(layout, "runs", ARTICLE_SCHEMA) is None  # no such table yet
    assert rebuild_dedup(layout) == 1
    assert layout.dedup_store.is_file()  # the state stays in DATA_DIR
    with pytest.raises(FileNotFoundError, match="run a crawl first"):
        snapcrawl.load(data_dir)  # without the URI: nothing in DATA_DIR

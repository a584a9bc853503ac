from __future__ import annotations

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import snapcrawl
from snapcrawl.store import ARTICLE_SCHEMA, SCHEMA_VERSION, ParquetSink
from snapcrawl.store.compact import compact_table, unified_schema
from snapcrawl.store.schema import SCHEMA_VERSION_KEY
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


def version_1_schema():
    """The articles layout before editor and original_title (schema version 1)."""
    names = ("editor", "original_title")
    fields = [f for f in ARTICLE_SCHEMA if f.name not in names]
    metadata = dict(ARTICLE_SCHEMA.metadata) | {SCHEMA_VERSION_KEY: b"1"}
    return pa.schema(fields, metadata=metadata)


def test_version_2_files_with_editor_and_original_title_read_beside_version_1(tmp_path):
    assert SCHEMA_VERSION == "2"
    extra = {"editor": "吴一鸣", "original_title": "候鸟提前报到"}
    write(tmp_path, version_1_schema(), "a-old", article(1))  # sorts first
    write(tmp_path, ARTICLE_SCHEMA, "b-new", article(2) | extra)
    frame = snapcrawl.load(tmp_path).sort_values("url")
    assert frame["editor"].isna().tolist() == [True, False]
    assert frame["editor"].iloc[1] == "吴一鸣"
    assert frame["original_title"].isna().tolist() == [True, False]
    assert frame["original_title"].iloc[1] == "候鸟提前报到"

    files = sorted((tmp_path / "articles").rglob("*.parquet"))
    versions = {pq.read_schema(f).metadata[SCHEMA_VERSION_KEY] for f in files}
    assert versions == {b"1", b"2"}
    unified = unified_schema(files)
    assert unified.metadata[SCHEMA_VERSION_KEY] == b"2"
    assert unified.names[-2:] == ["editor", "original_title"]

    compact_table(tmp_path / "articles")
    (compacted,) = (tmp_path / "articles").rglob("*.parquet")
    assert pq.read_schema(compacted).metadata[SCHEMA_VERSION_KEY] == b"2"
    rows = pq.read_table(compacted).to_pylist()
    assert sorted((r["url"], r["editor"]) for r in rows) == [
        (article(1)["url"], None),
        (article(2)["url"], "吴一鸣"),
    ]


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


def test_load_names_an_unreadable_file_and_the_way_out(tmp_path):
    import pytest

    import snapcrawl
    from snapcrawl.errors import UnreadableDataset
    from tests.damaged import with_broken_file

    with_broken_file(tmp_path)
    with pytest.raises(UnreadableDataset, match=r"part-b-0\.parquet.*--quarantine"):
        snapcrawl.load(str(tmp_path))

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink, remove_stale_temp_files
from snapcrawl.store.schema import SCHEMA_VERSION, SCHEMA_VERSION_KEY

SHANGHAI = ZoneInfo("Asia/Shanghai")


def article(n: int, day: date = date(2026, 1, 18)) -> dict:
    return {
        "url": f"http://example.com/a/{n}.html",
        "title": f"标题{n}",
        "body": f"第一段{n}\n第二段{n}",
        "category": "社会",
        "published_at": datetime(2025, 2, 13, 15, 50, tzinfo=SHANGHAI),
        "source": "缘之心",
        "source_url": None,
        "snapshot_at": None,
        "crawled_at": datetime(2026, 1, 18, 8, 0, tzinfo=UTC),
        "run_id": "run1",
        "content_hash": f"h{n}",
        "noise": ["快照生成时间:2025-02-13 20:45:02"],
        "crawl_date": day,
        "not_a_column": "ignored",
    }


def test_rows_become_visible_only_in_complete_batches(tmp_path):
    sink = ParquetSink(tmp_path, ARTICLE_SCHEMA, "run1", batch_rows=3)
    assert sink.add(article(1)) == []
    assert sink.add(article(2)) == []
    assert not list(tmp_path.rglob("*.parquet"))
    written = sink.add(article(3))
    assert len(written) == 1
    assert [row["url"] for row in written[0].rows] == [article(n)["url"] for n in (1, 2, 3)]
    assert written[0].path.name == "part-run1-00001.parquet"
    assert written[0].path.parent.name == "crawl_date=2026-01-18"
    assert not list(tmp_path.rglob(".*.tmp"))


def test_three_readers_agree_on_rows_types_and_partitions(tmp_path):
    sink = ParquetSink(tmp_path, ARTICLE_SCHEMA, "run1", batch_rows=2)
    for n in range(5):
        sink.add(article(n, date(2026, 1, 18 + n % 2)))
    sink.close()

    table = ds.dataset(tmp_path, partitioning="hive").to_table()
    assert table.num_rows == 5
    assert table.schema.field("published_at").type == ARTICLE_SCHEMA.field("published_at").type

    frame = pd.read_parquet(tmp_path)
    assert len(frame) == 5
    assert set(frame["crawl_date"].astype(str)) == {"2026-01-18", "2026-01-19"}
    assert frame["published_at"].iloc[0] == pd.Timestamp("2025-02-13 15:50", tz="Asia/Shanghai")
    assert list(frame["noise"].iloc[0]) == ["快照生成时间:2025-02-13 20:45:02"]

    rows = (
        duckdb.connect()
        .execute(
            f"SELECT count(*), count(DISTINCT crawl_date) FROM "
            f"read_parquet('{tmp_path}/**/*.parquet', hive_partitioning=1)"
        )
        .fetchone()
    )
    assert rows == (5, 2)


def test_schema_is_explicit_even_for_all_null_columns(tmp_path):
    row = article(1) | {"published_at": None, "category": None, "noise": []}
    sink = ParquetSink(tmp_path, ARTICLE_SCHEMA, "run1")
    sink.add(row)
    (written,) = sink.close()
    schema = pq.read_schema(written.path)
    assert schema.field("published_at").type == ARTICLE_SCHEMA.field("published_at").type
    assert schema.metadata[SCHEMA_VERSION_KEY] == SCHEMA_VERSION.encode()


def test_a_second_run_appends_without_touching_earlier_files(tmp_path):
    first = ParquetSink(tmp_path, ARTICLE_SCHEMA, "run1")
    first.add(article(1))
    (old,) = first.close()
    before = old.path.read_bytes()
    second = ParquetSink(tmp_path, ARTICLE_SCHEMA, "run2")
    second.add(article(2))
    second.close()
    assert old.path.read_bytes() == before
    assert ds.dataset(tmp_path, partitioning="hive").count_rows() == 2


def test_a_failed_write_leaves_no_file_behind(tmp_path):
    sink = ParquetSink(tmp_path, ARTICLE_SCHEMA, "run1")
    sink.add(article(1) | {"published_at": "not a timestamp"})
    with pytest.raises(Exception):  # noqa: B017, PT011 - pyarrow's own conversion error
        sink.close()
    assert list(tmp_path.rglob("*")) == [tmp_path / "crawl_date=2026-01-18"]


def test_stale_temp_files_are_removed_but_live_ones_spared(tmp_path):
    part = tmp_path / "crawl_date=2026-01-18"
    part.mkdir()
    stale = part / ".part-dead-00001.parquet.tmp"
    stale.write_bytes(b"half a file")
    assert ds.dataset(tmp_path, partitioning="hive").count_rows() == 0  # invisible to readers
    assert remove_stale_temp_files(tmp_path, older_than=0) == 0
    assert stale.exists()
    assert remove_stale_temp_files(tmp_path) == 1
    assert not stale.exists()


def test_partition_values_cannot_escape_their_directory(tmp_path):
    sink = ParquetSink(tmp_path, ARTICLE_SCHEMA, "run1", partition_by="category")
    sink.add(article(1) | {"category": "../../etc"})
    (written,) = sink.close()
    assert written.path.resolve().is_relative_to(tmp_path.resolve())


def test_partitioning_by_a_schema_column_keeps_every_reader_working(tmp_path):
    sink = ParquetSink(tmp_path, ARTICLE_SCHEMA, "run1", partition_by="category")
    sink.add(article(1))
    sink.add(article(2) | {"category": "财经"})
    sink.close()
    assert {p.parent.name for p in tmp_path.rglob("*.parquet")} == {
        "category=社会",
        "category=财经",
    }
    frame = pd.read_parquet(tmp_path).sort_values("url")
    assert list(frame["category"].astype(str)) == ["社会", "财经"]
    rows = (
        duckdb.connect()
        .execute(
            f"SELECT category FROM read_parquet('{tmp_path}/**/*.parquet', hive_partitioning=1) "
            "ORDER BY url"
        )
        .fetchall()
    )
    assert rows == [("社会",), ("财经",)]


def test_before_write_decides_which_rows_of_a_flush_are_written(tmp_path):
    """A shared dedup store seals the rows first and drops the ones another worker
    replaced; the file holds the rest, and on_written reports only those."""
    offered, reported = [], []

    def keep_odd(rows: list[dict]) -> list[dict]:
        offered.append([row["url"] for row in rows])
        return [row for row in rows if row["content_hash"] in ("h1", "h3")]

    sink = ParquetSink(
        tmp_path, ARTICLE_SCHEMA, "run1", batch_rows=3, before_write=keep_odd,
        on_written=lambda written: reported.extend(row["url"] for row in written.rows),
    )  # fmt: skip
    for n in (1, 2, 3):
        sink.add(article(n))
    assert offered == [[article(n)["url"] for n in (1, 2, 3)]]
    assert reported == [article(1)["url"], article(3)["url"]]
    assert sorted(pd.read_parquet(tmp_path)["url"]) == reported
    assert sink.flush() == []  # nothing buffered: the hook is not called for nothing
    assert len(offered) == 1

"""Dataset locations: local paths keep temp + rename, filesystem URIs are written in one go."""

from __future__ import annotations

import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest

from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink
from snapcrawl.store.filesystem import DatasetLocation, open_location


def test_a_plain_path_and_a_file_uri_are_local(tmp_path):
    plain = open_location(tmp_path)
    uri = open_location(f"file://{tmp_path}")
    assert plain.local
    assert uri.local
    assert plain.path == uri.path == str(tmp_path)
    assert (plain / "articles").path == f"{tmp_path}/articles"


def test_an_unknown_scheme_is_a_value_error_naming_the_uri():
    with pytest.raises(ValueError, match="nosuch://bucket"):
        open_location("nosuch://bucket/news")


def test_a_file_uri_sink_writes_like_a_local_one(tmp_path):
    sink = ParquetSink(open_location(f"file://{tmp_path}") / "articles", ARTICLE_SCHEMA, "run1")
    sink.add({"url": "http://a.example/1", "crawl_date": "2026-01-18"})
    (written,) = sink.close()
    partition = tmp_path / "articles" / "crawl_date=2026-01-18"
    assert written.path == partition / "part-run1-00001.parquet"
    assert pq.read_table(written.path).num_rows == 1


def test_an_object_store_gets_the_final_key_directly_and_no_temporary_file():
    filesystem, _ = pafs.FileSystem.from_uri("mock:///")  # arrow's in-memory test filesystem
    location = DatasetLocation(filesystem, "bucket/news")
    assert not location.local
    sink = ParquetSink(location / "articles", ARTICLE_SCHEMA, "run1", batch_rows=2)
    sink.add({"url": "http://a.example/1", "crawl_date": "2026-01-18"})
    (written,) = sink.add({"url": "http://a.example/2", "crawl_date": "2026-01-18"})
    key = "bucket/news/articles/crawl_date=2026-01-18/part-run1-00001.parquet"
    assert str(written.path) == key
    files = filesystem.get_file_info(pafs.FileSelector("bucket", recursive=True))
    assert [f.path for f in files if f.type == pafs.FileType.File] == [key]
    assert pq.read_table(key, filesystem=filesystem).column("url").to_pylist() == [
        "http://a.example/1",
        "http://a.example/2",
    ]
    assert written.bytes == filesystem.get_file_info(key).size

from __future__ import annotations

from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink
from snapcrawl.store.filesystem import open_location
from snapcrawl.store.reconcile import urls_written_by_run
from tests.snapcrawl.store.test_parquet import article


def test_finds_only_the_runs_own_visible_files(tmp_path):
    for run_id, numbers in (("run-a", (1, 2)), ("run-b", (3,))):
        sink = ParquetSink(tmp_path / "articles", ARTICLE_SCHEMA, run_id, batch_rows=1)
        for n in numbers:
            sink.add(article(n))
        sink.close()
    (tmp_path / "articles" / "crawl_date=2026-01-18" / ".part-run-a-00009.parquet.tmp").write_bytes(
        b"x"
    )
    table = open_location(tmp_path) / "articles"
    assert urls_written_by_run(table, "run-a") == {article(1)["url"], article(2)["url"]}
    assert urls_written_by_run(table, "run-b") == {article(3)["url"]}
    assert urls_written_by_run(table, "run-c") == set()
    assert urls_written_by_run(open_location(tmp_path / "nothing"), "run-a") == set()

"""The parquet feed format: -O writes a file pandas reads; -o never corrupts one."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from crawler.exporters import check_parquet_feed
from snapcrawl.errors import ConfigError
from tests.crawling import crawl_stats, run_scrapy_crawl


def test_dash_capital_o_writes_a_parquet_file(demo_site, tmp_path):
    out = tmp_path / "out.parquet"
    result = run_scrapy_crawl(
        demo_site.url, tmp_path / "data", "CLOSESPIDER_ITEMCOUNT=3", args=("-O", str(out))
    )
    table = pq.read_table(out)
    assert "'item_scraped_count'" in crawl_stats(result)
    assert table.num_rows >= 3
    assert {"url", "title", "body", "published_at", "content_hash"} <= set(table.schema.names)
    assert table.schema.field("published_at").type.tz == "Asia/Shanghai"


def test_dash_o_onto_an_existing_file_fails_clearly_and_leaves_it_whole(demo_site, tmp_path):
    out = tmp_path / "out.parquet"
    run_scrapy_crawl(
        demo_site.url, tmp_path / "data", "CLOSESPIDER_ITEMCOUNT=2", args=("-O", str(out))
    )
    before = out.read_bytes()
    result = run_scrapy_crawl(
        demo_site.url,
        tmp_path / "data",
        "CLOSESPIDER_ITEMCOUNT=2",
        args=("-o", str(out)),
        check=False,
    )
    assert result.returncode != 0
    assert "cannot be appended to: use -O to overwrite" in result.stderr
    assert out.read_bytes() == before
    pq.read_table(out)


@pytest.mark.parametrize(
    ("uri", "options"),
    [
        ("new.parquet", {"format": "parquet"}),
        ("out-%(time)s.parquet", {"format": "parquet"}),
        ("exists.parquet", {"format": "parquet", "overwrite": True}),
        ("exists.parquet", {"format": "jsonlines"}),
    ],
)
def test_guard_allows_what_cannot_corrupt(tmp_path, monkeypatch, uri, options):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "exists.parquet").write_bytes(b"PAR1")
    check_parquet_feed(uri, options)


def test_guard_refuses_appending_to_a_file_uri(tmp_path):
    existing = tmp_path / "x.parquet"
    existing.write_bytes(b"PAR1")
    with pytest.raises(ConfigError, match="FEEDS"):
        check_parquet_feed(existing.as_uri(), {"format": "parquet"})

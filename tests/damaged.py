"""A dataset table holding one unreadable Parquet file beside a good one: what a disk
fault or a copy cut short leaves, for the tests of every reader that must name it."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

GOOD = "part-a-0.parquet"
BROKEN = "part-b-0.parquet"


def with_broken_file(data_dir: Path, table: str = "articles") -> Path:
    """Write ``table/crawl_date=2025-01-01/`` under ``data_dir``: a readable file
    (:data:`GOOD`) and one that is not Parquet (:data:`BROKEN`); returns the broken one."""
    partition = Path(data_dir) / table / "crawl_date=2025-01-01"
    partition.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"url": ["http://a.example/1.html"]}), partition / GOOD)
    broken = partition / BROKEN
    broken.write_bytes(b"not parquet" * 10)
    return broken

"""Read a snapcrawl dataset back, partition columns included."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow.dataset as ds

if TYPE_CHECKING:
    import pandas

TABLES = ("articles", "duplicates", "runs")


def open_table(data_dir: str | Path, table: str = "articles") -> ds.Dataset:
    """The table as a pyarrow dataset (hive-partitioned); a clear error if it is missing."""
    if table not in TABLES:
        raise ValueError(f"table={table!r}: use one of {', '.join(TABLES)}")
    path = Path(data_dir) / table
    if not path.is_dir():
        raise FileNotFoundError(
            f"no {table} table at {path}: run a crawl first (snapcrawl demo, or "
            f"scrapy crawl snapshot -a start_url=URL -s DATA_DIR={data_dir})"
        )
    return ds.dataset(path, format="parquet", partitioning="hive")


def load_articles(data_dir: str | Path = "data") -> pandas.DataFrame:
    return open_table(data_dir, "articles").to_table().to_pandas()


def load_table(data_dir: str | Path, table: str) -> pandas.DataFrame:
    return open_table(data_dir, table).to_table().to_pandas()

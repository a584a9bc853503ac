"""Read a snapcrawl dataset back, partition columns included.

Files written by different snapcrawl versions may carry different schema
versions (a newer one adds columns). Readers that take the first file's
schema would silently drop the newer columns, so ``open_table`` unifies the
schemas of all files: a column missing from older files reads as null.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
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
    dataset = ds.dataset(path, format="parquet", partitioning="hive")
    schemas = [fragment.physical_schema for fragment in dataset.get_fragments()]
    if len({schema.remove_metadata() for schema in schemas}) <= 1:
        return dataset
    schemas.sort(key=len, reverse=True)  # the widest (newest) layout names the column order
    partition_fields = [f for f in dataset.schema if f.name not in schemas[0].names]
    unified = pa.unify_schemas([*schemas, pa.schema(partition_fields)])
    return ds.dataset(path, format="parquet", partitioning="hive", schema=unified)


def load_articles(data_dir: str | Path = "data") -> pandas.DataFrame:
    return load_table(data_dir, "articles")


def load_table(data_dir: str | Path, table: str) -> pandas.DataFrame:
    return open_table(data_dir, table).to_table().to_pandas()

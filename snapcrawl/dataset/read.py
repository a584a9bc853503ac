"""Read a snapcrawl dataset back, wherever it lives, partition columns included.

The one reader of the three tables, for ``snapcrawl.load``, ``snapcrawl
report``, ``snapcrawl demo``, ``snapcrawl state rebuild``, the incremental
middleware and ``snapcrawl run``. Where a table lives is :class:`DataDir`'s
business: pass a ``DataDir`` (it honours ``SNAPCRAWL_PARQUET_URI``), a DATA_DIR
path, or a directory/filesystem URI holding the tables.

Files written by different snapcrawl versions may carry different schema
versions (a newer one adds columns). A reader that took the first file's
schema would silently drop the newer columns, so :func:`open_table` unifies
the schemas of all files (a column missing from older files reads as null),
and :func:`read_columns` reads under an explicit schema, opening no footer.

``pyarrow.dataset`` (which imports pandas and pyarrow's query engine) is
imported only when a table is there to read: a crawl into an empty DATA_DIR asks
for tables that do not exist yet. (pyarrow still imports pandas on its first
conversion of Python values, which any writer pays.)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.fs as pafs

from snapcrawl.errors import UnreadableDataset
from snapcrawl.layout import ARTICLES, TABLES, DataDir
from snapcrawl.store.filesystem import DatasetLocation, open_location
from snapcrawl.store.table_fit import misfit

if TYPE_CHECKING:
    import pandas
    import pyarrow.compute as pc  # filters are built by the callers, which import it
    import pyarrow.dataset as ds

Where = str | os.PathLike[str] | DataDir | DatasetLocation

__all__ = [
    "TABLES",
    "load_articles",
    "load_table",
    "open_table",
    "read_batches",
    "read_columns",
    "table_location",
    "typed_dataset",
]


def table_location(where: Where, table: str) -> DatasetLocation:
    """Where ``table`` lives: under a DataDir's dataset, or under a directory or URI."""
    if table not in TABLES:
        raise ValueError(f"table={table!r}: use one of {', '.join(TABLES)}")
    if isinstance(where, DataDir):
        return where.table(table)
    return open_location(where) / table


def is_table(location: DatasetLocation) -> bool:
    return location.filesystem.get_file_info(location.path).type == pafs.FileType.Directory


def open_table(where: Where, table: str = ARTICLES) -> ds.Dataset:
    """The table as a pyarrow dataset (hive-partitioned); a clear error if it is missing."""
    location = table_location(where, table)
    if not is_table(location):
        data_dir = where.root if isinstance(where, DataDir) else where
        shown = Path(data_dir) / table if location.local else location.describe()
        raise FileNotFoundError(
            f"no {table} table at {shown}: run a crawl first (snapcrawl demo, or "
            f"scrapy crawl snapshot -a start_url=URL -s DATA_DIR={data_dir})"
        )
    return unified_dataset(location, table)


def unified_dataset(location: DatasetLocation, table: str = "") -> ds.Dataset:
    """The files under ``location`` read under the union of their schemas; given ``table``,
    a file whose columns contradict that table's is named (it would fail every read)."""
    try:
        return _unified_dataset(location, table)
    except (pa.ArrowInvalid, OSError) as error:  # a footer that is not Parquet names its file
        raise UnreadableDataset(location.describe(), str(error)) from error


def _unified_dataset(location: DatasetLocation, table: str) -> ds.Dataset:
    import pyarrow.dataset as ds

    options = {"filesystem": location.filesystem, "format": "parquet", "partitioning": "hive"}
    dataset = ds.dataset(location.path, **options)
    fragments = list(dataset.get_fragments())
    schemas = [fragment.physical_schema for fragment in fragments]
    if len({schema.remove_metadata() for schema in schemas}) <= 1:
        return dataset
    for fragment, schema in zip(fragments, schemas, strict=True):  # files differ: rare
        if problem := misfit(table, schema):
            raise pa.ArrowInvalid(f"{fragment.path}: not a file of this table: {problem}")
    schemas.sort(key=len, reverse=True)  # the widest (newest) layout names the column order
    partition_fields = [f for f in dataset.schema if f.name not in schemas[0].names]
    try:
        unified = pa.unify_schemas([*schemas, pa.schema(partition_fields)])
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return dataset  # files disagree on a type: read under the first file's schema
    return ds.dataset(location.path, schema=unified, **options)


def read_columns(
    where: Where,
    table: str,
    schema: pa.Schema,
    where_rows: pc.Expression | Callable[[], pc.Expression] | None = None,
    columns: list[str] | None = None,
) -> pa.Table | None:
    """``columns`` (default: all of ``schema``) of the rows matching ``where_rows``.

    ``schema`` types the columns wanted, so files written before a column existed
    read it as null and no footer is opened to reconcile schemas. A missing or
    empty table reads as None. ``where_rows`` may be a function building the
    filter, called only when there is a file to read: building one converts
    Python values, and pyarrow's first conversion imports pandas (~0.2 s), which
    a crawl into an empty DATA_DIR need not pay.
    """
    dataset = typed_dataset(where, table, schema)
    if dataset is None:
        return None
    if callable(where_rows):
        where_rows = where_rows()
    return dataset.to_table(columns=columns, filter=where_rows)


def read_batches(
    where: Where,
    table: str,
    schema: pa.Schema,
    where_rows: pc.Expression | None = None,
    batch_size: int = 1000,
) -> Iterator[pa.RecordBatch]:
    """As :func:`read_columns`, but streamed: one pass over the files, at most
    ``batch_size`` rows in memory at a time (a filtered batch may hold fewer)."""
    dataset = typed_dataset(where, table, schema)
    if dataset is None:
        return
    for batch in dataset.to_batches(filter=where_rows, batch_size=batch_size):
        if batch.num_rows:
            yield batch


def typed_dataset(where: Where, table: str, schema: pa.Schema) -> ds.Dataset | None:
    """The table read under ``schema``; None when it is missing or holds no file."""
    location = table_location(where, table)
    if not is_table(location):
        return None
    import pyarrow.dataset as ds

    dataset = ds.dataset(
        location.path,
        filesystem=location.filesystem,
        schema=schema,
        format="parquet",
        partitioning="hive",
    )
    return dataset if dataset.files else None


def load_articles(where: Where = "data") -> pandas.DataFrame:
    return load_table(where, ARTICLES)


def load_table(where: Where, table: str) -> pandas.DataFrame:
    dataset = open_table(where, table)
    try:
        return dataset.to_table().to_pandas()
    except (pa.ArrowInvalid, OSError) as error:  # a file cut short after its footer
        raise UnreadableDataset(table_location(where, table).describe(), str(error)) from error

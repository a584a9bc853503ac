"""Read a few columns of a dataset table, wherever the dataset lives.

``read_table`` takes a directory or a pyarrow filesystem URI (what
``SNAPCRAWL_PARQUET_URI`` names) and an explicit schema of the columns wanted,
so files written before a column existed read it as null, and no file footer
is opened just to reconcile schemas. A missing or empty table reads as None.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as pafs

from snapcrawl.store.filesystem import DatasetLocation, open_location


def read_table(
    root: str | Path | DatasetLocation,
    table: str,
    schema: pa.Schema,
    where: pc.Expression | None = None,
    columns: list[str] | None = None,
) -> pa.Table | None:
    """``columns`` (default: all of ``schema``) of the rows of ``root/table`` matching ``where``."""
    location = open_location(root) / table
    if location.filesystem.get_file_info(location.path).type != pafs.FileType.Directory:
        return None
    dataset = ds.dataset(
        location.path,
        filesystem=location.filesystem,
        schema=schema,
        format="parquet",
        partitioning="hive",
    )
    if not dataset.files:
        return None
    return dataset.to_table(columns=columns, filter=where)

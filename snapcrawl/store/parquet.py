"""Append rows to a hive-partitioned Parquet dataset, one complete file at a time.

A file becomes visible to readers only once it is whole. On a local disk it is
written under a hidden temporary name at the table's root (leading dot, ``.tmp``
suffix, which pyarrow, pandas and DuckDB's ``*.parquet`` globs all skip) and
renamed into its partition. In an object store (any :class:`DatasetLocation` that is not local: S3,
GCS ...) there is no rename, but an upload is visible only once complete, so
the file is built in memory and uploaded to its final key in one go. Rows are
buffered up to ``batch_rows`` so memory stays bounded however long the crawl.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from snapcrawl.layout import PART, part_name
from snapcrawl.store.arrow_columns import arrow_table
from snapcrawl.store.filesystem import DatasetLocation, open_location

logger = logging.getLogger(__name__)

TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class WrittenFile:
    """A file that is now visible in the dataset, with the rows it holds."""

    path: PurePath  # a Path on a local disk, else the path inside the filesystem
    rows: list[dict[str, Any]]
    bytes: int


@dataclass
class ParquetSink:
    """Buffer rows for one table of one run and write them as complete files.

    ``partition_by`` names a column whose value becomes the hive directory
    (``crawl_date=2025-02-13``); the column is kept out of the file itself so
    readers with hive partitioning do not see it twice. ``root`` is a local
    directory or a :class:`DatasetLocation` (see ``snapcrawl.store.filesystem``).
    """

    root: Path | DatasetLocation
    schema: pa.Schema
    run_id: str
    partition_by: str | None = "crawl_date"
    batch_rows: int = 2000
    compression: str = "zstd"
    on_written: Callable[[WrittenFile], None] | None = None
    # the rows of a flush that may still be written (a shared dedup store drops the
    # ones another worker replaced by a better copy); called before any file is made
    before_write: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None = None
    _buffer: list[dict[str, Any]] = field(default_factory=list, init=False)
    _sequence: int = field(default=0, init=False)
    bytes_written: int = field(default=0, init=False)
    rows_written: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.location = open_location(self.root)
        if not self.location.local:
            self.root = self.location
        elif isinstance(self.root, DatasetLocation) or "://" in os.fspath(self.root):
            self.root = Path(self.location.path)
        else:
            self.root = Path(self.root)  # as given: a relative root stays relative
        if self.batch_rows < 1:
            raise ValueError(f"batch_rows={self.batch_rows}: use a positive number of rows")

    @property
    def file_schema(self) -> pa.Schema:
        """The schema of the files: without the partition column, which the directory
        carries (readers that merge hive partitions refuse a column found in both)."""
        if self.partition_by and self.partition_by in self.schema.names:
            return self.schema.remove(self.schema.get_field_index(self.partition_by))
        return self.schema

    def add(self, row: Mapping[str, Any]) -> list[WrittenFile]:
        """Buffer one row; returns the files written if the buffer was flushed."""
        self._buffer.append(dict(row))
        if len(self._buffer) >= self.batch_rows:
            return self.flush()
        return []

    def discard(self, column: str, value: Any) -> int:
        """Drop the buffered (not yet written) rows whose ``column`` is ``value``."""
        before = len(self._buffer)
        self._buffer = [row for row in self._buffer if row.get(column) != value]
        return before - len(self._buffer)

    def update(self, column: str, old: Any, new: Any) -> int:
        """Set ``column`` to ``new`` in the buffered rows where it is ``old``."""
        changed = 0
        for row in self._buffer:
            if row.get(column) == old:
                row[column] = new
                changed += 1
        return changed

    def flush(self) -> list[WrittenFile]:
        """Write every buffered row; one file per partition value."""
        if not self._buffer:
            return []
        rows, self._buffer = self._buffer, []
        if self.before_write is not None:
            rows = self.before_write(rows)
        written = []
        for partition, group in _group_rows(rows, self.partition_by).items():
            written.append(self._write_file(partition, group))
        return written

    def close(self) -> list[WrittenFile]:
        return self.flush()

    def _write_file(self, partition: str | None, rows: list[dict[str, Any]]) -> WrittenFile:
        self._sequence += 1
        name = part_name(self.run_id, self._sequence)
        if self.location.local:
            directory = Path(self.root)
            final = (directory / partition if partition else directory) / name
            final.parent.mkdir(parents=True, exist_ok=True)
            size = self._write_local(rows_to_table(rows, self.file_schema), directory, final)
        else:
            directory = self.location / partition if partition else self.location
            final = PurePath(directory.path) / name
            size = self._upload(rows_to_table(rows, self.file_schema), directory, name)
        self.bytes_written += size
        self.rows_written += len(rows)
        result = WrittenFile(final, rows, size)
        logger.debug("wrote %d rows to %s", len(rows), final)
        if self.on_written is not None:
            self.on_written(result)
        return result

    def _write_local(self, table: pa.Table, root: Path, final: Path) -> int:
        # the temporary file sits at the table's root, not in the partition: a compaction
        # swaps partition directories, and must not carry a half-written file away
        temp = root / f"{TEMP_PREFIX}{final.name}{TEMP_SUFFIX}"
        try:
            pq.write_table(table, temp, **self._options(table))
            _fsync(temp)
            os.replace(temp, final)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return final.stat().st_size

    def _upload(self, table: pa.Table, directory: DatasetLocation, name: str) -> int:
        """Build the file in memory, then write its final key in one upload."""
        buffer = pa.BufferOutputStream()
        pq.write_table(table, buffer, **self._options(table))
        data = buffer.getvalue()
        filesystem = directory.filesystem
        filesystem.create_dir(directory.path, recursive=True)  # a no-op on object stores
        with filesystem.open_output_stream(f"{directory.path}/{name}") as stream:
            stream.write(data)
        return data.size

    def _options(self, table: pa.Table) -> dict[str, Any]:
        return {
            "compression": self.compression,
            "row_group_size": max(table.num_rows, 1),
            "write_statistics": True,
        }


def rows_to_table(rows: Iterable[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    """Build a table with exactly ``schema``'s columns; unknown keys are ignored."""
    rows = list(rows)
    columns = {name: [row.get(name) for row in rows] for name in schema.names}
    return arrow_table(columns, schema)  # as pa.Table.from_pydict, without importing pandas


def remove_stale_temp_files(root: Path, older_than: float | None = None) -> int:
    """Delete temporary files a killed run left behind; readers never saw them.

    ``older_than`` (a POSIX time) spares files that may belong to a live run,
    e.g. another worker writing into the same dataset.
    """
    root = Path(root)
    if not root.exists():
        return 0
    removed = 0
    for path in root.rglob(f"{TEMP_PREFIX}{PART}*{TEMP_SUFFIX}"):
        if older_than is not None and path.stat().st_mtime > older_than:
            continue
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def _group_rows(
    rows: list[dict[str, Any]], partition_by: str | None
) -> dict[str | None, list[dict[str, Any]]]:
    if not partition_by:
        return {None: rows}
    groups: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[f"{partition_by}={_partition_value(row.get(partition_by))}"].append(row)
    return groups


def _partition_value(value: Any) -> str:
    if value is None or value == "":
        return "__HIVE_DEFAULT_PARTITION__"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    # a value must not escape its directory or split the key=value pair
    return "".join("_" if ch in "/\\=:\0" else ch for ch in text)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())

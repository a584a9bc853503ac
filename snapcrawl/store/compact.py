"""Merge the small files of each partition into large ones, atomically.

Every crawl adds files and never rewrites old ones, so a dataset fed by hourly
runs gathers thousands of small files, which slows every reader. Compaction
rewrites each partition into few large files in a hidden sibling directory,
then swaps the two directories in one step (``exchange_directories``): a
reader sees either the old files or the new ones, never both and never none.
A file a live crawl renamed into the partition while compaction ran is moved
across after the swap, so nothing is lost.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from snapcrawl.layout import compacted_part_name
from snapcrawl.store.parquet import TEMP_PREFIX, TEMP_SUFFIX
from snapcrawl.store.schema import SCHEMA_VERSION_KEY
from snapcrawl.store.swap import exchange_directories

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CompactionResult:
    partition: Path
    files_before: int
    files_after: int
    rows: int


def compact_table(
    root: Path, *, target_rows: int = 500_000, compression: str = "zstd"
) -> list[CompactionResult]:
    """Compact every partition directory under ``root`` that holds more than one file."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"no table at {root}: nothing to compact")
    directories = sorted({path.parent for path in _visible_files(root, recursive=True)})
    results = []
    for directory in directories:
        result = compact_partition(directory, target_rows=target_rows, compression=compression)
        if result is not None:
            results.append(result)
    return results


def compact_partition(
    directory: Path, *, target_rows: int = 500_000, compression: str = "zstd"
) -> CompactionResult | None:
    files = _visible_files(directory, recursive=False)
    if len(files) < 2:
        return None
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}"
    staging = directory.with_name(f"{TEMP_PREFIX}{directory.name}.compact-{stamp}")
    staging.mkdir()
    try:
        rows, written = _rewrite(files, staging, stamp, target_rows, compression)
        exchange_directories(directory, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # ``staging`` now holds the old files; keep any a live crawl added meanwhile
    inputs = {path.name for path in files}
    for late in _visible_files(staging, recursive=False):
        if late.name not in inputs:
            late.rename(directory / late.name)
            written += 1
    shutil.rmtree(staging)
    logger.info("compacted %s: %d files -> %d (%d rows)", directory, len(files), written, rows)
    return CompactionResult(directory, len(files), written, rows)


def _rewrite(
    files: list[Path], staging: Path, stamp: str, target_rows: int, compression: str
) -> tuple[int, int]:
    """Stream the files' row groups into files of about ``target_rows`` rows."""
    schema = unified_schema(files)
    writer: pq.ParquetWriter | None = None
    sequence = rows = rows_in_file = 0
    try:
        for path in files:
            parquet = pq.ParquetFile(path)
            for index in range(parquet.num_row_groups):
                table = parquet.read_row_group(index)
                table = _conform(table, schema)
                if writer is None or rows_in_file >= target_rows:
                    if writer is not None:
                        writer.close()
                    sequence += 1
                    writer = pq.ParquetWriter(
                        staging / compacted_part_name(stamp, sequence),
                        schema,
                        compression=compression,
                    )
                    rows_in_file = 0
                writer.write_table(table, row_group_size=max(table.num_rows, 1))
                rows += table.num_rows
                rows_in_file += table.num_rows
    finally:
        if writer is not None:
            writer.close()
    return rows, sequence


def unified_schema(files: list[Path]) -> pa.Schema:
    """One schema for files of several schema versions: the newest layout, plus any
    column only older files have, so compaction never drops data."""
    schemas = [pq.read_schema(path) for path in files]
    schemas.sort(key=_schema_version, reverse=True)
    return pa.unify_schemas(schemas)


def _schema_version(schema: pa.Schema) -> tuple[int, int]:
    raw = (schema.metadata or {}).get(SCHEMA_VERSION_KEY, b"0")
    return (int(raw) if raw.isdigit() else 0, len(schema))


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Older files may lack newer columns: add them as nulls, in the schema's order."""
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _visible_files(directory: Path, *, recursive: bool) -> list[Path]:
    pattern = "**/*.parquet" if recursive else "*.parquet"
    return sorted(
        path
        for path in directory.glob(pattern)
        if not any(
            part.startswith((TEMP_PREFIX, "_")) for part in path.relative_to(directory).parts
        )
        and not path.name.endswith(TEMP_SUFFIX)
    )

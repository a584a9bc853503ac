"""Merge the small files of each partition into large ones, atomically.

Every crawl adds files and never rewrites old ones, so a dataset fed by hourly
runs gathers thousands of small files, which slows every reader. Compaction
rewrites each partition into few large files in a staging directory outside
every table (``DATA_DIR/state/compact/<stamp>/``, see :mod:`.staging`: no
reader's glob such as DuckDB's ``articles/**/*.parquet`` can see it), then
swaps the two directories in one step (``exchange_directories``): a reader sees
either the old files or the new ones, never both and never none. A file a live
crawl renamed into the partition while compaction ran is moved across after
the swap, so nothing is lost; the crawl writes its temporary files at the
table's root, not in the partition, so the swap never pulls one from under it.
A compaction killed part-way leaves only its staging directory, which the next
compaction (or crawl) finishes or removes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from snapcrawl.layout import DataDir, compacted_part_name
from snapcrawl.store.schema import SCHEMA_VERSION_KEY
from snapcrawl.store.staging import Staging, recover_compactions, visible_files
from snapcrawl.store.swap import exchange_directories

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CompactionResult:
    partition: Path
    files_before: int
    files_after: int
    rows: int


def compact_table(
    root: Path,
    *,
    target_rows: int = 500_000,
    compression: str = "zstd",
    staging: Path | None = None,
) -> list[CompactionResult]:
    """Compact every partition directory under ``root`` that holds more than one file.

    ``staging`` is where new files are built: by default ``state/compact`` beside
    the table (``DATA_DIR/state/compact`` for ``DATA_DIR/articles``); it must be on
    the same file system as ``root``. A dead compaction's leftovers there are
    finished or removed first.
    """
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"no table at {root}: nothing to compact")
    staging = Path(staging) if staging is not None else default_staging(root)
    recover_compactions(staging)
    directories = sorted({path.parent for path in visible_files(root, recursive=True)})
    results = []
    for directory in directories:
        result = compact_partition(
            directory, target_rows=target_rows, compression=compression, staging=staging
        )
        if result is not None:
            results.append(result)
    return results


def default_staging(table_root: Path) -> Path:
    return DataDir(Path(table_root).absolute().parent).compact_staging


def compact_partition(
    directory: Path,
    *,
    target_rows: int = 500_000,
    compression: str = "zstd",
    staging: Path | None = None,
) -> CompactionResult | None:
    directory = Path(directory).absolute()
    files = visible_files(directory, recursive=False)
    if len(files) < 2:
        return None
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}"
    inputs = {path.name for path in files}
    with Staging.start(
        staging or default_staging(directory.parent), stamp, directory, inputs
    ) as work:
        rows, written = _rewrite(files, work.new, stamp, target_rows, compression)
        exchange_directories(directory, work.new)
        # ``work.new`` now holds the old files; keep any a live crawl added meanwhile
        written += work.move_late_files()
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

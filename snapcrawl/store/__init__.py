"""Parquet layout: the schemas and the sink that writes them."""

from __future__ import annotations

from snapcrawl.store.parquet import ParquetSink, WrittenFile, remove_stale_temp_files, rows_to_table
from snapcrawl.store.schema import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, RUN_SCHEMA, SCHEMA_VERSION

__all__ = [
    "ARTICLE_SCHEMA",
    "DUPLICATE_SCHEMA",
    "RUN_SCHEMA",
    "SCHEMA_VERSION",
    "ParquetSink",
    "WrittenFile",
    "remove_stale_temp_files",
    "rows_to_table",
]

"""One explicit pyarrow schema per table, so every file of a dataset agrees on types.

Readers (pandas, polars, DuckDB) see the same column types whatever a batch
happened to contain: an all-null batch must not turn ``published_at`` into a
null column, and that only holds when the schema is declared, not inferred.
"""

from __future__ import annotations

import pyarrow as pa

from snapcrawl.layout import ARTICLES, DUPLICATES, RUNS

SCHEMA_VERSION = "2"  # 2 added editor and original_title
SCHEMA_VERSION_KEY = b"snapcrawl.schema_version"
TABLE_KEY = b"snapcrawl.table"
SHANGHAI = "Asia/Shanghai"

_metadata = {SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()}


def _table_schema(name: str, fields: list[pa.Field]) -> pa.Schema:
    return pa.schema(fields, metadata={**_metadata, TABLE_KEY: name.encode()})


ARTICLE_SCHEMA = _table_schema(
    ARTICLES,
    [
        pa.field("url", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("body", pa.string()),
        pa.field("category", pa.string()),
        pa.field("published_at", pa.timestamp("us", tz=SHANGHAI)),
        pa.field("source", pa.string()),
        pa.field("source_url", pa.string()),
        pa.field("snapshot_at", pa.timestamp("us", tz=SHANGHAI)),
        pa.field("crawled_at", pa.timestamp("us", tz="UTC")),
        pa.field("run_id", pa.string()),
        pa.field("content_hash", pa.string()),
        pa.field("author", pa.string()),
        pa.field("host", pa.string()),
        pa.field("noise", pa.list_(pa.string())),
        pa.field("keywords", pa.list_(pa.string())),
        pa.field("editor", pa.string()),
        pa.field("original_title", pa.string()),
    ],
)

DUPLICATE_SCHEMA = _table_schema(
    DUPLICATES,
    [
        pa.field("url", pa.string(), nullable=False),
        pa.field("dup_of", pa.string()),
        pa.field("kind", pa.string()),
        pa.field("similarity", pa.float64()),
        pa.field("run_id", pa.string()),
        pa.field("host", pa.string()),
        pa.field("title", pa.string()),
        pa.field("detected_at", pa.timestamp("us", tz="UTC")),
    ],
)

RUN_SCHEMA = _table_schema(
    RUNS,
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("spider", pa.string()),
        pa.field("worker", pa.string()),
        pa.field("start_url", pa.string()),
        pa.field("started_at", pa.timestamp("us", tz="UTC")),
        pa.field("finished_at", pa.timestamp("us", tz="UTC")),
        pa.field("finish_reason", pa.string()),
        pa.field("pages_fetched", pa.int64()),
        pa.field("articles_kept", pa.int64()),
        pa.field("duplicates_url", pa.int64()),
        pa.field("duplicates_exact", pa.int64()),
        pa.field("duplicates_near", pa.int64()),
        pa.field("not_articles", pa.int64()),
        pa.field("errors", pa.map_(pa.string(), pa.int64())),
        pa.field("noise_removed", pa.int64()),
        pa.field("bytes_written", pa.int64()),
    ],
)

"""The ``parquet`` feed format, so ``scrapy crawl snapshot -O out.parquet`` works the Scrapy way.

Parquet cannot be appended to: its footer sits at the end of the file. So
``-o`` (append) onto an existing non-empty ``.parquet`` file is refused at
start by ``ParquetFeedGuard``, before a byte is written, with the fix in the
message; ``-O`` overwrites, and ``-o 'out-%(time)s.parquet'`` writes a new
file per run.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlparse

import pyarrow as pa
import pyarrow.parquet as pq
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exporters import BaseItemExporter

from crawler.defaults import SNAPCRAWL_PARQUET_COMPRESSION
from snapcrawl.errors import ConfigError
from snapcrawl.store import ARTICLE_SCHEMA, rows_to_table

FEED_SCHEMA = ARTICLE_SCHEMA.append(pa.field("crawl_date", pa.date32()))


class ParquetItemExporter(BaseItemExporter):
    """Write items as row groups of ``batch_rows``; article items use the dataset's schema."""

    def __init__(self, file: IO[bytes], batch_rows: int = 1000, **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        self.file = file
        self.batch_rows = batch_rows
        self._rows: list[dict[str, Any]] = []
        self._schema: pa.Schema | None = None
        self._writer: pq.ParquetWriter | None = None

    def export_item(self, item: Any) -> None:
        row = dict(self.get_serialized_fields(item, default_value=None))
        if self._schema is None:
            self._schema = (
                FEED_SCHEMA if "content_hash" in ItemAdapter(item).field_names() else None
            )
        self._rows.append(row)
        if len(self._rows) >= self.batch_rows:
            self._flush()

    def serialize_field(self, field: Any, name: str, value: Any) -> Any:
        return value  # keep datetimes and lists: pyarrow types them

    def finish_exporting(self) -> None:
        self._flush()
        if self._writer is None:  # no item at all: still a valid, empty file
            self._writer = pq.ParquetWriter(self.file, self._schema or FEED_SCHEMA)
        self._writer.close()

    def _flush(self) -> None:
        if not self._rows:
            return
        rows, self._rows = self._rows, []
        if self._schema is None:
            table = pa.Table.from_pylist(rows)
            self._schema = table.schema
        else:
            table = rows_to_table(rows, self._schema)
        if self._writer is None:
            self._writer = pq.ParquetWriter(
                self.file, self._schema, compression=SNAPCRAWL_PARQUET_COMPRESSION
            )
        self._writer.write_table(table)


class ParquetFeedGuard:
    """Refuse, at start, a ``-o`` that would append Parquet to an existing file."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParquetFeedGuard:
        feeds = crawler.settings.getdict("FEEDS")
        for uri, options in feeds.items():
            check_parquet_feed(str(uri), options or {})
        return cls()


def check_parquet_feed(uri: str, options: dict[str, Any]) -> None:
    if options.get("format") != "parquet" or options.get("overwrite"):
        return
    parsed = urlparse(uri)
    if parsed.scheme not in ("", "file") or "%(" in uri:
        return
    path = Path(unquote(parsed.path) if parsed.scheme == "file" else uri)
    if path.exists() and path.stat().st_size > 0:
        raise ConfigError(
            "FEEDS",
            uri,
            "a Parquet file cannot be appended to: use -O to overwrite it, or -o a new "
            "file name per run such as 'out-%(time)s.parquet'",
        )

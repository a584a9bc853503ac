"""What earlier runs already saw of a site, read from the dataset they wrote.

Two sets drive incremental crawling besides the dedup store's kept URLs:

* ``duplicates``: pages dropped as an exact or near copy of another story
  (``DATA_DIR/duplicates``). Fetching them again would only drop them again.
* ``recent``: kept articles published (or, without a date, crawled) within the
  re-check window (``DATA_DIR/articles``). They are fetched again so that the
  links inside them, such as a related-stories list, are followed again.

Both are read once per run: only the columns the filter needs, from the
dataset wherever it lives (a directory, or the pyarrow filesystem URI of
``SNAPCRAWL_PARQUET_URI``). Columns that older files lack read as null.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pyarrow as pa
import pyarrow.compute as pc

from snapcrawl.dataset.read import Where, read_columns
from snapcrawl.layout import ARTICLES, DUPLICATES
from snapcrawl.store.schema import ARTICLE_SCHEMA, DUPLICATE_SCHEMA

UTC_US = pa.timestamp("us", tz="UTC")
# The columns read from each table, typed as the writers write them.
COLUMNS = {
    DUPLICATES: pa.schema([DUPLICATE_SCHEMA.field(n) for n in ("url", "kind", "host")]),
    ARTICLES: pa.schema(
        [ARTICLE_SCHEMA.field(n) for n in ("url", "host", "published_at", "crawled_at")]
    ),
}


@dataclass(frozen=True)
class SeenPages:
    duplicates: frozenset[str] = frozenset()
    recent: frozenset[str] = frozenset()


def load_seen_pages(
    data_dir: Where,
    *,
    host: str | None = None,
    recheck_days: float = 0.0,
    now: datetime | None = None,
) -> SeenPages:
    """The duplicate and recently published URLs under ``data_dir`` (of ``host`` only, if given)."""
    duplicates = _urls(
        data_dir, DUPLICATES, _host_filter(host) & pc.field("kind").isin(["exact", "near"])
    )
    recent: frozenset[str] = frozenset()
    if recheck_days > 0:
        cutoff = pa.scalar((now or datetime.now(UTC)) - timedelta(days=recheck_days), UTC_US)
        published = pc.field("published_at")
        young = (published >= cutoff) | (published.is_null() & (pc.field("crawled_at") >= cutoff))
        recent = _urls(data_dir, ARTICLES, _host_filter(host) & young)
    return SeenPages(duplicates=duplicates, recent=recent)


def _host_filter(host: str | None) -> pc.Expression:
    if not host:
        return pc.scalar(True)
    return (pc.field("host") == host) | pc.field("host").is_null()


def _urls(root: Where, table: str, where: pc.Expression) -> frozenset[str]:
    rows = read_columns(root, table, COLUMNS[table], where, columns=["url"])
    return frozenset(rows.column("url").to_pylist()) if rows is not None else frozenset()

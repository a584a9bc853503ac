"""What earlier runs already saw of a site, read from the dataset they wrote.

Two sets drive incremental crawling besides the dedup store's kept URLs:

* ``duplicates``: pages dropped as an exact or near copy of another story
  (``DATA_DIR/duplicates``). Fetching them again would only drop them again.
* ``recent``: kept articles published (or, without a date, crawled) within the
  re-check window (``DATA_DIR/articles``). They are fetched again so that the
  links inside them, such as a related-stories list, are followed again.

Both are read once per run with only the ``url`` column and a filter, so a
large dataset costs a scan, not its memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from snapcrawl.dataset.read import open_table

UTC_US = pa.timestamp("us", tz="UTC")


@dataclass(frozen=True)
class SeenPages:
    duplicates: frozenset[str] = frozenset()
    recent: frozenset[str] = frozenset()


def load_seen_pages(
    data_dir: str | Path,
    *,
    host: str | None = None,
    recheck_days: float = 0.0,
    now: datetime | None = None,
) -> SeenPages:
    """The duplicate and recently published URLs under ``data_dir`` (of ``host`` only, if given)."""
    duplicates = _urls(
        data_dir, "duplicates", _host_filter(host) & pc.field("kind").isin(["exact", "near"])
    )
    recent: frozenset[str] = frozenset()
    if recheck_days > 0:
        cutoff = pa.scalar((now or datetime.now(UTC)) - timedelta(days=recheck_days), UTC_US)
        published = pc.field("published_at")
        young = (published >= cutoff) | (published.is_null() & (pc.field("crawled_at") >= cutoff))
        recent = _urls(data_dir, "articles", _host_filter(host) & young)
    return SeenPages(duplicates=duplicates, recent=recent)


def _host_filter(host: str | None) -> pc.Expression:
    if not host:
        return pc.scalar(True)
    return (pc.field("host") == host) | pc.field("host").is_null()


def _urls(data_dir: str | Path, table: str, where: pc.Expression) -> frozenset[str]:
    if not (Path(data_dir) / table).is_dir():
        return frozenset()
    dataset: ds.Dataset = open_table(data_dir, table)
    if not dataset.files:
        return frozenset()
    urls = dataset.to_table(columns=["url"], filter=where).column("url")
    return frozenset(urls.to_pylist())

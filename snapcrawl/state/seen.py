"""What earlier runs already saw of a site, read from the dataset they wrote.

Three sets drive incremental crawling besides the dedup store's kept URLs:

* ``duplicates``: pages dropped as an exact or near copy of another story
  (``DATA_DIR/duplicates``). Fetching them again would only drop them again.
  So are other views of a story (print, mobile) that were not fetched because
  the page naming them was an article (``alternate`` rows).
* ``redirects``: URLs that redirected to a kept or dropped story (``redirect``
  rows of ``DATA_DIR/duplicates``, one a hop). A site that moved to new URLs keeps
  linking the old ones; fetching them again would cost a redirect and drop the
  story as a ``url`` duplicate.
* ``recent``: kept articles published (or, without a date, crawled) within the
  re-check window (``DATA_DIR/articles``). They are fetched again so that the
  links inside them, such as a related-stories list, are followed again.

Each is read once per run: only the columns the filter needs, from the
dataset wherever it lives (a directory, or the pyarrow filesystem URI of
``SNAPCRAWL_PARQUET_URI``). Columns that older files lack read as null.

A table with no file yet (a first run) is not read at all, and its filter is
not built: building one converts Python values (the host, the cutoff), and
pyarrow's first conversion imports pandas (~0.2 s), which a crawl into an empty
DATA_DIR need not pay. ``pyarrow.compute`` is imported only to build a filter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pyarrow as pa

from snapcrawl.dataset.read import Where, read_columns
from snapcrawl.dedup.types import ALTERNATE, REDIRECT
from snapcrawl.layout import ARTICLES, DUPLICATES
from snapcrawl.store.schema import ARTICLE_SCHEMA, DUPLICATE_SCHEMA

if TYPE_CHECKING:
    import pyarrow.compute as pc

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
    redirects: frozenset[str] = frozenset()


def load_seen_pages(
    data_dir: Where,
    *,
    host: str | Sequence[str | None] | None = None,
    recheck_days: float = 0.0,
    now: datetime | None = None,
) -> SeenPages:
    """The duplicate, redirecting and recently published URLs under ``data_dir`` (of
    ``host`` only, if given: one host, or several spellings of one site read in the
    same pass)."""

    def copies() -> pc.Expression:
        import pyarrow.compute as pc

        return _host_filter(host) & pc.field("kind").isin(["exact", "near", ALTERNATE, REDIRECT])

    def young() -> pc.Expression:
        import pyarrow.compute as pc

        cutoff = pa.scalar((now or datetime.now(UTC)) - timedelta(days=recheck_days), UTC_US)
        published = pc.field("published_at")
        fresh = (published >= cutoff) | (published.is_null() & (pc.field("crawled_at") >= cutoff))
        return _host_filter(host) & fresh

    rows = read_columns(data_dir, DUPLICATES, COLUMNS[DUPLICATES], copies, columns=["url", "kind"])
    duplicates: set[str] = set()
    redirects: set[str] = set()
    if rows is not None:
        urls, kinds = rows.column("url").to_pylist(), rows.column("kind").to_pylist()
        for url, kind in zip(urls, kinds, strict=True):
            (redirects if kind == REDIRECT else duplicates).add(url)
    recent = _urls(data_dir, ARTICLES, young) if recheck_days > 0 else frozenset()
    return SeenPages(
        duplicates=frozenset(duplicates), recent=recent, redirects=frozenset(redirects)
    )


def _host_filter(host: str | Sequence[str | None] | None) -> pc.Expression:
    import pyarrow.compute as pc

    hosts = [host] if isinstance(host, str) else [h for h in host or () if h]
    if not hosts:
        return pc.scalar(True)
    field = pc.field("host")
    matches = field == hosts[0] if len(hosts) == 1 else field.isin(hosts)
    return matches | field.is_null()


def _urls(root: Where, table: str, where: Callable[[], pc.Expression]) -> frozenset[str]:
    """The ``url`` column of the rows ``where()`` selects (built only if there is a file)."""
    rows = read_columns(root, table, COLUMNS[table], where, columns=["url"])
    return frozenset(rows.column("url").to_pylist()) if rows is not None else frozenset()

"""A Redis dedup store checked against the dataset, and refilled from it where it lags.

In distributed mode the dedup state lives only in Redis, but the dataset is the
truth: a Redis restarted without its data (or a new one) would let the next
crawl keep every story again. So each worker, when it opens the store and
before it keeps any item, looks up every URL of ``articles/`` in the store and
puts back the stories that are missing, committed, exactly as
``snapcrawl.state.repair.rebuild_dedup`` builds a SQLite store (rows sorted by
``crawled_at`` within a batch). Only the ``url`` column is read for the check;
bodies only for the missing rows. A story whose row is written but whose entry
is still pending (its worker lost Redis before it could commit) is committed
too, so neither its lease's end nor the dead worker's recovery drops it.

The duplicates table has no part in the store (it holds no dropped URL: the
incremental filter reads ``duplicates/`` from the dataset on every run), so a
Redis that lost its data is whole again once the articles are back.

Workers starting together are safe: check-and-add is atomic in Redis, so a
story two workers put back at once is added by one; the other sees it known.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from snapcrawl.dataset.read import Where, read_batches, read_columns
from snapcrawl.dedup import DedupIndex
from snapcrawl.layout import ARTICLES
from snapcrawl.state.repair import STORE_COLUMNS

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreCheck:
    """How a dedup store compares with the dataset's articles."""

    articles: int  # distinct URLs in articles/
    missing: tuple[str, ...]  # of those, the ones the store does not hold
    pending: tuple[str, ...] = ()  # held only under a lease: they would expire

    @property
    def ok(self) -> bool:
        return not self.missing and not self.pending


def check_store(index: DedupIndex, dataset: Where) -> StoreCheck:
    """Which article URLs of ``dataset`` the store behind ``index`` lacks."""
    rows = read_columns(dataset, ARTICLES, STORE_COLUMNS, columns=["url"])
    urls = sorted(set(rows.column("url").to_pylist())) if rows is not None else []
    urls = [url for url in urls if url]
    known, pending = _states(index, urls)
    return StoreCheck(
        len(urls),
        tuple(url for url in urls if url not in known),
        tuple(sorted(pending)),
    )


def refill_store(
    index: DedupIndex, dataset: Where, batch: int = 1000, check: StoreCheck | None = None
) -> int:
    """Put every article of ``dataset`` the store lacks back in it, committed; the count.

    ``check``: the :func:`check_store` just made, so it is not made again. The missing
    rows are read in one pass over the files, ``batch`` rows at a time, each batch
    sorted by ``crawled_at`` (as ``rebuild_dedup`` does)."""
    check = check if check is not None else check_store(index, dataset)
    added = index.store.adopt(check.pending) if check.pending else 0
    wanted = pc.field("url").isin(pa.array(check.missing, pa.string()))
    rows = read_batches(dataset, ARTICLES, STORE_COLUMNS, wanted, batch) if check.missing else ()
    for record_batch in rows:
        records = record_batch.to_pylist()
        records.sort(key=lambda row: (row["crawled_at"] is None, row["crawled_at"]))
        kept = []
        for row in records:
            if index.check_and_add(row["url"], row["body"] or "", run_id=row["run_id"] or ""):
                continue  # known meanwhile, or a copy of a story already back
            kept.append(row["url"])
        index.commit(kept)
        added += len(kept)
    if added:
        logger.warning(
            "the dedup state lacked %d stories of the dataset (Redis lost its data, or is"
            " new): put back before any item is kept",
            added,
        )
    return added


def _states(index: DedupIndex, urls: list[str]) -> tuple[set[str], set[str]]:
    """The URLs the store holds, and those of them held under a lease (Redis only)."""
    store = index.store
    bulk = getattr(store, "url_states", None)  # RedisStore: one round trip per batch
    if callable(bulk):
        return bulk(urls)
    return {url for url in urls if store.known_url(url)}, set()

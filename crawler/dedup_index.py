"""One ``DedupIndex`` per crawler, shared by the dedup pipeline and the incremental middleware.

The dedup pipeline opens it (``share_dedup_index``) with its store and config
when the spider opens, and closes it when the spider closes; the incremental
middleware asks ``get_dedup_index`` whether a URL is already kept. One index
means one connection and one owner lock on the store per crawl.
"""

from __future__ import annotations

from functools import partial

from scrapy.crawler import Crawler

from crawler.settings_values import dataset_root
from snapcrawl.dedup import DedupConfig, DedupIndex, open_store
from snapcrawl.store.reconcile import urls_written_by_run

_ATTRIBUTE = "_snapcrawl_dedup_index"


def share_dedup_index(crawler: Crawler, store_spec: str, config: DedupConfig) -> DedupIndex:
    """The crawler's index, opened on first call; later calls get the same one.

    A dead run's pending entries whose rows it did write are committed on open
    (looked up in that run's own Parquet files), not discarded.
    """
    index = get_dedup_index(crawler)
    if index is None:
        articles = dataset_root(crawler.settings) / "articles"
        store = open_store(store_spec, written=partial(urls_written_by_run, articles))
        index = DedupIndex(store, config)
        setattr(crawler, _ATTRIBUTE, index)
    return index


def get_dedup_index(crawler: Crawler) -> DedupIndex | None:
    """The index the dedup pipeline opened for this crawler, if it did."""
    return getattr(crawler, _ATTRIBUTE, None)

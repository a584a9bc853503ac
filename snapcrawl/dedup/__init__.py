"""Deduplication across URLs, runs and sites: canonical URLs, exact and near duplicates.

>>> index = DedupIndex(open_store(":memory:"))
>>> body = "今天上午，市民纷纷来到公园赏花踏青，享受春日的好时光。" * 3
>>> index.check_and_add("http://a.example/1", body) is None
True
>>> index.check_and_add("http://b.example/9", body + "（记者 王小明）")
Verdict(kind='exact', dup_of='http://a.example/1', similarity=1.0)
"""

from __future__ import annotations

from snapcrawl.dedup.canonical import (
    TRACKING_PARAMS,
    canonical_or_as_is,
    canonicalize_url,
    url_host,
)
from snapcrawl.dedup.config import DedupConfig
from snapcrawl.dedup.index import DedupIndex
from snapcrawl.dedup.normalize import content_hash, normalize_body
from snapcrawl.dedup.store import DedupStore, open_store
from snapcrawl.dedup.types import Verdict

__all__ = [
    "TRACKING_PARAMS",
    "DedupConfig",
    "DedupIndex",
    "DedupStore",
    "Verdict",
    "canonical_or_as_is",
    "canonicalize_url",
    "content_hash",
    "normalize_body",
    "open_store",
    "url_host",
]

"""Every snapcrawl setting with its default, grouped by component, on/off flag first.

Users override any of them with ``-s NAME=VALUE``. The everyday ones have short
names fixed by the project's contracts (``DATA_DIR``; scrapy-redis's
``REDIS_URL``); the rest are ``SNAPCRAWL_<COMPONENT>_<NAME>``.
"""

from __future__ import annotations

# Where the dataset, the duplicates log, the runs table and the state store live.
DATA_DIR = "data"

# Run identity: empty means "make one" (UTC time + random suffix, sortable).
SNAPCRAWL_RUN_ID = ""

# Spider: follow only links on the start URL's host.
SNAPCRAWL_SPIDER_MAX_LINKS_PER_PAGE = 500

# Cleaning (CleanPipeline).
SNAPCRAWL_CLEAN_ENABLED = True
SNAPCRAWL_CLEAN_BOILERPLATE = True  # learn per-host boilerplate, kept in DATA_DIR/state
SNAPCRAWL_CLEAN_PROFILE = ""  # optional per-site TOML profile; the generic path needs none

# Deduplication (DedupPipeline).
SNAPCRAWL_DEDUP_ENABLED = True
SNAPCRAWL_DEDUP_THRESHOLD = 0.8  # estimated Jaccard of the body's shingle sets
SNAPCRAWL_DEDUP_STORE = ""  # SQLite path or redis:// URL; default DATA_DIR/state/dedup.sqlite

# Parquet output (ParquetPipeline).
SNAPCRAWL_PARQUET_BATCH_ROWS = 2000  # rows buffered before a file is written
SNAPCRAWL_PARQUET_PARTITION_BY = "crawl_date"
SNAPCRAWL_PARQUET_COMPRESSION = "zstd"

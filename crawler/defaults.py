"""Every snapcrawl setting with its default, grouped by component, on/off flag first.

Users override any of them with ``-s NAME=VALUE``. The everyday ones have short
names fixed by the project's contracts (``DATA_DIR``; scrapy-redis's
``REDIS_URL``); the rest are ``SNAPCRAWL_<COMPONENT>_<NAME>``.
"""

from __future__ import annotations

from snapcrawl import layout as _layout  # private name: `import *` in settings skips it

# Where the dataset, the duplicates log, the runs table and the state store live.
DATA_DIR = _layout.DEFAULT_DATA_DIR

# Run identity: empty means "make one" (UTC time + random suffix, sortable).
SNAPCRAWL_RUN_ID = ""

# Spider: follow only links on the start URL's host.
SNAPCRAWL_SPIDER_MAX_LINKS_PER_PAGE = 500

# Spider traps (TrapMiddleware): limits that end a crawl on an endless calendar or
# counter by itself; each 0 = no limit. Session ids never make a page new (dropped
# from the canonical URL, which the request fingerprint uses).
SNAPCRAWL_TRAP_ENABLED = True
# Pages in a row of one URL pattern (digits masked: /day/#-#-#.html) that are no
# article and link nothing new elsewhere; then that pattern's links are not followed.
SNAPCRAWL_TRAP_BARREN_PAGES = 30
# Links from the start page. A last resort behind the barren-pattern rule, which stops
# calendars and counters within a few dozen pages: a real archive paginated by "next"
# links is thousands of pages deep (5,000 list pages of 20 links: 100,000 articles),
# and a limit it reaches loses articles (a 100,000-page crawl lost 183 at 500).
SNAPCRAWL_TRAP_MAX_DEPTH = 10000
# Requests to one host in one run; reached: finish reason host_page_budget. Also a
# last resort: the size of a whole large site, not of a trap the rules above miss.
SNAPCRAWL_TRAP_HOST_PAGES = 1000000
# Later runs into the same DATA_DIR that do not walk again a pattern given up on
# (kept in DATA_DIR/state/traps.sqlite); then it is walked once more, and given up
# again if it still leads nowhere, so a calendar that later lists stories comes back.
# 0 = every run walks every pattern until it gives up on it.
SNAPCRAWL_TRAP_REMEMBER_RUNS = 5

# Worker processes for CPU-heavy item work (extraction, keywords), off the
# reactor's thread: "auto" = cores - 1, at least 1, at most available memory / 300 MB
# (crawler.worker_count.auto_workers); 0 = inline.
SNAPCRAWL_WORKERS = "auto"

# Cleaning (CleanPipeline).
SNAPCRAWL_CLEAN_ENABLED = True
SNAPCRAWL_CLEAN_BOILERPLATE = True  # learn per-host boilerplate, kept in DATA_DIR/state
SNAPCRAWL_CLEAN_PROFILE = ""  # optional per-site TOML profile; the generic path needs none

# Deduplication (DedupPipeline).
SNAPCRAWL_DEDUP_ENABLED = True
SNAPCRAWL_DEDUP_THRESHOLD = 0.8  # estimated Jaccard of the body's shingle sets
SNAPCRAWL_DEDUP_CACHE_MB = 64  # SQLite page cache of the dedup store, MiB: bounds its memory
SNAPCRAWL_DEDUP_STORE = ""  # SQLite path or redis:// URL; default DATA_DIR/state/dedup.sqlite

# Keywords (KeywordsPipeline): TF-IDF over title and body (rjieba words, jieba's IDF
# table), in the worker pool.
SNAPCRAWL_KEYWORDS_ENABLED = True
SNAPCRAWL_KEYWORDS_TOP_K = 10  # keywords per article, 1-100

# Parquet output (ParquetPipeline).
SNAPCRAWL_PARQUET_BATCH_ROWS = 2000  # rows buffered before a file is written
SNAPCRAWL_PARQUET_PARTITION_BY = "crawl_date"
SNAPCRAWL_PARQUET_COMPRESSION = "zstd"

# Incremental crawling (IncrementalMiddleware): articles the dedup store keeps and
# pages dropped as duplicates are not fetched again; list pages always are.
SNAPCRAWL_INCREMENTAL_ENABLED = True
SNAPCRAWL_INCREMENTAL_RECHECK_DAYS = 0  # re-fetch articles published fewer days ago (0: never)

# Job lock (JobLock): the job's name; a run holds DATA_DIR/state/locks/<name>.lock.
SNAPCRAWL_LOCK_NAME = ""  # empty: no lock (snapcrawl run/schedule set it to the job's name)

# Per-run log (RunLog): DATA_DIR/logs/<run_id>.log, whatever LOG_LEVEL shows.
SNAPCRAWL_RUNLOG_ENABLED = True
SNAPCRAWL_RUNLOG_LEVEL = "INFO"

# Progress line (ProgressLine): auto = only when stderr is a terminal; or True/False.
SNAPCRAWL_PROGRESS_ENABLED = "auto"

# Replay (ReplayMiddleware): answer every request from this fixture directory, with
# no network; empty = off. An unrecorded request: "fail" (an error, finish reason
# replay_missing) or "404" (answered with an empty 404 page).
REPLAY_DIR = ""
SNAPCRAWL_REPLAY_MISSING = "fail"
# Recording (RecordingMiddleware, used by `snapcrawl record`): save every response
# into this fixture directory when the spider closes; empty = off.
SNAPCRAWL_RECORD_DIR = ""

# Distributed mode on Redis. REDIS_URL (scrapy-redis's own name) switches it on:
# every worker runs the same command; queue, dupefilter and dedup state are shared.
REDIS_URL = ""
# A worker stops once the queue and every worker's in-flight set stayed empty this long.
SNAPCRAWL_DISTRIBUTED_IDLE_SECONDS = 30
# Heartbeat period; a worker silent for 3 beats is dead and its requests are requeued.
SNAPCRAWL_DISTRIBUTED_HEARTBEAT_SECONDS = 10
SNAPCRAWL_DISTRIBUTED_WORKER = ""  # this worker's name; empty: <host>-<pid>
SNAPCRAWL_DISTRIBUTED_CRAWL = ""  # the crawl's name in Redis keys; empty: start URL's host[_port]

# Where articles/, duplicates/ and runs/ go: a directory or a pyarrow filesystem URI
# (s3://bucket/prefix?endpoint_override=..., gs://..., file:///...); empty: DATA_DIR.
SNAPCRAWL_PARQUET_URI = ""

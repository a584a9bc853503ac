"""The names of the crawl's stats (Scrapy's stats collector), each spelled once.

The pipelines and middlewares count under these names; the runs table
(``RunRecorder``), the progress line and the pytest plugin read them back. A
name that ends in ``/`` is a prefix: the counter's last part is a reason or a
kind (``snapcrawl/dedup/dropped/near``). Pure names, no Scrapy: the pytest
plugin imports them too.
"""

from __future__ import annotations

# Scrapy's own counters that snapcrawl reads.
PAGES_FETCHED = "response_received_count"  # robots.txt included
ROBOTS_RESPONSES = "robotstxt/response_count"  # robots.txt is not a page of the site
ROBOTS_FORBIDDEN = "robotstxt/forbidden"  # requests robots.txt disallowed
OFFSITE_FILTERED = "offsite/filtered"  # requests to another host, a redirect's included
ITEMS_SCRAPED = "item_scraped_count"
START_TIME = "start_time"
FINISH_TIME = "finish_time"
FINISH_REASON = "finish_reason"
DOWNLOAD_ERRORS = "downloader/exception_type_count/"
HTTP_ERRORS_IGNORED = "httperror/response_ignored_status_count/"
SPIDER_EXCEPTIONS = "spider_exceptions/"
SPIDER_EXCEPTIONS_TOTAL = f"{SPIDER_EXCEPTIONS}count"  # Scrapy's sum of the classes below it
# Scrapy logs a pipeline's exception on an item ("Error processing") but counts it nowhere.
ITEM_ERRORS = "snapcrawl/item_errors/"  # + the exception's class (crawler.extensions.item_errors)

# Run identity.
RUN_ID = "snapcrawl/run_id"
WORKER = "snapcrawl/worker"  # set by a distributed worker: its name

# SnapshotSpider.
SPIDER = "snapcrawl/spider"
SPIDER_PAGES_HTML = f"{SPIDER}/pages/html"
SPIDER_NON_HTML = f"{SPIDER}/non_html"
SPIDER_LINKS_OFFSITE = f"{SPIDER}/links_offsite"
SPIDER_LINKS_OVER_LIMIT = f"{SPIDER}/links_over_limit"
SPIDER_SKIPPED = f"{SPIDER}/skipped/"  # + kind

# TrapMiddleware.
TRAP = "snapcrawl/trap"
TRAP_NOT_FOLLOWED = f"{TRAP}/not_followed/"  # + kind: pattern, depth, host_budget, queued
TRAP_PATTERNS_STOPPED = f"{TRAP}/patterns_stopped"  # URL patterns no longer followed
TRAP_HELD = f"{TRAP}/held"  # requests that waited for the verdicts on their pattern's pages
# patterns an earlier run gave up on, not walked again in this one (the trap memory)
TRAP_PATTERNS_REMEMBERED = f"{TRAP}/patterns_remembered"

# Other views of a page (print, mobile): crawler/middlewares/alternates.py.
ALTERNATES = "snapcrawl/alternates"
ALTERNATES_SKIPPED = f"{ALTERNATES}/skipped"  # not fetched: the page they view is an article
ALTERNATES_FETCHED = f"{ALTERNATES}/fetched"  # fetched: the page is no article, or not judged

# CleanPipeline.
CLEAN = "snapcrawl/clean"
CLEAN_ARTICLES = f"{CLEAN}/articles"
CLEAN_NOISE_REMOVED = f"{CLEAN}/noise_removed"
CLEAN_NOT_ARTICLE = f"{CLEAN}/not_article/"  # + reason

# DedupPipeline.
DEDUP = "snapcrawl/dedup"
DEDUP_KEPT = f"{DEDUP}/kept"
DEDUP_DROPPED = f"{DEDUP}/dropped/"  # + kind: url, exact, near
DEDUP_REFILLED = f"{DEDUP}/refilled"  # dataset stories put back in a Redis store at start
DEDUP_REDIRECTS = f"{DEDUP}/redirects"  # URLs recorded as redirecting to a story
DEDUP_REPLACED = f"{DEDUP}/replaced"  # a pending kept copy replaced by a better one
# (a replaced copy is also counted in DEDUP_DROPPED under its kind: it was not kept)
# near matches kept apart because each side holds facts (figures, names) the other lacks
DEDUP_FACTS_APART = f"{DEDUP}/facts_apart"

# KeywordsPipeline.
KEYWORDS = "snapcrawl/keywords"
KEYWORDS_ARTICLES = f"{KEYWORDS}/articles"
KEYWORDS_NONE_FOUND = f"{KEYWORDS}/none_found"

# ParquetPipeline.
PARQUET = "snapcrawl/parquet"
PARQUET_FILES = f"{PARQUET}/files"
PARQUET_ROWS = f"{PARQUET}/rows"
PARQUET_BYTES = f"{PARQUET}/bytes"

# IncrementalMiddleware.
INCREMENTAL = "snapcrawl/incremental"
INCREMENTAL_SKIPPED = f"{INCREMENTAL}/skipped"
INCREMENTAL_SKIPPED_BECAUSE = f"{INCREMENTAL}/skipped/"  # + reason: kept, duplicate, redirect
INCREMENTAL_RECHECKED = f"{INCREMENTAL}/rechecked"

# ReplayMiddleware and RecordingMiddleware.
REPLAY = "snapcrawl/replay"
REPLAY_RESPONSES = f"{REPLAY}/responses"
REPLAY_MISSING = f"{REPLAY}/missing"
REPLAY_EDITED = f"{REPLAY}/edited"
RECORD = "snapcrawl/record"
RECORD_RESPONSES = f"{RECORD}/responses"
RECORD_EMPTY = f"{RECORD}/empty"

# Storage health (CrawlServices).
STORAGE = "snapcrawl/storage"
STORAGE_STOPPED = f"{STORAGE}/stopped"
STORAGE_WRITE_ERRORS = f"{STORAGE}/write_errors"  # + "/" + errno name

# Distributed mode (crawler.distributed: the queue and the worker).
DISTRIBUTED = "snapcrawl/distributed"
DISTRIBUTED_POPPED = f"{DISTRIBUTED}/popped"
DISTRIBUTED_REQUEUED = f"{DISTRIBUTED}/requeued"  # a dead worker's requests put back
DISTRIBUTED_HEARTBEAT_LOST = f"{DISTRIBUTED}/heartbeat_lost"
DISTRIBUTED_LEFT = f"{DISTRIBUTED}/left"  # how the worker left the crawl
DISTRIBUTED_REFUSED = f"{DISTRIBUTED}/refused"  # queue entries that are not JSON requests
DISTRIBUTED_REDIS_LOST = f"{DISTRIBUTED}/redis_lost"  # Redis calls that failed mid-crawl

# Scrapy's error counters, and the key each gets in the runs table's ``errors`` map.
ERROR_PREFIXES = {
    SPIDER_SKIPPED: "skipped/",
    DOWNLOAD_ERRORS: "exception/",
    HTTP_ERRORS_IGNORED: "http/",
    SPIDER_EXCEPTIONS: "spider_exception/",
    ITEM_ERRORS: "item_error/",
}


def count(stats: dict, name: str) -> int:
    """One counter as a whole number (0 when absent)."""
    return int(stats.get(name, 0) or 0)


def total(stats: dict, prefix: str) -> int:
    """The sum of every counter under ``prefix`` (e.g. all duplicate kinds)."""
    return sum(int(value) for key, value in stats.items() if key.startswith(prefix))


def errors_by_kind(stats: dict) -> dict[str, int]:
    """Collect Scrapy's scattered error counters under one readable map. Scrapy counts a
    callback's exception twice, under its class and under ``spider_exceptions/count`` (their
    total): only the class is kept, so the map sums to the number of errors."""
    errors: dict[str, int] = {}
    for key, value in stats.items():
        if key == SPIDER_EXCEPTIONS_TOTAL:
            continue
        for prefix, kind in ERROR_PREFIXES.items():
            if key.startswith(prefix):
                errors[kind + key[len(prefix) :].rsplit(".", 1)[-1]] = int(value)
    return errors

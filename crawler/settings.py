"""Scrapy settings of the snapcrawl project: the wiring of its components.

snapcrawl's own defaults are in ``crawler.defaults``; this module imports them
so ``-s NAME=VALUE`` overrides work for every one.
"""

from __future__ import annotations

from crawler.defaults import *  # noqa: F403

BOT_NAME = "snapcrawl"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"  # `scrapy crawl` with exit codes (crawler/exit_codes.py)

USER_AGENT = "snapcrawl/0.1 (+Chinese news snapshot crawler; polite, obeys robots.txt)"
ROBOTSTXT_OBEY = True

# Politeness: per-host limits, AutoThrottle adapts the delay to the server.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
# The spider yields at most one item per page, so one item slot per response loses
# nothing; Scrapy's default (100) starts 100 asyncio tasks for every page, about a
# millisecond of the reactor thread's CPU each time (benchmarks/crawl).
CONCURRENT_ITEMS = 1
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0

# One request per page however it is linked: fingerprints over snapcrawl's canonical URL
# (tracking and session-id parameters dropped, GBK query bytes kept); links are requested
# as the page wrote them.
REQUEST_FINGERPRINTER_CLASS = "crawler.fingerprint.CanonicalFingerprinter"

# Faults: retry what may heal (5xx, timeouts), count the rest.
RETRY_ENABLED = True
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
REDIRECT_MAX_TIMES = 10

# Distributed mode: REDIS_URL set => the add-on swaps in scrapy-redis's scheduler and
# dupefilter (our crash-safe adapter) and the worker lifecycle (crawler/distributed/).
ADDONS = {
    "crawler.distributed.addon.DistributedAddon": 0,
}

SPIDER_MIDDLEWARES = {
    # first to see the spider's links: endless calendars and counters stop by themselves
    "crawler.middlewares.traps.TrapMiddleware": 960,
    # articles kept by earlier runs are not fetched again; list pages always are
    "crawler.middlewares.incremental.IncrementalMiddleware": 950,
}

DOWNLOADER_MIDDLEWARES = {
    # a queued link of a URL pattern the trap guard has given up on since is not sent
    "crawler.middlewares.given_up.GivenUpMiddleware": 40,
    # first: another view (print, mobile) of a page judged an article is not sent
    "crawler.middlewares.alternates.AlternatesMiddleware": 50,
    # next to the download handler (after HttpCacheMiddleware, 900): recording sees the
    # bytes as received, and every other middleware sees replayed responses as live
    "crawler.middlewares.recording.RecordingMiddleware": 950,
    "crawler.middlewares.replay.ReplayMiddleware": 960,
}

ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.dedup.DedupPipeline": 200,
    "pipelines.keywords.KeywordsPipeline": 250,
    "pipelines.parquet.ParquetPipeline": 300,
}

EXTENSIONS = {
    # first: settings checked, DATA_DIR writable, then the run log (start-up errors of
    # later components reach it) and the job lock (before the JOBDIR queue or the
    # pipelines open); it owns the run id, worker pool, dedup index and storage health
    "crawler.services.CrawlServices": -1000,
    "crawler.exporters.ParquetFeedGuard": 0,
    "crawler.extensions.item_errors.ItemErrors": 400,  # counted for the exit code and runs row
    "crawler.extensions.runs.RunRecorder": 500,
    "crawler.extensions.progress.ProgressLine": 600,
    "crawler.extensions.stats_file.StatsFile": 700,
}

FEED_EXPORTERS = {"parquet": "crawler.exporters.ParquetItemExporter"}
FEED_EXPORT_ENCODING = "utf-8"
LOG_FORMATTER = "crawler.logformatter.QuietDropLogFormatter"
LOG_LEVEL = "INFO"

"""The finish reasons a crawl ends with (Scrapy's stat ``finish_reason``), each spelled once.

The component that stops a run closes the spider with one of these; the exit
code table (``crawler.exit_codes``), the recording middleware and the pytest
plugin read them back. Pure names, no Scrapy: the pytest plugin imports them too.
"""

from __future__ import annotations

# Scrapy's own.
FINISHED = "finished"  # nothing left to crawl
SHUTDOWN = "shutdown"  # Ctrl-C or SIGTERM: stopped gracefully, what was held written
CLOSESPIDER_TIMEOUT = "closespider_timeout"  # the CLOSESPIDER_* limits the user set
CLOSESPIDER_ITEMCOUNT = "closespider_itemcount"
CLOSESPIDER_PAGECOUNT = "closespider_pagecount"
CLOSESPIDER_TIMEOUT_NO_ITEM = "closespider_timeout_no_item"

# snapcrawl's.
DATA_DIR_UNWRITABLE = "data_dir_unwritable"  # the storage guard: DATA_DIR cannot be written
REPLAY_MISSING = "replay_missing"  # a replay met a request the recording lacks
HEARTBEAT_LOST = "heartbeat_lost"  # a distributed worker could not keep its heartbeat
REDIS_LOST = "redis_lost"  # a distributed worker lost Redis mid-crawl
HOST_PAGE_BUDGET = "host_page_budget"  # SNAPCRAWL_TRAP_HOST_PAGES was reached
OPEN_FAILED = "open_failed"  # the spider never opened (a damaged state store): nothing ran

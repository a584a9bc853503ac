"""One id per run, shared by every component of a crawler."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from scrapy.crawler import Crawler


def new_run_id(now: datetime | None = None) -> str:
    """A sortable, unique id: UTC start time plus a random suffix (safe in file names)."""
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def get_run_id(crawler: Crawler) -> str:
    run_id = getattr(crawler, "_snapcrawl_run_id", None)
    if run_id is None:
        run_id = crawler.settings.get("SNAPCRAWL_RUN_ID") or new_run_id()
        crawler._snapcrawl_run_id = run_id  # type: ignore[attr-defined]
    return run_id

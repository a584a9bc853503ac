"""Every snapcrawl setting parsed and validated once, into one frozen object.

``Config.from_settings`` runs when a crawl starts (``CrawlServices`` builds it
first), so a wrong value stops the run before anything opens, with a message
that names the setting, the value and the fix. Components take their values
from the object instead of reading ``crawler.settings`` themselves. A setting
missing from the Scrapy settings (a bare ``get_crawler`` in a test) takes its
default from ``crawler.defaults``, the only place defaults are written.

A component's settings are validated only when the component is on, as
before: a bad ``SNAPCRAWL_KEYWORDS_TOP_K`` does not stop a crawl that turned
keywords off.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
from scrapy.settings import BaseSettings

from crawler import defaults
from crawler.distributed.redis_url import REDIS_SCHEMES, check_redis_url
from crawler.setting_checks import check_settings, number_at_least
from crawler.worker_count import worker_count
from snapcrawl.dedup import DedupConfig
from snapcrawl.errors import ConfigError
from snapcrawl.layout import DataDir
from snapcrawl.schedule.file import JOB_NAME
from snapcrawl.store.schema import ARTICLE_SCHEMA

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# the codecs pyarrow's Parquet writer takes (LZO and BZ2 it refuses when writing)
PARQUET_COMPRESSIONS = ("zstd", "snappy", "gzip", "brotli", "lz4", "none")
# a hive partition column: the crawl date or a scalar column of the articles table
PARTITION_COLUMNS = (
    "crawl_date",
    *(field.name for field in ARTICLE_SCHEMA if not pa.types.is_list(field.type)),
)
REPLAY_MISSING_CHOICES = ("fail", "404")
MAX_KEYWORDS_TOP_K = 100


@dataclass(frozen=True)
class Config:
    """One crawl's snapcrawl settings; each field names its setting."""

    layout: DataDir  # DATA_DIR and SNAPCRAWL_PARQUET_URI
    run_id: str  # SNAPCRAWL_RUN_ID; empty: CrawlServices makes one
    spider_max_links: int  # SNAPCRAWL_SPIDER_MAX_LINKS_PER_PAGE
    trap_enabled: bool  # SNAPCRAWL_TRAP_ENABLED
    trap_barren_pages: int  # SNAPCRAWL_TRAP_BARREN_PAGES (0: no limit)
    trap_max_depth: int  # SNAPCRAWL_TRAP_MAX_DEPTH (0: no limit)
    trap_host_pages: int  # SNAPCRAWL_TRAP_HOST_PAGES (0: no limit)
    trap_remember_runs: int  # SNAPCRAWL_TRAP_REMEMBER_RUNS (0: forget at the end of the run)
    workers: int  # SNAPCRAWL_WORKERS ("auto" resolved)
    clean_enabled: bool  # SNAPCRAWL_CLEAN_ENABLED
    clean_boilerplate: bool  # SNAPCRAWL_CLEAN_BOILERPLATE
    clean_profile: str  # SNAPCRAWL_CLEAN_PROFILE (an existing file, or empty)
    dedup_enabled: bool  # SNAPCRAWL_DEDUP_ENABLED
    dedup: DedupConfig  # SNAPCRAWL_DEDUP_THRESHOLD
    dedup_store: str  # SNAPCRAWL_DEDUP_STORE, else REDIS_URL, else DATA_DIR/state/dedup.sqlite
    dedup_cache_mb: int  # SNAPCRAWL_DEDUP_CACHE_MB
    keywords_enabled: bool  # SNAPCRAWL_KEYWORDS_ENABLED
    keywords_top_k: int  # SNAPCRAWL_KEYWORDS_TOP_K
    parquet_batch_rows: int  # SNAPCRAWL_PARQUET_BATCH_ROWS
    parquet_partition_by: str  # SNAPCRAWL_PARQUET_PARTITION_BY (empty: none)
    parquet_compression: str  # SNAPCRAWL_PARQUET_COMPRESSION
    incremental_enabled: bool  # SNAPCRAWL_INCREMENTAL_ENABLED
    incremental_recheck_days: float  # SNAPCRAWL_INCREMENTAL_RECHECK_DAYS
    lock_name: str  # SNAPCRAWL_LOCK_NAME (empty: no lock)
    runlog_enabled: bool  # SNAPCRAWL_RUNLOG_ENABLED
    runlog_level: str  # SNAPCRAWL_RUNLOG_LEVEL
    progress: bool | None  # SNAPCRAWL_PROGRESS_ENABLED; None: auto (on a terminal only)
    replay_dir: str  # REPLAY_DIR (checked by ReplayMiddleware: it reads the fixtures)
    replay_missing: str  # SNAPCRAWL_REPLAY_MISSING
    record_dir: str  # SNAPCRAWL_RECORD_DIR (checked by RecordingMiddleware)
    redis_url: str  # REDIS_URL (distributed mode; checked by crawler.distributed)

    @property
    def data_dir(self) -> Path:
        return self.layout.root

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> Config:
        """Parse and check every setting; the first wrong one raises :class:`ConfigError`."""
        check_settings(settings)
        read = _Reader(settings)
        layout = data_layout(settings)
        redis_url = str(read.get("REDIS_URL") or "")
        clean = read.bool("SNAPCRAWL_CLEAN_ENABLED")
        dedup = read.bool("SNAPCRAWL_DEDUP_ENABLED")
        keywords = read.bool("SNAPCRAWL_KEYWORDS_ENABLED")
        incremental = read.bool("SNAPCRAWL_INCREMENTAL_ENABLED")
        runlog = read.bool("SNAPCRAWL_RUNLOG_ENABLED")
        traps = read.bool("SNAPCRAWL_TRAP_ENABLED")
        return cls(
            layout=layout,
            run_id=str(read.get("SNAPCRAWL_RUN_ID") or ""),
            spider_max_links=whole_number(settings, "SNAPCRAWL_SPIDER_MAX_LINKS_PER_PAGE"),
            trap_enabled=traps,
            trap_barren_pages=trap_limit(settings, "SNAPCRAWL_TRAP_BARREN_PAGES", traps),
            trap_max_depth=trap_limit(settings, "SNAPCRAWL_TRAP_MAX_DEPTH", traps),
            trap_host_pages=trap_limit(settings, "SNAPCRAWL_TRAP_HOST_PAGES", traps),
            trap_remember_runs=trap_limit(settings, "SNAPCRAWL_TRAP_REMEMBER_RUNS", traps),
            workers=worker_count(read.get("SNAPCRAWL_WORKERS")),
            clean_enabled=clean,
            clean_boilerplate=read.bool("SNAPCRAWL_CLEAN_BOILERPLATE"),
            clean_profile=clean_profile(read) if clean else "",
            dedup_enabled=dedup,
            dedup=dedup_config(read) if dedup else DedupConfig(),
            dedup_store=dedup_store(read) or redis_url or str(layout.dedup_store),
            dedup_cache_mb=positive_int(settings, "SNAPCRAWL_DEDUP_CACHE_MB"),
            keywords_enabled=keywords,
            keywords_top_k=keywords_top_k(read) if keywords else defaults.SNAPCRAWL_KEYWORDS_TOP_K,
            parquet_batch_rows=positive_int(settings, "SNAPCRAWL_PARQUET_BATCH_ROWS"),
            parquet_partition_by=partition_column(read),
            parquet_compression=parquet_compression(read),
            incremental_enabled=incremental,
            incremental_recheck_days=recheck_days(read) if incremental and dedup else 0.0,
            lock_name=lock_name(read),
            runlog_enabled=runlog,
            runlog_level=runlog_level(read) if runlog else defaults.SNAPCRAWL_RUNLOG_LEVEL,
            progress=progress_setting(read.get("SNAPCRAWL_PROGRESS_ENABLED")),
            replay_dir=str(read.get("REPLAY_DIR") or ""),
            replay_missing=choice(settings, "SNAPCRAWL_REPLAY_MISSING", REPLAY_MISSING_CHOICES),
            record_dir=str(read.get("SNAPCRAWL_RECORD_DIR") or ""),
            redis_url=redis_url,
        )


class _Reader:
    """``settings.get`` with the default from ``crawler.defaults`` for a missing name."""

    def __init__(self, settings: BaseSettings) -> None:
        self.settings = settings

    def get(self, name: str) -> Any:
        return self.settings.get(name, getattr(defaults, name))

    def bool(self, name: str) -> bool:
        return self.settings.getbool(name, getattr(defaults, name))


# -- one function per setting that needs more than a type ------------------------------


def data_dir(settings: BaseSettings) -> Path:
    """DATA_DIR: a directory, created if missing."""
    value = settings.get("DATA_DIR") or defaults.DATA_DIR
    path = Path(value)
    if path.exists() and not path.is_dir():
        raise ConfigError("DATA_DIR", value, "give a directory (it is created if missing)")
    return path


def data_layout(settings: BaseSettings) -> DataDir:
    """DATA_DIR and SNAPCRAWL_PARQUET_URI as a :class:`DataDir`, the URI already resolved."""
    uri = str(settings.get("SNAPCRAWL_PARQUET_URI") or "")
    layout = DataDir(data_dir(settings), uri)
    try:
        layout.dataset  # noqa: B018 - resolve the URI now: a bad one stops the run at start
    except ValueError as error:
        raise ConfigError(
            "SNAPCRAWL_PARQUET_URI",
            uri,
            "use a directory or a pyarrow filesystem URI such as s3://bucket/prefix"
            f" (default: DATA_DIR) [{error}]",
        ) from None
    return layout


def positive_int(settings: BaseSettings, name: str) -> int:
    return int_at_least(settings, name, 1, "use a whole number greater than 0")


def whole_number(settings: BaseSettings, name: str) -> int:
    fix = f"use a whole number, 0 or more (default {getattr(defaults, name)})"
    return int_at_least(settings, name, 0, fix)


def int_at_least(settings: BaseSettings, name: str, minimum: int, fix: str) -> int:
    """Setting ``name`` as an int of ``minimum`` or more; else ConfigError saying ``fix``."""
    raw = settings.get(name, getattr(defaults, name, None))
    return number_at_least(name, raw, minimum, fix, int)


def trap_limit(settings: BaseSettings, name: str, enabled: bool) -> int:
    """A trap limit: a whole number, 0 for none; checked only when the trap guard is on."""
    if not enabled:
        return 0
    fix = f"use a whole number, 0 for no limit (default {getattr(defaults, name)})"
    return int_at_least(settings, name, 0, fix)


def choice(settings: BaseSettings, name: str, allowed: tuple[str, ...]) -> str:
    value = str(settings.get(name, getattr(defaults, name, None)))
    if value not in allowed:
        raise ConfigError(name, value, f"use one of {', '.join(allowed)}")
    return value


def clean_profile(read: _Reader) -> str:
    profile = str(read.get("SNAPCRAWL_CLEAN_PROFILE") or "")
    if profile and not Path(profile).is_file():
        raise ConfigError(
            "SNAPCRAWL_CLEAN_PROFILE", profile, "give the path of an existing TOML profile"
        )
    return profile


def dedup_config(read: _Reader) -> DedupConfig:
    raw = read.get("SNAPCRAWL_DEDUP_THRESHOLD")
    try:  # DedupConfig's own error says what this one does: the fix is said once
        return DedupConfig(threshold=float(raw))
    except (TypeError, ValueError):
        raise ConfigError(
            "SNAPCRAWL_DEDUP_THRESHOLD",
            raw,
            f"use a Jaccard between 0 and 1 (default {defaults.SNAPCRAWL_DEDUP_THRESHOLD:g})",
        ) from None


def dedup_store(read: _Reader) -> str:
    """SNAPCRAWL_DEDUP_STORE as given; a Redis URL is checked here, at start, since
    redis-py would fail on it only when the store opens (a port that is no number)."""
    store = str(read.get("SNAPCRAWL_DEDUP_STORE") or "")
    if store.startswith(REDIS_SCHEMES):
        check_redis_url("SNAPCRAWL_DEDUP_STORE", store)
    return store


def keywords_top_k(read: _Reader) -> int:
    """SNAPCRAWL_KEYWORDS_TOP_K as a whole number from 1 to MAX_KEYWORDS_TOP_K."""
    name = "SNAPCRAWL_KEYWORDS_TOP_K"
    raw = read.get(name)
    fix = (
        f"use a whole number of keywords from 1 to {MAX_KEYWORDS_TOP_K}"
        f" (default {defaults.SNAPCRAWL_KEYWORDS_TOP_K})"
    )
    return number_at_least(name, raw, 1, fix, int, most=MAX_KEYWORDS_TOP_K)


def recheck_days(read: _Reader) -> float:
    name = "SNAPCRAWL_INCREMENTAL_RECHECK_DAYS"
    default = defaults.SNAPCRAWL_INCREMENTAL_RECHECK_DAYS
    fix = f"use a number of days, 0 or more (default {default:g}: never re-check)"
    return number_at_least(name, read.get(name), 0, fix, float)


def run_log_level(settings: BaseSettings) -> str | None:
    """SNAPCRAWL_RUNLOG_LEVEL when the run log is on (SNAPCRAWL_RUNLOG_ENABLED), else None.

    On its own so the run log can open even when another setting is wrong: the
    error that stops the run then lands in it, as any later start-up error does.
    """
    read = _Reader(settings)
    return runlog_level(read) if read.bool("SNAPCRAWL_RUNLOG_ENABLED") else None


def partition_column(read: _Reader) -> str:
    """SNAPCRAWL_PARQUET_PARTITION_BY: a scalar column of the articles table (or empty). Any
    other name would be written as ``name=__HIVE_DEFAULT_PARTITION__`` for every row."""
    name = str(read.get("SNAPCRAWL_PARQUET_PARTITION_BY") or "")
    if name and name not in PARTITION_COLUMNS:
        raise ConfigError(
            "SNAPCRAWL_PARQUET_PARTITION_BY",
            name,
            "use a column of the articles table (crawl_date, category, host, source …)"
            " or empty for none",
        )
    return name


def parquet_compression(read: _Reader) -> str:
    """SNAPCRAWL_PARQUET_COMPRESSION, checked at start: pyarrow refuses an unknown codec only
    when the first file is written, at the end of the run, and its rows would be lost."""
    name = str(read.get("SNAPCRAWL_PARQUET_COMPRESSION") or defaults.SNAPCRAWL_PARQUET_COMPRESSION)
    if name.lower() not in PARQUET_COMPRESSIONS:
        raise ConfigError(
            "SNAPCRAWL_PARQUET_COMPRESSION", name, f"use one of {', '.join(PARQUET_COMPRESSIONS)}"
        )
    return name.lower()


def lock_name(read: _Reader) -> str:
    name = str(read.get("SNAPCRAWL_LOCK_NAME") or "")
    if name and not JOB_NAME.fullmatch(name):
        raise ConfigError(
            "SNAPCRAWL_LOCK_NAME", name, "use letters, digits, '.', '_' or '-' (a file name)"
        )
    return name


def runlog_level(read: _Reader) -> str:
    level = str(read.get("SNAPCRAWL_RUNLOG_LEVEL") or defaults.SNAPCRAWL_RUNLOG_LEVEL).upper()
    if level not in LOG_LEVELS:
        raise ConfigError("SNAPCRAWL_RUNLOG_LEVEL", level, f"use one of {', '.join(LOG_LEVELS)}")
    return level


def progress_setting(value: Any) -> bool | None:
    """SNAPCRAWL_PROGRESS_ENABLED: None for ``auto`` (decided by the terminal), else a boolean."""
    if isinstance(value, str) and value.strip().lower() == "auto":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "on", "yes"):
        return True
    if text in ("0", "false", "off", "no", ""):
        return False
    raise ConfigError(
        "SNAPCRAWL_PROGRESS_ENABLED", value, "use auto (on a terminal only), True or False"
    )

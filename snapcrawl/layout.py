"""DataDir: every path and file name under DATA_DIR, spelled in one place.

A crawl keeps two kinds of things. The *dataset* (the ``articles``,
``duplicates`` and ``runs`` tables) goes to ``SNAPCRAWL_PARQUET_URI`` when set
(a directory or a pyarrow filesystem URI such as ``s3://bucket/news``), else to
DATA_DIR itself. Everything else stays on the local disk under DATA_DIR: the
state stores (``state/dedup.sqlite``, ``state/boilerplate.sqlite``,
``state/traps.sqlite``), the job
locks (``state/locks/<job>.lock``), the per-run logs and stats
(``logs/<run_id>.log``, ``logs/<run_id>.stats.json``) and the HTML report.

Writers and readers (the crawl, ``snapcrawl state``, ``report``, ``demo``,
``snapcrawl.load``) all go through this object, so they agree on where a
table lives, wherever it is::

    DATA_DIR/
      articles/crawl_date=YYYY-MM-DD/part-<run_id>-00001.parquet
      duplicates/crawl_date=YYYY-MM-DD/part-<run_id>-00001.parquet
      runs/part-<run_id>-00001.parquet
      state/dedup.sqlite, state/boilerplate.sqlite, state/traps.sqlite, state/locks/<job>.lock
      state/compact/<stamp>/        (a running compaction's new files, never in a table)
      quarantine/<table>/...        (unreadable files `snapcrawl state --quarantine` moved)
      logs/<run_id>.log, logs/<run_id>.stats.json
      report/index.html

>>> layout = DataDir("/srv/news")
>>> str(layout.dedup_store), layout.table("runs").path
('/srv/news/state/dedup.sqlite', '/srv/news/runs')
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from snapcrawl.store.filesystem import DatasetLocation

# The dataset's tables (Parquet, hive-partitioned by crawl_date except runs).
ARTICLES = "articles"
DUPLICATES = "duplicates"
RUNS = "runs"
TABLES = (ARTICLES, DUPLICATES, RUNS)

# Local files under DATA_DIR.
STATE_DIR = "state"
LOCKS_DIR = "locks"  # inside STATE_DIR
COMPACT_DIR = "compact"  # inside STATE_DIR
QUARANTINE_DIR = "quarantine"
LOGS_DIR = "logs"
REPORT_DIR = "report"
DEDUP_STORE = "dedup.sqlite"
BOILERPLATE_STORE = "boilerplate.sqlite"
TRAP_STORE = "traps.sqlite"
STATE_FILES = (DEDUP_STORE, BOILERPLATE_STORE, TRAP_STORE)
DEFAULT_DATA_DIR = "data"
LOG_SUFFIX = ".log"
STATS_SUFFIX = ".stats.json"


PARQUET_URI_SETTING = "SNAPCRAWL_PARQUET_URI"

# A table's files: ``*.parquet`` with no part of the path below the table's directory
# hidden. pyarrow's dataset discovery (and so every reader) skips a name starting with
# one of these; a writer's temporary files start with ".", so no reader sees them.
PARQUET_SUFFIX = ".parquet"
HIDDEN_PREFIXES = (".", "_")


def is_visible_parquet(relative: str | PurePath) -> bool:
    """Whether the file at ``relative`` (below a table's directory) is one readers see.

    >>> is_visible_parquet("crawl_date=2026-01-01/part-x-00001.parquet")
    True
    >>> is_visible_parquet("crawl_date=2026-01-01/.part-x-00001.parquet.tmp")
    False
    >>> is_visible_parquet("_staging/part-x-00001.parquet")
    False
    """
    parts = PurePath(relative).parts
    return (
        bool(parts)
        and parts[-1].endswith(PARQUET_SUFFIX)
        and not any(part.startswith(HIDDEN_PREFIXES) for part in parts)
    )


def new_run_id(now: datetime | None = None) -> str:
    """A sortable, unique run id: UTC start time plus a random suffix (safe in file names)."""
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


PART = "part-"  # every Parquet file of a table starts with this


def part_prefix(run_id: str) -> str:
    """Every Parquet file a run writes starts with this: its rows are found by name."""
    return f"{PART}{run_id}-"


def part_name(run_id: str, sequence: int) -> str:
    """The name of a run's ``sequence``-th Parquet file in a table (or a partition of it)."""
    return f"{part_prefix(run_id)}{sequence:05d}.parquet"


def compacted_part_name(stamp: str, sequence: int) -> str:
    """The name of a file ``snapcrawl compact`` writes (it merges many runs' files)."""
    return f"{PART}compact-{stamp}-{sequence:05d}.parquet"


@dataclass(frozen=True)
class DataDir:
    """The layout of one DATA_DIR (and of its dataset, which may live elsewhere).

    ``parquet_uri`` is ``SNAPCRAWL_PARQUET_URI``: empty means the tables live in
    ``root``. Building the object opens nothing; :attr:`dataset` resolves the
    URI (``ValueError`` naming it when pyarrow cannot open it).
    """

    root: Path = Path(DEFAULT_DATA_DIR)
    parquet_uri: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", Path(self.root))
        object.__setattr__(self, "parquet_uri", str(self.parquet_uri or ""))

    # -- the dataset: local or remote -------------------------------------------------

    @cached_property
    def dataset(self) -> DatasetLocation:
        """Where the tables are: SNAPCRAWL_PARQUET_URI if set, else DATA_DIR (resolved once)."""
        from snapcrawl.store.filesystem import open_location  # the store names its files here

        return open_location(self.parquet_uri or self.root)

    def table(self, name: str) -> DatasetLocation:
        """One of :data:`TABLES`, wherever the dataset lives."""
        if name not in TABLES:
            raise ValueError(f"table={name!r}: use one of {', '.join(TABLES)}")
        return self.dataset / name

    def describe_table(self, name: str) -> str:
        """For messages: the table's path, with the filesystem's type when remote."""
        return self.table(name).describe()

    # -- local state ------------------------------------------------------------------

    @property
    def state(self) -> Path:
        return self.root / STATE_DIR

    @property
    def dedup_store(self) -> Path:
        """The SQLite dedup store (when neither SNAPCRAWL_DEDUP_STORE nor REDIS_URL is set)."""
        return self.state / DEDUP_STORE

    @property
    def boilerplate_store(self) -> Path:
        """The per-host boilerplate memory CleanPipeline learns and keeps."""
        return self.state / BOILERPLATE_STORE

    @property
    def trap_store(self) -> Path:
        """The URL patterns earlier runs gave up on as traps (snapcrawl.state.traps)."""
        return self.state / TRAP_STORE

    def state_files(self) -> list[Path]:
        """The state stores ``snapcrawl state check`` looks at."""
        return [self.state / name for name in STATE_FILES]

    @property
    def locks(self) -> Path:
        return self.state / LOCKS_DIR

    def lock(self, job: str) -> Path:
        """The lock file of job ``job`` (one run of a job at a time)."""
        return self.locks / f"{job}.lock"

    @property
    def compact_staging(self) -> Path:
        """Where ``snapcrawl compact`` builds a partition's new files: outside every table,
        so no reader's glob (``articles/**/*.parquet``) sees them half-made."""
        return self.state / COMPACT_DIR

    @property
    def quarantine(self) -> Path:
        """Where unreadable dataset files are moved, under their table's name."""
        return self.root / QUARANTINE_DIR

    @property
    def logs(self) -> Path:
        return self.root / LOGS_DIR

    def run_log(self, run_id: str) -> Path:
        """The run's full log (RunLog)."""
        return self.logs / f"{run_id}{LOG_SUFFIX}"

    def run_stats(self, run_id: str) -> Path:
        """The run's final Scrapy stats as JSON (written when the spider closes)."""
        return self.logs / f"{run_id}{STATS_SUFFIX}"

    @property
    def report(self) -> Path:
        """The HTML report ``snapcrawl report`` writes by default."""
        return self.root / REPORT_DIR / "index.html"

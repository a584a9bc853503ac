"""Check the state stores under DATA_DIR/state, and rebuild them when they are damaged.

The dataset is the truth and the state is derived from it: the dedup store
can always be rebuilt from the rows in ``articles/`` (every kept story goes
back in, committed), and the boilerplate memory is only learned help, so a
damaged one is set aside and learning starts again. A damaged file is never
deleted: it is renamed ``<name>.damaged-<time>`` beside the new one.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from snapcrawl.dataset.read import open_table
from snapcrawl.dedup import DedupConfig, DedupIndex, open_store
from snapcrawl.layout import ARTICLES, DataDir

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StateReport:
    path: Path
    problem: str | None  # None: the file is sound (or absent)

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_sqlite(path: Path) -> StateReport:
    """``PRAGMA integrity_check`` on ``path``; a missing file is fine (it starts empty)."""
    if not path.exists():
        return StateReport(path, None)
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = db.execute("PRAGMA integrity_check").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        return StateReport(path, str(error))
    problems = [row[0] for row in rows if row[0] != "ok"]
    return StateReport(path, "; ".join(problems[:5]) if problems else None)


def check_state(data_dir: Path | DataDir) -> list[StateReport]:
    return [check_sqlite(path) for path in _layout(data_dir).state_files()]


def _layout(data_dir: Path | DataDir) -> DataDir:
    return data_dir if isinstance(data_dir, DataDir) else DataDir(data_dir)


def set_aside(path: Path) -> Path | None:
    """Rename a damaged file (and its WAL/SHM companions) out of the way; returns the new name."""
    if not path.exists():
        return None
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def rebuild_dedup(
    data_dir: Path | DataDir, config: DedupConfig | None = None, batch: int = 1000
) -> int:
    """A new dedup store holding every article of the dataset, committed; returns the count.

    Rows go back a batch at a time in the dataset's file order, each batch sorted by
    ``crawled_at`` (memory stays bounded by ``batch``). A dataset written with dedup on
    holds one row per story, so the order does not matter; one that holds copies
    (written with dedup off) keeps the first copy in that order, and the later ones
    stay in ``articles/`` but are not in the store.
    """
    layout = _layout(data_dir)  # its tables may live at SNAPCRAWL_PARQUET_URI
    store_path = layout.dedup_store
    set_aside(store_path)
    added = 0
    with DedupIndex(open_store(str(store_path)), config or DedupConfig()) as index:
        try:
            table = open_table(layout, ARTICLES)
        except FileNotFoundError:
            return 0
        if not table.files:
            return 0
        scanner = table.scanner(columns=["url", "body", "run_id", "crawled_at"], batch_size=batch)
        for record_batch in scanner.to_batches():
            rows = record_batch.to_pylist()
            rows.sort(key=lambda row: (row["crawled_at"] is None, row["crawled_at"]))
            urls = []
            for row in rows:
                if index.check_and_add(row["url"], row["body"] or "", run_id=row["run_id"] or ""):
                    continue  # already in the store under another URL
                urls.append(row["url"])
            index.commit(urls)
            added += len(urls)
    logger.info("rebuilt %s from the dataset: %d stories", store_path, added)
    return added

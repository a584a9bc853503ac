"""Noise layer 3: lines a host repeats on a large share of its pages, learned and persisted.

A host's own furniture (a slogan, a disclaimer in a wording no rule knows, a sign-off) comes
back on most of its pages; a story quoted by two pages does not. So a line is boilerplate for
a host once that host has had ``min_pages`` pages recorded and the line was on at least
``min_share`` of them (and on ``min_count`` pages at least). Digits are folded before
counting, so "快照生成时间：2025-02-13 20:45" and its siblings count as one line.

Counts live in memory and go to SQLite every ``flush_every`` pages and on ``close()``: the next
run starts knowing the hosts. One instance belongs to one thread (sqlite3's default check),
but any number of instances, in any number of processes, may share one file: a flush adds
the pages counted *since the last flush* to what the file holds (``pages = pages + delta``),
never writes back totals read earlier, and then re-reads the host, so each instance also
learns from the others. The file is in WAL mode and writers wait for each other
(``busy_timeout``) instead of failing.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS hosts (host TEXT PRIMARY KEY, pages INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS lines (
    host TEXT NOT NULL, key TEXT NOT NULL, pages INTEGER NOT NULL, sample TEXT NOT NULL,
    PRIMARY KEY (host, key)
);
"""
_BUSY_TIMEOUT_MS = 30_000  # how long a flush waits for another process's write


@dataclass(frozen=True)
class BoilerplateConfig:
    """When a recurring line counts as a host's boilerplate.

    min_pages: pages of a host recorded before anything is judged (default 8).
    min_share: share of those pages a line must appear on (default 0.3).
    min_count: and at least this many pages, whatever the share (default 3).
    flush_every: pages between SQLite commits (default 64).
    min_chars / max_chars: lines outside this length are not tracked (defaults 4 / 400).
    prune_share: once a host has 10 x min_pages pages, lines under this share are forgotten
        at flush, so memory stays bounded by the host's real furniture (default 0.02).
    """

    min_pages: int = 8
    min_share: float = 0.3
    min_count: int = 3
    flush_every: int = 64
    min_chars: int = 4
    max_chars: int = 400
    prune_share: float = 0.02


def line_key(text: str) -> str:
    """The identity of a line across pages: digits folded, whitespace dropped, hashed."""
    folded = _SPACE.sub("", _DIGITS.sub("0", text)).lower()
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=12).hexdigest()


class BoilerplateMemory:
    """Per-host counts of recurring lines, persisted in SQLite."""

    def __init__(self, conn: sqlite3.Connection, config: BoilerplateConfig | None = None) -> None:
        self.config = config or BoilerplateConfig()
        self._conn = conn
        self._conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        self._conn.executescript(_SCHEMA)
        # Totals as last read from the file plus what this instance counted since.
        self._pages: dict[str, int] = {}
        self._lines: dict[str, dict[str, int]] = {}
        # What this instance counted since its last flush: the only thing a flush writes.
        self._new_pages: dict[str, int] = {}
        self._new_lines: dict[str, dict[str, int]] = {}
        self._samples: dict[tuple[str, str], str] = {}
        self._unflushed = 0

    @classmethod
    def open(cls, path: str | Path, config: BoilerplateConfig | None = None) -> BoilerplateMemory:
        """Open (or create, parent directories included) the store at ``path``."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=_BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA journal_mode = WAL")  # readers never block the writer
        return cls(conn, config)

    def __enter__(self) -> BoilerplateMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _load(self, host: str) -> dict[str, int]:
        counts = self._lines.get(host)
        if counts is None:
            counts = self._read(host)
        return counts

    def _read(self, host: str) -> dict[str, int]:
        """The file's counts for ``host`` plus this instance's unflushed ones."""
        row = self._conn.execute("SELECT pages FROM hosts WHERE host = ?", (host,)).fetchone()
        self._pages[host] = (row[0] if row else 0) + self._new_pages.get(host, 0)
        rows = self._conn.execute("SELECT key, pages FROM lines WHERE host = ?", (host,))
        counts = self._lines[host] = dict(rows.fetchall())
        for key, n in self._new_lines.get(host, {}).items():
            counts[key] = counts.get(key, 0) + n
        return counts

    def pages_seen(self, host: str) -> int:
        """How many pages of ``host`` have been recorded."""
        self._load(host)
        return self._pages[host]

    def is_boilerplate(self, host: str, text: str) -> bool:
        """Whether ``text`` recurs on enough of ``host``'s recorded pages."""
        cfg = self.config
        counts = self._load(host)
        pages = self._pages[host]
        if pages < cfg.min_pages:
            return False
        seen = counts.get(line_key(text), 0)
        return seen >= cfg.min_count and seen >= cfg.min_share * pages

    def record(self, host: str, lines: Iterable[str]) -> None:
        """Count one page of ``host``: each distinct line once."""
        cfg = self.config
        counts = self._load(host)
        keys: dict[str, str] = {}
        for text in lines:
            if cfg.min_chars <= len(text) <= cfg.max_chars:
                keys.setdefault(line_key(text), text)
        new = self._new_lines.setdefault(host, {})
        for key, text in keys.items():
            counts[key] = counts.get(key, 0) + 1
            new[key] = new.get(key, 0) + 1
            self._samples.setdefault((host, key), text)
        self._pages[host] += 1
        self._new_pages[host] = self._new_pages.get(host, 0) + 1
        self._unflushed += 1
        if self._unflushed >= cfg.flush_every:
            self.flush()

    def flush(self) -> None:
        """Add what was counted since the last flush to the file, in one transaction, then
        re-read those hosts (other instances may have flushed meanwhile)."""
        if not self._new_pages:
            return
        cfg = self.config
        conn = self._conn
        if conn.in_transaction:
            conn.commit()
        conn.execute("BEGIN IMMEDIATE")  # take the write lock now: no upgrade deadlock
        try:
            for host, pages in self._new_pages.items():
                conn.execute(
                    "INSERT INTO hosts (host, pages) VALUES (?, ?) "
                    "ON CONFLICT(host) DO UPDATE SET pages = pages + excluded.pages",
                    (host, pages),
                )
                conn.executemany(
                    "INSERT INTO lines (host, key, pages, sample) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(host, key) DO UPDATE SET pages = pages + excluded.pages",
                    [
                        (host, key, n, self._samples.get((host, key), ""))
                        for key, n in self._new_lines.get(host, {}).items()
                    ],
                )
                total = conn.execute("SELECT pages FROM hosts WHERE host = ?", (host,)).fetchone()
                if total[0] >= 10 * cfg.min_pages:
                    conn.execute(
                        "DELETE FROM lines WHERE host = ? AND pages < ?",
                        (host, cfg.prune_share * total[0]),
                    )
            conn.commit()
        except sqlite3.OperationalError as error:
            # Learning is an aid, not data: a full or locked disk must not stop extraction.
            # The counts stay pending and go out with the next flush that succeeds.
            conn.rollback()
            logger.warning("boilerplate memory not saved (%s); will retry", error)
            self._unflushed = 0
            return
        except BaseException:
            conn.rollback()
            raise
        hosts = list(self._new_pages)
        self._new_pages.clear()
        self._new_lines.clear()
        self._samples.clear()
        self._unflushed = 0
        for host in hosts:
            self._read(host)

    def close(self) -> None:
        """Flush and close the database."""
        try:
            self.flush()
        finally:
            self._conn.close()

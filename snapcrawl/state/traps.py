"""The URL patterns earlier runs gave up on as traps, so the next runs do not walk them again.

The trap guard (crawler/middlewares/traps.py) gives up on a pattern (``/archive/#-#-#.html``)
only after paying for dozens of its pages. Without a memory every run into the same
DATA_DIR paid again for the same calendar (set P, session 26: 38 calendar pages a run
for 3 new stories). A pattern given up on is remembered for ``runs`` later runs, in
which its links are not followed from the start; each run that starts counts one down,
and at zero the pattern is forgotten and walked once more. A calendar or tag list that
has come to list stories since is then followed as any pattern (and kept); one that
still leads nowhere is given up on, and remembered, again. Counting runs, not days,
keeps the cost the same whatever the schedule: one walk in ``runs + 1`` runs.

One small SQLite file (``DATA_DIR/state/traps.sqlite``), read when a run opens and
written when a pattern is given up on; a missing file is an empty memory.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS given_up ("
    " pattern TEXT PRIMARY KEY,"
    " runs_left INTEGER NOT NULL,"  # later runs that do not walk it
    " run_id TEXT)"  # the run that gave up on it
)


class TrapMemory:
    def __init__(self, path: Path, runs: int) -> None:
        self.path = Path(path)
        self.runs = runs

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        db.execute(SCHEMA)
        return db

    def start_run(self) -> set[str]:
        """The patterns this run does not walk; each counts one run down, and one that
        reaches zero is forgotten (walked in the run after)."""
        if not self.path.exists():
            return set()
        db = self._connect()
        try:
            with db:
                rows = db.execute("SELECT pattern FROM given_up WHERE runs_left > 0").fetchall()
                db.execute("UPDATE given_up SET runs_left = runs_left - 1")
                db.execute("DELETE FROM given_up WHERE runs_left <= 0")
        finally:
            db.close()
        return {pattern for (pattern,) in rows}

    def give_up(self, pattern: str, run_id: str | None = None) -> None:
        """Remember ``pattern`` for the next ``runs`` runs."""
        if self.runs <= 0:
            return
        db = self._connect()
        try:
            with db:
                db.execute(
                    "INSERT INTO given_up (pattern, runs_left, run_id) VALUES (?, ?, ?)"
                    " ON CONFLICT(pattern) DO UPDATE SET runs_left = excluded.runs_left,"
                    " run_id = excluded.run_id",
                    (pattern, self.runs, run_id),
                )
        finally:
            db.close()

    def remembered(self) -> dict[str, int]:
        """Every remembered pattern and the runs it has left (for tests and ``state``)."""
        if not self.path.exists():
            return {}
        db = self._connect()
        try:
            return dict(db.execute("SELECT pattern, runs_left FROM given_up").fetchall())
        finally:
            db.close()

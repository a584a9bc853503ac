"""snapcrawl/state/traps.py: patterns given up on are skipped for N runs, then walked again."""

from __future__ import annotations

import sqlite3

from snapcrawl.state.traps import TrapMemory

CALENDAR = "a.cn/archive/#-#-#.html"
TAGS = "a.cn/tag/#.html"


def test_a_missing_file_is_an_empty_memory_and_is_not_created(tmp_path):
    memory = TrapMemory(tmp_path / "state" / "traps.sqlite", runs=3)
    assert memory.start_run() == set()
    assert memory.remembered() == {}
    assert not (tmp_path / "state").exists()


def test_a_pattern_is_skipped_by_the_next_n_runs_then_walked_again(tmp_path):
    path = tmp_path / "traps.sqlite"
    TrapMemory(path, runs=2).give_up(CALENDAR, "run-1")
    assert TrapMemory(path, runs=2).start_run() == {CALENDAR}  # run 2
    assert TrapMemory(path, runs=2).start_run() == {CALENDAR}  # run 3
    assert TrapMemory(path, runs=2).start_run() == set()  # run 4 walks it again
    assert TrapMemory(path, runs=2).remembered() == {}


def test_giving_up_again_restarts_the_count_and_patterns_count_apart(tmp_path):
    path = tmp_path / "traps.sqlite"
    memory = TrapMemory(path, runs=2)
    memory.give_up(CALENDAR, "run-1")
    assert memory.start_run() == {CALENDAR}
    memory.give_up(TAGS, "run-2")
    assert memory.remembered() == {CALENDAR: 1, TAGS: 2}
    memory.give_up(CALENDAR, "run-2")  # walked again and still barren
    assert memory.remembered() == {CALENDAR: 2, TAGS: 2}
    with sqlite3.connect(path) as db:
        assert db.execute(
            "SELECT run_id FROM given_up WHERE pattern = ?", (CALENDAR,)
        ).fetchone() == ("run-2",)


def test_zero_runs_remembers_nothing(tmp_path):
    memory = TrapMemory(tmp_path / "traps.sqlite", runs=0)
    memory.give_up(CALENDAR)
    assert memory.remembered() == {}

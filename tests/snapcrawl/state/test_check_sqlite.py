"""The start-of-crawl check is quick but still finds a damaged store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from snapcrawl.state.repair import check_sqlite


def _store(path: Path) -> Path:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE lines (host TEXT, line TEXT, seen INTEGER)")
    db.execute("CREATE INDEX by_host ON lines (host, line)")
    db.executemany(
        "INSERT INTO lines VALUES (?, ?, ?)",
        ((f"h{i % 50}.example", f"第{i}行 的文字" * 5, i) for i in range(20_000)),
    )
    db.commit()
    db.close()
    return path


@pytest.mark.parametrize("thorough", [True, False])
def test_a_sound_store_and_a_missing_one_pass(tmp_path, thorough):
    assert check_sqlite(_store(tmp_path / "s.sqlite"), thorough=thorough).ok
    assert check_sqlite(tmp_path / "absent.sqlite", thorough=thorough).ok


@pytest.mark.parametrize("thorough", [True, False])
def test_a_file_that_is_not_a_database_is_reported(tmp_path, thorough):
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    assert check_sqlite(path, thorough=thorough).problem == "file is not a database"


@pytest.mark.parametrize("thorough", [True, False])
def test_pages_overwritten_in_the_middle_are_reported(tmp_path, thorough):
    path = _store(tmp_path / "s.sqlite")
    data = bytearray(path.read_bytes())
    page = 4096
    middle = len(data) // page // 2 * page
    data[middle : middle + 3 * page] = b"\xa5" * (3 * page)  # a torn write: garbage pages
    path.write_bytes(bytes(data))
    report = check_sqlite(path, thorough=thorough)
    assert not report.ok
    assert report.problem

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


_KILLED_MID_TRANSACTION = """
import os, signal, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 5")  # spill to the file mid-transaction: the journal is hot
db.execute("CREATE TABLE lines (host TEXT, line BLOB)")
db.execute("INSERT INTO lines VALUES ('kept.example', randomblob(900))")
db.execute("BEGIN")
for _ in range(400):
    db.execute("INSERT INTO lines VALUES ('lost.example', randomblob(900))")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("thorough", [True, False])
def test_a_store_whose_writer_was_killed_is_recovered_not_reported(tmp_path, thorough):
    """A crawl killed mid-write leaves a hot journal that a read-only connection cannot roll
    back ("attempt to write a readonly database"); another worker starting then must not be
    told to rebuild a sound store (seen in the distributed kill test)."""
    import subprocess
    import sys

    path = tmp_path / "boilerplate.sqlite"
    done = subprocess.run([sys.executable, "-c", _KILLED_MID_TRANSACTION, str(path)], check=False)
    assert done.returncode == -9
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()  # the hot journal the killed writer left
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.execute("SELECT count(*) FROM lines").fetchall()
    ro.close()

    assert check_sqlite(path, thorough=thorough).ok
    db = sqlite3.connect(path)
    assert db.execute("SELECT host, count(*) FROM lines GROUP BY host").fetchall() == [
        ("kept.example", 1)  # the committed row stays; the killed transaction is rolled back
    ]
    db.close()

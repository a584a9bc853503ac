"""The SQLite store's two band trees: merging keeps every verdict, and old files open."""

from __future__ import annotations

import signal
import sqlite3
import textwrap
import warnings
from pathlib import Path

import pytest

from snapcrawl.dedup import DedupConfig, DedupIndex, open_store
from snapcrawl.dedup.store import sqlite_bands

from ..texts import HARVEST, METRO, TREES, join, random_story
from .test_sqlite import start_child

# The schema of the store files written before bands_recent (main, 2026-12-04).
_OLD_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE owners (
    owner TEXT PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL, started REAL NOT NULL
);
CREATE TABLE docs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url_key INTEGER NOT NULL,
    url TEXT NOT NULL,
    exact INTEGER NOT NULL,
    sig BLOB NOT NULL,
    run_id TEXT NOT NULL,
    owner TEXT,
    added REAL NOT NULL
);
CREATE INDEX docs_url_key ON docs (url_key);
CREATE INDEX docs_exact ON docs (exact);
CREATE INDEX docs_pending ON docs (owner) WHERE owner IS NOT NULL;
CREATE TABLE bands (
    key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)
) WITHOUT ROWID;
"""


def _edited(body: str) -> str:
    """A republished copy: first line dropped, a credit appended."""
    return body.split("\n", 1)[1] + "（记者 周海）"


def _write_old_file(path: Path, stories: dict[str, str]) -> None:
    """A store file as the old code left it: committed docs, every band row in bands."""
    config = DedupConfig()
    maker = DedupIndex(open_store(":memory:"), config)
    db = sqlite3.connect(path)
    db.executescript(_OLD_SCHEMA)
    db.executemany("INSERT INTO meta VALUES (?, ?)", list(config.store_params().items()))
    for doc, (url, body) in enumerate(stories.items(), 1):
        entry = maker.make_entry(url, body, run_id="old")
        from snapcrawl.dedup.store.sqlite import url_key

        db.execute(
            "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
            (doc, url_key(url), url, entry.exact, entry.signature, "old", 0.0),
        )
        db.executemany("INSERT INTO bands VALUES (?, ?)", [(b, doc) for b in entry.bands])
    db.commit()
    db.close()


def test_a_file_of_the_old_schema_opens_and_keeps_its_verdicts(tmp_path: Path) -> None:
    path = tmp_path / "dedup.sqlite"
    _write_old_file(
        path, {"http://a.example/trees": join(TREES), "http://a.example/metro": join(METRO)}
    )
    with DedupIndex(open_store(str(path))) as index:
        assert index.known_url("http://a.example/trees")
        exact = index.check_and_add("http://b.example/1", join(TREES))
        assert exact is not None
        assert (exact.kind, exact.dup_of) == (
            "exact",
            "http://a.example/trees",
        )
        near = index.check_and_add("http://b.example/2", _edited(join(METRO)))
        assert near is not None
        assert (near.kind, near.dup_of) == ("near", "http://a.example/metro")
        assert index.check_and_add("http://b.example/3", join(HARVEST)) is None
        index.commit(["http://b.example/3"])
    with DedupIndex(open_store(str(path))) as again:  # the new rows and the old ones
        assert again.check_and_add("http://c.example/1", _edited(join(HARVEST))) is not None
        assert again.check_and_add("http://c.example/2", _edited(join(METRO))) is not None


def test_merging_the_levels_keeps_every_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copies find their originals in every tree, before and after merges."""
    monkeypatch.setattr(sqlite_bands, "LEVELS", [4, 16])
    path = tmp_path / "dedup.sqlite"
    stories = {f"http://a.example/{i}": random_story(500 + i) for i in range(30)}
    with DedupIndex(open_store(str(path)), DedupConfig()) as index:
        for url, body in stories.items():
            assert index.check_and_add(url, body) is None
            index.commit([url])  # a commit per story: levels fill every 4 and 16 documents
        db = index.store._db  # type: ignore[attr-defined]
        docs = {
            table: db.execute(f"SELECT COUNT(DISTINCT doc) FROM {table}").fetchone()[0]
            for table in sqlite_bands.TABLES
        }
        assert docs == {"bands": 16 - 1, "bands_mid": 12, "bands_recent": 3}
        for i, (url, body) in enumerate(stories.items()):
            verdict = index.check_and_add(f"http://b.example/{i}", _edited(body))
            assert verdict is not None
            assert (verdict.kind, verdict.dup_of) == ("near", url)
    with DedupIndex(open_store(str(path)), DedupConfig()) as again:  # none lost on close
        assert again.check_and_add("http://c.example/0", _edited(stories["http://a.example/0"]))


# A run that merges levels every 2 and 4 documents, commits each story, then waits.
_CHILD = textwrap.dedent(
    """
    import sys
    from snapcrawl.dedup import DedupIndex, open_store
    from snapcrawl.dedup.store import sqlite_bands
    sys.path.insert(0, {tests!r})
    from texts import random_story
    sqlite_bands.LEVELS = [2, 4]
    index = DedupIndex(open_store({path!r}))
    for i in range(9):
        assert index.check_and_add(f"http://a.example/{{i}}", random_story(700 + i)) is None
        index.commit([f"http://a.example/{{i}}"])
    assert index.check_and_add("http://a.example/pending", random_story(799)) is None
    print("ready", flush=True)
    sys.stdin.read()
    """
)


def test_a_killed_run_loses_no_committed_story_across_merges(tmp_path: Path) -> None:
    path = tmp_path / "dedup.sqlite"
    proc = start_child(path, _CHILD)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with DedupIndex(open_store(str(path))) as after:
        db = after.store._db  # type: ignore[attr-defined]
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for i in range(9):
            verdict = after.check_and_add(f"http://b.example/{i}", _edited(random_story(700 + i)))
            assert verdict is not None
            assert verdict.dup_of == f"http://a.example/{i}"
        assert not after.known_url("http://a.example/pending")  # never committed: discarded


def test_lookup_binds_numbered_keys_without_the_deprecated_sequence_form(tmp_path: Path):
    """``?N`` placeholders bound from a sequence warn in Python 3.12-3.13 and fail from
    3.14; on 3.11 nothing warns, so this test guards the binding on 3.12 and later."""
    db = sqlite3.connect(tmp_path / "bands.db")
    db.executescript(
        "CREATE TABLE docs (id INTEGER PRIMARY KEY, url TEXT, sig BLOB);" + sqlite_bands.SCHEMA
    )
    db.execute("INSERT INTO docs VALUES (7, 'http://a/1', x'00')")
    db.executemany("INSERT INTO bands_mid VALUES (?, ?)", [(11, 7), (12, 7), (13, 8)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rows = sorted(sqlite_bands.lookup(db, [12, 13, 99]))
    db.close()
    assert rows == [(12, 7, "http://a/1", b"\x00"), (13, 8, None, None)]

"""daniel_zh, the unseen set: its gold is frozen, complete and loadable without the pages in the
repository, and a missing pages folder is one usage line (exit 2), as a missing corpus is.

The pages themselves are never read here (a clone has none): the loader is fed stand-ins.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXTRACTION = REPO / "benchmarks" / "extraction"
GOLD = EXTRACTION / "gold" / "daniel_zh"
KEYS = {
    "title",
    "body",
    "published_at",
    "source",
    "author",
    "editor",
    "original_title",
    "kind",
    "must_not_contain",
    "notes",
}


@pytest.fixture(scope="module")
def daniel():
    sys.path.insert(0, str(EXTRACTION))
    try:
        import daniel as module
    finally:
        sys.path.remove(str(EXTRACTION))
    return module


def _sample() -> dict:
    return json.loads((GOLD / "sample.json").read_text(encoding="utf-8"))


def test_missing_pages_is_one_usage_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-pages"
    command = [sys.executable, str(EXTRACTION / "run.py"), "--sets", "daniel_zh"]
    done = subprocess.run(
        [*command, "--pages", str(missing)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "daniel_zh pages missing" in last
    assert str(missing) in last


def test_draw_is_two_seeded_sets_of_twenty() -> None:
    sample = _sample()
    assert sample["source"]["repo"] == "rundimeco/waddle"
    assert len(sample["source"]["commit"]) == 40
    assert sample["seeds"] == {"A": 52, "B": 53}
    files = [e["file"] for rows in sample["sets"].values() for e in rows]
    assert [len(rows) for rows in sample["sets"].values()] == [20, 20]
    assert len(set(files)) == 40
    assert all(e["bytes"] >= 5 * 1024 for rows in sample["sets"].values() for e in rows)


def test_every_page_has_gold_with_the_gne_keys() -> None:
    for rows in _sample()["sets"].values():
        for entry in rows:
            gold = json.loads((GOLD / f"{entry['stem']}.json").read_text(encoding="utf-8"))
            assert set(gold) == KEYS, entry["stem"]
            assert gold["title"]
            assert gold["kind"] in ("news", "not_article")
            assert (gold["body"] is None) == (gold["kind"] == "not_article")
            for item in gold["must_not_contain"]:
                assert len(item["text"]) >= 6
                assert item["text"] not in (gold["body"] or "")


def test_gold_matches_the_frozen_sums() -> None:
    """SHA256SUMS.frozen was written in the scratch layout (gold/<stem>.json, specs/, the
    sample); the copies here must be byte for byte those files."""
    here = {"gold/": GOLD, "specs/": GOLD / "specs"}
    checked = 0
    for line in (GOLD / "SHA256SUMS.frozen").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        folder = next((here[p] for p in here if name.startswith(p)), None)
        if folder is not None:
            path = folder / name.split("/", 1)[1]
        elif name == "sample.json":
            path = GOLD / name
        else:
            continue  # the scripts: kept here after ruff format, see gold/README.md
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, name
        checked += 1
    assert checked == 81


def test_loader_reads_every_drawn_file_as_held_out(daniel, tmp_path: Path) -> None:
    for entry in daniel.entries():
        (tmp_path / entry["file"]).write_text(
            '<html><head><meta charset="utf-8"></head><body><p>替身</p></body></html>',
            encoding="utf-8",
        )
    pages = daniel.load(tmp_path)
    assert len(pages) == 40
    assert all(p.held_out and p.dataset == "daniel_zh" and "替身" in p.html for p in pages)
    assert sum(p.body is not None for p in pages) == 40
    assert daniel.missing(tmp_path) == []
    (tmp_path / daniel.entries()[0]["file"]).unlink()
    assert len(daniel.missing(tmp_path)) == 1

"""A clone on its own has no ../shared corpus: each benchmark that reads it says so in one
usage line and exits 2, before any page is loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
READS_CORPUS = [
    "benchmarks/extraction/run.py",
    "benchmarks/extraction/speed.py",
    "benchmarks/extraction/instructions.py",
    "benchmarks/dedup/run.py",
    "benchmarks/dedup/phases.py",
    "benchmarks/dedup/versus.py",
    "benchmarks/keywords/run.py",
]


@pytest.mark.parametrize("script", READS_CORPUS)
def test_missing_corpus_is_one_usage_line(script: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-corpus"
    done = subprocess.run(
        [sys.executable, str(REPO / script), "--corpus", str(missing)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "corpus missing" in last
    assert str(missing) in last


def test_disagree_without_its_pages_is_one_usage_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-pages"
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks/extraction/disagree.py"),
            str(missing),
            str(tmp_path / "out.tsv"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].endswith(f"pages folder missing: {missing}")
    assert not (tmp_path / "out.tsv").exists()

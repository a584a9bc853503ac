"""What the tests of the benchmark's page sets (gold/daniel_*, gold/pool_*) share: where the
benchmark's modules are, the gold's keys, a stand-in page, and an importer for those modules
(scripts beside run.py, not a package), with two of them as fixtures (tests/conftest.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXTRACTION = REPO / "benchmarks" / "extraction"
GOLD_ROOT = EXTRACTION / "gold"
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
STAND_IN = '<html><head><meta charset="utf-8"></head><body><p>替身</p></body></html>'


def import_benchmark(name: str):
    """A module of benchmarks/extraction/ (daniel, sets, fetch_daniel …)."""
    sys.path.insert(0, str(EXTRACTION))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(EXTRACTION))


@pytest.fixture(scope="module")
def daniel():
    return import_benchmark("daniel")


@pytest.fixture(scope="module")
def sets():
    return import_benchmark("sets")

"""Shared paths and loaders for the extraction tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "extract"
CORPUS = REPO.parent / "shared" / "corpus"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus beside the repo; its absence is a failure, never a skip."""
    if not (CORPUS / "synthetic_snapshot_zh" / "gold.json").is_file():
        pytest.fail(
            f"extraction corpus missing: expected {CORPUS} (../shared/corpus beside the repo)"
        )
    return CORPUS

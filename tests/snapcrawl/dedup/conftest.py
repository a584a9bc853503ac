from __future__ import annotations

import uuid
from pathlib import Path

import pytest


@pytest.fixture
def redis_spec(redis_server: str) -> str:
    """A store spec on the shared server (database 0) with a key prefix of its own."""
    return f"{redis_server}/0?prefix=test-{uuid.uuid4().hex[:12]}"


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store_spec(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each kind of store in turn, as a spec ``open_store`` takes."""
    if request.param == "memory":
        return ":memory:"
    if request.param == "sqlite":
        return str(tmp_path / "dedup.sqlite")
    return request.getfixturevalue("redis_spec")

from __future__ import annotations

import uuid

import pytest


@pytest.fixture
def redis_spec(redis_server: str) -> str:
    """A store spec on the shared server (database 0) with a key prefix of its own."""
    return f"{redis_server}/0?prefix=test-{uuid.uuid4().hex[:12]}"

"""Fixtures shared by the whole suite: the demo sites served on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from snapcrawl.fixtures.server import FixtureSiteServer, serve_site
from tests.crawling import DEMO_DIR
from tests.gold_sets import daniel, sets  # noqa: F401 - fixtures of the page-set tests
from tests.ports import demo_ports_held
from tests.redis_server import redis_server  # noqa: F401 - a fixture for the whole suite


@pytest.fixture(scope="session")
def demo_truth() -> dict:
    return json.loads((DEMO_DIR / "truth.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def demo_site() -> Iterator[FixtureSiteServer]:
    with serve_site(DEMO_DIR / "site") as server:
        yield server


@pytest.fixture(scope="session")
def demo_mirror() -> Iterator[FixtureSiteServer]:
    with serve_site(DEMO_DIR / "mirror") as server:
        yield server


@pytest.fixture
def demo_ports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """For a test that runs ``snapcrawl demo``: the demo's fixed ports are its own meanwhile
    (``tests.ports.demo_ports_held``), so a parallel worker's two demos keep theirs."""
    with demo_ports_held(tmp_path_factory):
        yield

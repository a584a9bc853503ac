"""A free TCP port on 127.0.0.1, for the tests that need a port number before a server."""

from __future__ import annotations

import fcntl
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def free_port() -> int:
    """A port nothing listened on a moment ago (another process may take it meanwhile:
    a server started on it retries, or the test wants exactly a port nothing serves)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def demo_ports_held(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The demo's fixed ports (8701, 8702) for this test alone among the run's workers.

    ``snapcrawl demo`` falls back to a free port when its own is busy, and a moved port is
    another host: a test that needs two demos on the same ports holds this, and so does
    every test that runs a demo crawl, so a parallel worker never takes the ports between.
    """
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # the run's own
    with open(root / "demo-ports.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)

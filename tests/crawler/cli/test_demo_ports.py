"""The demo's fixed ports: a busy one falls back to a free port, and the demo says so."""

from __future__ import annotations

import io
import socket
from contextlib import ExitStack
from urllib.parse import urlsplit
from urllib.request import urlopen

from crawler.cli import demo
from snapcrawl.demo_site import demo_sites
from tests.ports import free_port


def test_a_busy_demo_port_falls_back_to_a_free_one_and_says_so():
    site = demo_sites()[0]
    with socket.socket() as taken, ExitStack() as stack:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        out = io.StringIO()
        server = demo._serve(stack, site, busy, out)
        assert urlsplit(server.url).port not in (busy, None)
        assert f"port {busy} is busy, so site is served at {server.url}" in out.getvalue()
        with urlopen(server.url, timeout=10) as response:  # and it serves the demo site
            assert response.status == 200


def test_a_free_demo_port_is_used_as_is():
    free = free_port()
    out = io.StringIO()
    with ExitStack() as stack:
        server = demo._serve(stack, demo_sites()[1], free, out)
        assert urlsplit(server.url).port == free
    assert out.getvalue() == ""

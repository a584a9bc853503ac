"""A free TCP port on 127.0.0.1, for the tests that need a port number before a server."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port nothing listened on a moment ago (another process may take it meanwhile:
    a server started on it retries, or the test wants exactly a port nothing serves)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]

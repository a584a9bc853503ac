"""A real redis-server on a free loopback port, for every test that needs Redis.

In CI (the CI environment variable set) a missing redis-server fails the tests
that need it; elsewhere they skip with the install command.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ports import free_port


def _start_redis(
    exe: str, workdir: Path, port: int | None = None
) -> tuple[subprocess.Popen[bytes], int]:
    wanted = port
    for _ in range(5):  # the free port can be taken before redis binds it: retry
        port = wanted or free_port()
        proc = subprocess.Popen(
            [
                exe,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return proc, port
            except OSError:
                time.sleep(0.05)
        proc.kill()
        proc.wait()
    raise RuntimeError("redis-server did not start on a loopback port")


def start_redis_server(
    workdir: Path, port: int | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """A redis-server of the test's own (to kill or restart, on ``port`` if given): its
    process and URL."""
    proc, port = _start_redis(_redis_exe(), workdir, port)
    return proc, f"redis://127.0.0.1:{port}"


def _redis_exe() -> str:
    """redis-server's path; a missing one fails the test in CI and skips it elsewhere."""
    exe = shutil.which("redis-server")
    if exe is None:
        message = (
            "redis-server is not on PATH; install it (apt-get install redis-server)"
            " to run the Redis tests"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return exe


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free 127.0.0.1 port; yields its redis:// URL."""
    proc, url = start_redis_server(tmp_path_factory.mktemp("redis"))
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)

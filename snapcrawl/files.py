"""Write a local file whole or not at all: the one way snapcrawl replaces a file.

A reader (a browser on the report, a monitoring script on the run's stats, a
test on its fixtures) must never see a file half-written by a process that was
killed or hit a full disk. So every file is written under a hidden temporary
name beside the target (hidden: a dataset reader's discovery skips it) and
renamed over it only once complete; the temporary file never outlives a failure.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary name beside ``path`` to write to (for writers that want a file name);
    renamed over ``path`` when the block ends without error, removed in every case."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        yield temp
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to ``path``, whole or not at all."""
    with atomic_path(path) as temp:
        temp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

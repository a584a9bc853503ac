"""A compaction's working directory, outside every table, and the recovery of a dead one.

One compaction of one partition works in ``<staging>/<stamp>/``:
``manifest.json`` names the partition and its input files, ``new/`` receives
the merged files and is then exchanged with the partition, so afterwards it
holds the old files. The compaction holds an ``flock`` on
``<staging>/<stamp>.lock`` while it lives; a killed one releases it with its
process. :func:`recover_compactions` finishes what a dead one left: before the
exchange its ``new/`` holds only new files, which are dropped (the partition is
untouched); after it, ``new/`` holds the old inputs, and any other file there
is one a crawl renamed into the partition meanwhile, which is moved into the
partition before the directory is removed. Which side of the exchange it died
on is read from ``new/`` itself: it holds the inputs only after the exchange.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from snapcrawl.files import write_atomic
from snapcrawl.layout import PARQUET_SUFFIX, is_visible_parquet

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock, no recovery of others' leftovers
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
NEW = "new"
LOCK_SUFFIX = ".lock"


class Staging:
    """The working directory of one partition's compaction."""

    def __init__(self, work: Path, partition: Path, inputs: set[str]) -> None:
        self.work = work
        self.partition = partition
        self.inputs = inputs

    @property
    def new(self) -> Path:
        return self.work / NEW

    @classmethod
    @contextmanager
    def start(cls, root: Path, stamp: str, partition: Path, inputs: set[str]) -> Iterator[Staging]:
        """Lock, create and (on leaving, whatever happened) finish and remove ``root/stamp``."""
        root.mkdir(parents=True, exist_ok=True)
        lock_path = root / f"{stamp}{LOCK_SUFFIX}"
        lock = open(lock_path, "a+")  # noqa: SIM115 - held for the whole compaction
        try:
            if fcntl is not None:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            work = root / stamp
            (work / NEW).mkdir(parents=True)
            manifest = {"partition": str(partition), "inputs": sorted(inputs)}
            write_atomic(work / MANIFEST, json.dumps(manifest))
            staging = cls(work, partition, inputs)
            try:
                yield staging
            finally:
                staging.finish()
        finally:
            lock_path.unlink(missing_ok=True)
            lock.close()

    @classmethod
    def load(cls, work: Path) -> Staging | None:
        """A dead compaction's staging, or None when it died before writing its manifest."""
        try:
            manifest = json.loads((work / MANIFEST).read_text("utf-8"))
            return cls(work, Path(manifest["partition"]), set(manifest["inputs"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def exchanged(self) -> bool:
        """True once ``new/`` and the partition were swapped (``new/`` holds the inputs)."""
        return any((self.new / name).exists() for name in self.inputs)

    def move_late_files(self) -> int:
        """After the exchange: move into the partition the files a crawl added meanwhile."""
        moved = 0
        for late in visible_files(self.new, recursive=False):
            if late.name not in self.inputs and not (self.partition / late.name).exists():
                late.rename(self.partition / late.name)
                moved += 1
        return moved

    def finish(self) -> None:
        """Keep late files if the exchange happened, then remove the working directory."""
        if self.exchanged() and self.partition.is_dir():
            self.move_late_files()
        shutil.rmtree(self.work)


def recover_compactions(root: Path) -> int:
    """Finish or remove what dead compactions left in ``root``; returns how many.

    Live compactions (their lock held) are left alone, so this is safe to call
    from a crawl, or from a compaction, while another compaction runs.
    """
    root = Path(root)
    if fcntl is None or not root.is_dir():
        return 0
    recovered = 0
    for work in sorted(path for path in root.iterdir() if path.is_dir()):
        lock_path = root / f"{work.name}{LOCK_SUFFIX}"
        with open(lock_path, "a+") as lock:
            try:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live compaction
            staging = Staging.load(work)
            if staging is None:
                shutil.rmtree(work)
            else:
                staging.finish()
            lock_path.unlink(missing_ok=True)
        recovered += 1
        logger.warning("removed a dead compaction's leftovers: %s", work)
    return recovered


def visible_files(directory: Path, *, recursive: bool) -> list[Path]:
    """The Parquet files readers see under ``directory`` (no hidden or temporary ones:
    :func:`snapcrawl.layout.is_visible_parquet`)."""
    pattern = f"**/*{PARQUET_SUFFIX}" if recursive else f"*{PARQUET_SUFFIX}"
    return sorted(
        path
        for path in directory.glob(pattern)
        if path.is_file() and is_visible_parquet(path.relative_to(directory))
    )

"""Find the dataset's unreadable Parquet files, and move them to ``DATA_DIR/quarantine/``.

Unreadable: a footer that does not read, or a file whose columns contradict its table's
(another tool's file copied in: it breaks every read of the table just the same).

One file with a broken footer (a disk fault, a copy cut short, a tool that
wrote over it) makes every reader of the table fail: ``snapcrawl.load``, the
report, DuckDB, and ``snapcrawl state rebuild``. ``snapcrawl state check``
names such files; ``--quarantine`` moves them out of the table, keeping their
path under ``DATA_DIR/quarantine/<table>/`` so nothing is deleted and the rest
of the dataset reads again. The stories in a quarantined file are no longer in
the dataset: rebuild the dedup state without them and crawl again (see the
README, "Recovering from damaged state").
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from snapcrawl.dataset.read import is_table
from snapcrawl.errors import SnapcrawlError
from snapcrawl.layout import TABLES, DataDir, is_visible_parquet
from snapcrawl.store.filesystem import DatasetLocation
from snapcrawl.store.table_fit import misfit

# What reading a damaged file raises: pyarrow's errors, and the OS's.
READ_ERRORS = (pa.ArrowException, OSError)


@dataclass(frozen=True)
class BadFile:
    """A Parquet file of the dataset that cannot be read."""

    table: str
    path: str  # in the dataset's filesystem
    problem: str
    relative: str  # below the table's directory, e.g. crawl_date=2026-01-18/part-….parquet


class UnreadableFiles(SnapcrawlError):
    """The dataset holds files no reader can open: name them and say what to do."""

    def __init__(self, files: list[BadFile], data_dir: Path) -> None:
        names = "; ".join(f"{bad.path} ({bad.problem})" for bad in files)
        super().__init__(
            f"{len(files)} unreadable Parquet file(s): {names}. Move them to "
            f"{DataDir(data_dir).quarantine} with `snapcrawl state rebuild --quarantine "
            f"{data_dir}` (the dedup state is then rebuilt without their stories; crawl "
            "again to fetch them)"
        )
        self.files = files


def check_dataset(layout: DataDir) -> tuple[int, list[BadFile]]:
    """Open every visible Parquet file's footer; returns (files checked, the bad ones)."""
    checked, bad = 0, []
    for table in TABLES:
        location = layout.table(table)
        if not is_table(location):
            continue
        for path, relative in visible_parquet_files(location):
            checked += 1
            problem = footer_problem(location.filesystem, path, table)
            if problem is not None:
                bad.append(BadFile(table, path, problem, relative))
    return checked, bad


def visible_parquet_files(location: DatasetLocation) -> list[tuple[str, str]]:
    """(path, path below ``location``) of the files readers see
    (:func:`snapcrawl.layout.is_visible_parquet`)."""
    selector = pafs.FileSelector(location.path, recursive=True)
    files = []
    for info in location.filesystem.get_file_info(selector):
        relative = PurePosixPath(info.path).relative_to(location.path)
        if info.type == pafs.FileType.File and is_visible_parquet(relative):
            files.append((info.path, str(relative)))
    return sorted(files)


def footer_problem(filesystem: pafs.FileSystem, path: str, table: str = "") -> str | None:
    """None when the file's footer (schema and row groups) reads and, given ``table``, its
    columns fit that table's (:func:`snapcrawl.store.table_fit.misfit`), else why not."""
    try:
        with filesystem.open_input_file(path) as handle:
            metadata = pq.read_metadata(handle)
        schema = metadata.schema.to_arrow_schema() if table else None
    except READ_ERRORS as error:
        return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    problem = misfit(table, schema) if schema is not None else None
    return f"not a file of this table: {problem}" if problem else None


def quarantine(layout: DataDir, bad: BadFile) -> Path:
    """Move ``bad`` out of its table to ``DATA_DIR/quarantine/<table>/<relative>``."""
    target = layout.quarantine / bad.table / bad.relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():  # quarantined before under the same name: keep both
        target = target.with_name(f"{target.name}.{_free_suffix(target)}")
    location = layout.table(bad.table)
    if location.local:
        shutil.move(bad.path, target)
    else:
        with location.filesystem.open_input_stream(bad.path) as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out)
        location.filesystem.delete_file(bad.path)
    return target


def _free_suffix(target: Path) -> int:
    number = 1
    while target.with_name(f"{target.name}.{number}").exists():
        number += 1
    return number

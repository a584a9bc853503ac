"""Errors that tell the user what went wrong and what to do about it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class SnapcrawlError(Exception):
    """Base class for errors snapcrawl raises on purpose."""


class ConfigError(SnapcrawlError, ValueError):
    """A setting is on but wrong: the run must stop at start, not limp on.

    The message names the setting, the value and the fix, e.g.
    ``SNAPCRAWL_DEDUP_THRESHOLD=1.5: use a Jaccard between 0 and 1 (default 0.8)``.
    """

    def __init__(self, setting: str, value: object, fix: str) -> None:
        super().__init__(f"{setting}={value!r}: {fix}")
        self.setting = setting
        self.value = value
        self.fix = fix


class ServiceUnavailable(ConfigError):
    """A service a setting points to (Redis) does not answer: the setting may be right and
    the service down, so the fix is to start it or correct the setting, then run again."""


class DataDirUnwritable(ConfigError):
    """DATA_DIR (or the directory a setting names) cannot be written: no space, a
    read-only file system, no permission. Its own class, so the exit code (74, EX_IOERR)
    follows the fault and not the message's wording."""


class StateError(SnapcrawlError):
    """A state store (dedup, boilerplate) cannot be read: say which, why, and how to recover."""

    def __init__(self, path: str, problem: str, data_dir: str) -> None:
        super().__init__(
            f"the state store {path} cannot be used ({problem}): check it with "
            f"`snapcrawl state check {data_dir}`, then rebuild it from the dataset with "
            f"`snapcrawl state rebuild {data_dir}` (the damaged file is kept beside it)"
        )
        self.path = path


class UnreadableDataset(SnapcrawlError):
    """A file of the dataset is not readable Parquet: name it and how to set it aside."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(
            f"{problem} (reading {where}): set unreadable files aside with "
            "`snapcrawl state check DATA_DIR --quarantine`, then read again"
        )
        self.where = where
        self.problem = problem


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """The "did you mean X?" for the known name closest to a misspelt one ("" when none is close):
    every "no such key/argument/spider" message offers its fix in the same words."""
    close = difflib.get_close_matches(name, list(known), n=1)
    return f"did you mean {close[0]}?" if close else ""

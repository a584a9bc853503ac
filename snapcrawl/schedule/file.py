"""Read and check a schedule file: one TOML table per job.

::

    data_dir = "data"              # optional; default "data" next to this file
    timezone = "Asia/Shanghai"     # optional; cron times are read in it (default: local)

    [jobs.news]
    spider = "snapshot"            # optional (default snapshot)
    every = "30m"                  # or: cron = "*/30 * * * *"
    args = { start_url = "https://news.example.cn/" }
    settings = { CLOSESPIDER_PAGECOUNT = 2000 }
    data_dir = "news-data"         # optional; overrides the top-level one

Relative paths are relative to the schedule file, so cron, systemd and a shell
in another directory all mean the same place. A mistake raises
:class:`ScheduleError` naming the file, the job, the key and what to write.

>>> parse_interval("1h30m")
5400.0
>>> parse_interval(90)
90.0
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from snapcrawl.errors import SnapcrawlError, did_you_mean

TOP_KEYS = ("data_dir", "timezone", "jobs")
JOB_KEYS = ("spider", "args", "settings", "cron", "every", "data_dir")
JOB_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
NUMBER = re.compile(r"\s*\d+(?:\.\d+)?\s*")
INTERVAL = re.compile(r"(?:(\d+(?:\.\d+)?)\s*([smhdw])\s*)+")
INTERVAL_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
# Settings a job may not set itself: the schedule owns them.
RESERVED_SETTINGS = {
    "DATA_DIR": 'use the job\'s data_dir key (data_dir = "...")',
    "SNAPCRAWL_LOCK_NAME": "remove it: the job's name is its lock",
    "SNAPCRAWL_RUN_ID": "remove it: every run gets a new id",
}
EVERY_EXAMPLE = 'every = "30m" (s, m, h, d, w; or a number of seconds)'
CRON_EXAMPLE = 'cron = "*/30 * * * *" (minute hour day month weekday)'


class ScheduleError(SnapcrawlError, ValueError):
    """A schedule file is wrong: the message says where, which key and what to write."""


@dataclass(frozen=True)
class Job:
    """One job of a schedule file, checked and ready to run."""

    name: str
    spider: str
    args: tuple[tuple[str, str], ...]  # spider arguments (-a NAME=VALUE)
    settings: tuple[tuple[str, str], ...]  # settings (-s NAME=VALUE), values as text
    data_dir: Path
    cron: str | None = None
    every: float | None = None  # seconds
    timezone: str | None = None

    @property
    def when(self) -> str:
        """How the job's times read to a person: ``every 1800 s`` or ``cron */30 * * * *``."""
        return f"cron {self.cron}" if self.cron else f"every {self.every:g} s"


@dataclass(frozen=True)
class Schedule:
    path: Path
    jobs: tuple[Job, ...]

    def job(self, name: str) -> Job:
        for job in self.jobs:
            if job.name == name:
                return job
        names = ", ".join(job.name for job in self.jobs)
        raise ScheduleError(f"{self.path}: no job {name!r}; the jobs are: {names}")


def load_schedule(path: str | Path) -> Schedule:
    """Read and check the schedule file at ``path``."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ScheduleError(f"{path}: no such schedule file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ScheduleError(f"{path}: cannot read it ({error})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ScheduleError(f"{path}: not valid TOML ({error})") from None
    return parse_schedule(data, path)


def parse_schedule(data: dict[str, Any], path: Path) -> Schedule:
    """Check a parsed schedule file; ``path`` names it in errors and anchors relative paths."""
    where = str(path)
    base = path.resolve().parent
    _check_keys(data, TOP_KEYS, where, "the top level")
    timezone = data.get("timezone")
    if timezone is not None:
        _check_timezone(timezone, where, "timezone")
    data_dir = _path(data.get("data_dir", "data"), base, where, "data_dir")
    jobs = data.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        raise ScheduleError(
            f"{where}: no jobs; add one, e.g.\n  [jobs.news]\n  {EVERY_EXAMPLE}\n"
            '  args = { start_url = "https://news.example.cn/" }'
        )
    parsed = tuple(
        _parse_job(name, table, where, base, data_dir, timezone) for name, table in jobs.items()
    )
    return Schedule(path, parsed)


def parse_interval(value: object) -> float:
    """Seconds in ``90``, ``"90s"``, ``"15m"``, ``"1h30m"``, ``"2d"``; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError("a boolean is not an interval")
    plain = isinstance(value, str) and NUMBER.fullmatch(value)
    if isinstance(value, int | float) or plain:
        seconds = float(value)
    elif isinstance(value, str) and INTERVAL.fullmatch(value.strip().lower()):
        parts = INTERVAL_PART.findall(value.strip().lower())
        seconds = sum(float(number) * UNIT_SECONDS[unit] for number, unit in parts)
    else:
        raise ValueError(f"{value!r} is not an interval")
    if not seconds > 0 or seconds == float("inf"):
        raise ValueError(f"{value!r} is not a positive interval")
    return seconds


def _parse_job(
    name: str, table: Any, where: str, base: Path, data_dir: Path, timezone: str | None
) -> Job:
    label = f"[jobs.{name}]"
    if not JOB_NAME.fullmatch(name):
        raise ScheduleError(
            f"{where}: {label}: a job name is its lock and log name; use letters, digits,"
            " '.', '_' or '-' (at most 64), e.g. [jobs.news]"
        )
    if not isinstance(table, dict):
        raise ScheduleError(f"{where}: jobs.{name} = {table!r}: make it a table, [jobs.{name}]")
    _check_keys(table, JOB_KEYS, where, label)
    spider = table.get("spider", "snapshot")
    if not isinstance(spider, str) or not spider:
        _fail(where, label, "spider", spider, 'use a spider name, e.g. spider = "snapshot"')
    cron, every = table.get("cron"), table.get("every")
    if (cron is None) == (every is None):
        raise ScheduleError(
            f"{where}: {label}: give exactly one of {EVERY_EXAMPLE} or {CRON_EXAMPLE}"
        )
    seconds = None
    if every is not None:
        try:
            seconds = parse_interval(every)
        except ValueError:
            _fail(where, label, "every", every, f"write {EVERY_EXAMPLE}")
    if cron is not None:
        _check_cron(cron, timezone, where, label)
    return Job(
        name=name,
        spider=spider,
        args=_text_table(table.get("args", {}), where, label, "args", settings=False),
        settings=_text_table(table.get("settings", {}), where, label, "settings", settings=True),
        data_dir=_path(table["data_dir"], base, where, f"{label} data_dir")
        if "data_dir" in table
        else data_dir,
        cron=cron,
        every=seconds,
        timezone=timezone,
    )


def _text_table(
    value: Any, where: str, label: str, key: str, *, settings: bool
) -> tuple[tuple[str, str], ...]:
    example = (
        "settings = { CLOSESPIDER_PAGECOUNT = 500 }"
        if settings
        else 'args = { start_url = "https://news.example.cn/" }'
    )
    if not isinstance(value, dict):
        _fail(where, label, key, value, f"make it a table, e.g. {example}")
    pairs = []
    for name, item in value.items():
        if settings and name in RESERVED_SETTINGS:
            _fail(where, label, f"{key}.{name}", item, RESERVED_SETTINGS[name])
        try:
            text = _as_text(item, structured=settings)
        except TypeError:
            kinds = (
                "text, a number, true/false, a list or a table"
                if settings
                else ("text, a number or true/false")
            )
            _fail(where, label, f"{key}.{name}", item, f"use {kinds}, e.g. {example}")
        pairs.append((name, text))
    return tuple(pairs)


def _as_text(value: Any, *, structured: bool) -> str:
    """How a TOML value is written on the ``scrapy crawl`` command line."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str | int | float):
        return str(value)
    if (
        structured
        and isinstance(value, list)
        and all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in value)
    ):
        return ",".join(str(v) for v in value)  # what Settings.getlist splits
    if structured and isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)  # what Settings.getdict parses
    raise TypeError(type(value).__name__)


def _check_cron(cron: Any, timezone: str | None, where: str, label: str) -> None:
    from snapcrawl.schedule.cron import crontab_trigger

    if not isinstance(cron, str):
        _fail(where, label, "cron", cron, f"write {CRON_EXAMPLE}")
    try:
        crontab_trigger(cron, timezone=timezone)
    except ValueError as error:
        _fail(where, label, "cron", cron, f"{error}; write {CRON_EXAMPLE}")


def _check_timezone(value: Any, where: str, key: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ScheduleError(
            f"{where}: {key} = {value!r}: use an IANA time zone name such as"
            ' timezone = "Asia/Shanghai" or "UTC"'
        ) from None


def _path(value: Any, base: Path, where: str, key: str) -> Path:
    if not isinstance(value, str) or not value:
        raise ScheduleError(f'{where}: {key} = {value!r}: use a directory path, e.g. "data"')
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def _check_keys(table: dict[str, Any], allowed: tuple[str, ...], where: str, label: str) -> None:
    for key, value in table.items():
        if key in allowed:
            continue
        hint = f"{suggestion} " if (suggestion := did_you_mean(key, allowed)) else ""
        if label == "the top level" and isinstance(value, dict):
            hint += f"jobs go under [jobs.{key}]; "
        raise ScheduleError(
            f"{where}: {label}: unknown key {key!r}; {hint}use {', '.join(allowed)}"
        )


def _fail(where: str, label: str, key: str, value: Any, fix: str) -> NoReturn:
    raise ScheduleError(f"{where}: {label} {key} = {value!r}: {fix}")

"""Crontab expressions (snapcrawl/schedule/cron.py): next fire times as crontab gives them."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from snapcrawl.schedule import load_schedule
from snapcrawl.schedule.cron import crontab_trigger, crontab_weekdays
from snapcrawl.schedule.file import ScheduleError

UTC = ZoneInfo("UTC")
# Wednesday 7 January 2026, 12:01: every weekday's next date differs.
START = datetime(2026, 1, 7, 12, 1, tzinfo=UTC)

# expression -> the next three fire times after START, as crontab runs them
NEXT_RUNS = {
    "0 3 * * 0": ["2026-01-11 03:00 Sun", "2026-01-18 03:00 Sun", "2026-01-25 03:00 Sun"],
    "0 3 * * 7": ["2026-01-11 03:00 Sun", "2026-01-18 03:00 Sun", "2026-01-25 03:00 Sun"],
    "0 3 * * sun": ["2026-01-11 03:00 Sun", "2026-01-18 03:00 Sun", "2026-01-25 03:00 Sun"],
    "0 3 * * SUN": ["2026-01-11 03:00 Sun", "2026-01-18 03:00 Sun", "2026-01-25 03:00 Sun"],
    "0 3 * * 1": ["2026-01-12 03:00 Mon", "2026-01-19 03:00 Mon", "2026-01-26 03:00 Mon"],
    "0 3 * * 6": ["2026-01-10 03:00 Sat", "2026-01-17 03:00 Sat", "2026-01-24 03:00 Sat"],
    "0 3 * * 1-5": ["2026-01-08 03:00 Thu", "2026-01-09 03:00 Fri", "2026-01-12 03:00 Mon"],
    "0 3 * * mon-fri": ["2026-01-08 03:00 Thu", "2026-01-09 03:00 Fri", "2026-01-12 03:00 Mon"],
    "30 18 * * 5-7": ["2026-01-09 18:30 Fri", "2026-01-10 18:30 Sat", "2026-01-11 18:30 Sun"],
    "0 3 * * 0,6": ["2026-01-10 03:00 Sat", "2026-01-11 03:00 Sun", "2026-01-17 03:00 Sat"],
    "0 3 * * sat,7": ["2026-01-10 03:00 Sat", "2026-01-11 03:00 Sun", "2026-01-17 03:00 Sat"],
    "0 3 * * */2": ["2026-01-08 03:00 Thu", "2026-01-10 03:00 Sat", "2026-01-11 03:00 Sun"],
    "0 3 * * 1-5/2": ["2026-01-09 03:00 Fri", "2026-01-12 03:00 Mon", "2026-01-14 03:00 Wed"],
    "0 3 * * 3": ["2026-01-14 03:00 Wed", "2026-01-21 03:00 Wed", "2026-01-28 03:00 Wed"],
    "0 13 * * 3": ["2026-01-07 13:00 Wed", "2026-01-14 13:00 Wed", "2026-01-21 13:00 Wed"],
    "0 3 * * *": ["2026-01-08 03:00 Thu", "2026-01-09 03:00 Fri", "2026-01-10 03:00 Sat"],
    "*/30 * * * 0-6": ["2026-01-07 12:30 Wed", "2026-01-07 13:00 Wed", "2026-01-07 13:30 Wed"],
    # day of month and weekday both given: crontab runs on either
    "0 3 10 * 1": ["2026-01-10 03:00 Sat", "2026-01-12 03:00 Mon", "2026-01-19 03:00 Mon"],
    # a step on the day of month keeps it a "*" field: then both must hold, as in crontab
    "0 3 */2 * 0": ["2026-01-11 03:00 Sun", "2026-01-25 03:00 Sun", "2026-02-01 03:00 Sun"],
}


def next_runs(expression: str, count: int = 3) -> list[str]:
    trigger = crontab_trigger(expression, timezone=UTC)
    runs, previous, now = [], None, START
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        runs.append(fire.strftime("%Y-%m-%d %H:%M %a"))
        previous, now = fire, fire
    return runs


@pytest.mark.parametrize(("expression", "expected"), NEXT_RUNS.items())
def test_next_fire_times_match_crontab(expression, expected):
    assert next_runs(expression) == expected


@pytest.mark.parametrize(
    ("field", "days"),
    [
        ("0", "sun"),
        ("7", "sun"),
        ("0-7", "*"),
        ("*", "*"),
        ("1-5", "mon,tue,wed,thu,fri"),
        ("Tue,thu", "tue,thu"),
        ("1/3", "sun,mon,thu"),  # from Monday to the week's end: 1, 4, 7
        ("6-7", "sun,sat"),
        ("sat-sun", "sun,sat"),
    ],
)
def test_weekday_field_becomes_names(field, days):
    assert crontab_weekdays(field) == days


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("0 3 * * 8", "weekday 8: use 0-7"),
        ("0 3 * * 5-1", "write the smaller day first"),
        ("0 3 * * funday", "weekday 'funday'"),
        ("0 3 * * 1/0", "use a step of 1 or more"),
        ("0 3 * *", "Wrong number of fields; got 4, expected 5"),
        ("0 25 * * 1", "the last value \\(25\\) is higher than the maximum value \\(23\\)"),
    ],
)
def test_expressions_crontab_refuses_are_refused(expression, message):
    with pytest.raises(ValueError, match=message):
        crontab_trigger(expression, timezone=UTC)


def test_a_schedule_file_accepts_seven_and_names(tmp_path):
    path = tmp_path / "schedule.toml"
    path.write_text('[jobs.a]\ncron = "0 3 * * 7"\n[jobs.b]\ncron = "0 3 * * sat-sun"\n')
    assert [job.cron for job in load_schedule(path).jobs] == ["0 3 * * 7", "0 3 * * sat-sun"]
    path.write_text('[jobs.a]\ncron = "0 3 * * 9"\n')
    with pytest.raises(ScheduleError, match=r"cron = '0 3 \* \* 9': weekday 9"):
        load_schedule(path)


def test_schedule_check_shows_a_sunday_job_on_a_sunday(tmp_path):
    """As a user runs it: `snapcrawl schedule --check` prints the next run's weekday."""
    path = tmp_path / "schedule.toml"
    path.write_text(
        'timezone = "UTC"\n'
        '[jobs.weekly]\ncron = "0 3 * * 0"\nargs = { start_url = "http://x.cn/" }\n'
        '[jobs.either]\ncron = "0 3 1 * 0"\nargs = { start_url = "http://x.cn/" }\n'
    )
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "schedule", str(path), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    weekly = next(line for line in lines if line.startswith("job weekly:"))
    stamp = weekly.split("next run ")[1].split(" UTC")[0]
    assert datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").strftime("%a") == "Sun"
    assert any(line.startswith("job either:") and "next run" in line for line in lines)

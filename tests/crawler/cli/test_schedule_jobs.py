"""Running jobs (crawler/cli/jobs.py, schedule.py, run.py) without crawling."""

from __future__ import annotations

import logging
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.cli import run as schedule_run
from crawler.cli import schedule as schedule_command
from crawler.cli.jobs import (
    ChildProcesses,
    RunOutcome,
    Stopping,
    dataset_of,
    job_command,
    read_run_row,
)
from snapcrawl.schedule import Job, load_schedule
from snapcrawl.store import RUN_SCHEMA, ParquetSink

JOB = Job(
    name="news",
    spider="snapshot",
    args=(("start_url", "http://127.0.0.1:8000/"),),
    settings=(("LOG_LEVEL", "INFO"), ("CLOSESPIDER_PAGECOUNT", "50")),
    data_dir=Path("/srv/data"),
    every=60.0,
)


def settings_of(command: list[str]) -> dict[str, str]:
    """The -s values as Scrapy reads them: the last one of a name wins."""
    pairs = [command[i + 1] for i, arg in enumerate(command) if arg == "-s"]
    return dict(pair.split("=", 1) for pair in pairs)


def test_the_command_is_scrapy_crawl_with_the_job_lock_and_run_id():
    command = job_command(JOB, "run-1", ["CLOSESPIDER_PAGECOUNT=5"])
    assert command[:5] == [sys.executable, "-m", "scrapy", "crawl", "snapshot"]
    assert command[5:7] == ["-a", "start_url=http://127.0.0.1:8000/"]
    assert settings_of(command) == {
        "LOG_LEVEL": "INFO",  # the job's own over the quiet console default
        "CLOSESPIDER_PAGECOUNT": "5",  # the command line's over the job's
        "DATA_DIR": "/srv/data",
        "SNAPCRAWL_LOCK_NAME": "news",
        "SNAPCRAWL_RUN_ID": "run-1",
    }


def test_a_job_without_log_level_keeps_the_console_quiet():
    job = Job("news", "snapshot", (), (), Path("data"), every=60.0)
    assert settings_of(job_command(job, "run-1"))["LOG_LEVEL"] == "WARNING"


def test_runs_never_overlap_and_missed_times_coalesce(tmp_path):
    path = tmp_path / "schedule.toml"
    path.write_text(
        '[jobs.news]\nevery = "10m"\nargs = { start_url = "http://127.0.0.1:8000/" }\n'
        '[jobs.nightly]\ncron = "30 3 * * *"\nargs = { start_url = "http://127.0.0.1:8001/" }\n'
    )
    schedule = load_schedule(path)
    scheduler = schedule_command.build_scheduler(schedule, ChildProcesses(), [])
    scheduler.start(paused=True)
    try:
        for job in scheduler.get_jobs():
            assert job.coalesce is True
            assert job.max_instances == 1
            assert job.misfire_grace_time is None
        news = scheduler.get_job("news")
        assert (news.next_run_time - datetime.now(news.next_run_time.tzinfo)).total_seconds() < 5
        nightly = scheduler.get_job("nightly")
        assert (nightly.next_run_time.hour, nightly.next_run_time.minute) == (3, 30)
    finally:
        scheduler.shutdown(wait=False)


def test_check_prints_each_job_and_its_next_run(tmp_path, capsys):
    path = tmp_path / "schedule.toml"
    path.write_text('[jobs.news]\ncron = "0 6 * * *"\nargs = { start_url = "http://x.cn/" }\n')
    assert schedule_command.main([str(path), "--check"]) == 0
    out = capsys.readouterr().out
    assert "job news: snapshot {'start_url': 'http://x.cn/'}, cron 0 6 * * *, next run" in out
    assert f"data in {tmp_path / 'data'}" in out


@pytest.mark.parametrize("main", [schedule_command.main, schedule_run.main])
def test_a_wrong_file_exits_2_with_the_error(tmp_path, caplog, main):
    path = tmp_path / "schedule.toml"
    path.write_text('[jobs.news]\nevery = "often"\n')
    argv = [str(path)] if main is schedule_command.main else ["news", "--schedule", str(path)]
    with caplog.at_level(logging.ERROR):
        assert main(argv) == 2
    assert "[jobs.news] every = 'often': write every = \"30m\"" in caplog.text


def test_an_unknown_job_exits_2(tmp_path, caplog):
    path = tmp_path / "schedule.toml"
    path.write_text('[jobs.news]\nevery = "1h"\n')
    with caplog.at_level(logging.ERROR):
        assert schedule_run.main(["daily", "--schedule", str(path)]) == 2
    assert "no job 'daily'; the jobs are: news" in caplog.text


def run_row(run_id: str, reason: str = "finished") -> dict:
    return {
        "run_id": run_id,
        "finish_reason": reason,
        "pages_fetched": 7,
        "articles_kept": 4,
        "duplicates_url": 0,
        "duplicates_exact": 1,
        "duplicates_near": 0,
        "errors": [("http/404", 1)],
        "started_at": datetime.now(UTC),
    }


def test_the_outcome_reads_the_run_record(tmp_path):
    sink = ParquetSink(tmp_path / "runs", RUN_SCHEMA, "r1", partition_by=None)
    sink.add(run_row("r1"))
    sink.close()
    row = read_run_row(tmp_path, "r1")
    assert row["articles_kept"] == 4
    assert read_run_row(tmp_path, "r2") is None
    assert read_run_row(tmp_path / "nothing", "r1") is None

    outcome = RunOutcome("news", "r1", 0, 2.5, tmp_path / "logs" / "r1.log", row)
    assert outcome.ok
    assert outcome.summary() == (
        f"job news: run r1 finished in 2.5 s (exit code 0): 7 pages fetched, 4 articles kept,"
        f" 1 duplicate dropped, 1 error; log {tmp_path / 'logs' / 'r1.log'}"
    )


@pytest.mark.parametrize(
    ("code", "row", "ok"),
    [
        (0, True, True),
        (143, True, True),
        (130, True, True),
        (143, False, False),
        (1, True, False),
        (1, False, False),
    ],
)
def test_a_run_stopped_by_a_signal_after_its_record_is_fine(code, row, ok, tmp_path):
    log = tmp_path / "r1.log"
    outcome = RunOutcome("news", "r1", code, 1.0, log, run_row("r1") if row else None)
    assert outcome.ok is ok
    if not row:  # a log file that does not exist is not pointed to
        assert "no run record; it stopped before its run log opened" in outcome.summary()
        log.write_text("")
        assert f"no run record; see {log}" in outcome.summary()


def test_the_record_is_read_where_the_job_writes_its_tables(tmp_path):
    elsewhere = tmp_path / "bucket"
    sink = ParquetSink(elsewhere / "runs", RUN_SCHEMA, "r1", partition_by=None)
    sink.add(run_row("r1"))
    sink.close()
    job = Job(
        "news",
        "snapshot",
        (),
        (("SNAPCRAWL_PARQUET_URI", f"file://{elsewhere}"),),
        tmp_path / "data",
        every=60.0,
    )
    assert dataset_of(job) == f"file://{elsewhere}"
    assert read_run_row(dataset_of(job), "r1")["articles_kept"] == 4
    assert dataset_of(job, ["SNAPCRAWL_PARQUET_URI="]) == tmp_path / "data"


def test_after_a_stop_signal_no_crawl_starts():
    children = ChildProcesses()
    assert children.send_signal(signal.SIGTERM) == 0  # nothing running yet
    with pytest.raises(Stopping):
        children.start([sys.executable, "-c", "pass"], {})


def test_a_signal_reaches_the_running_crawl():
    children = ChildProcesses()
    process = children.start([sys.executable, "-c", "import time; time.sleep(30)"], {})
    assert children.send_signal(signal.SIGTERM) == 1
    assert children.wait(process) == -signal.SIGTERM
    assert children.send_signal(signal.SIGTERM) == 0

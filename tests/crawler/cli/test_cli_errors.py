"""Errors of the commands that do not crawl, as a user meets them: one line naming the thing,
the value and the fix; a non-zero exit; no traceback; nothing created by mistake."""

from __future__ import annotations

import socket

import pytest

from crawler.exit_codes import EXIT_DATA, EXIT_USAGE
from tests.crawling import run_snapcrawl as snapcrawl
from tests.damaged import BROKEN, GOOD, with_broken_file


def assert_one_line(result, code: int, message: str) -> None:
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_compact_and_state_on_a_missing_data_dir(tmp_path):
    missing = tmp_path / "nothing"
    message = f"{missing}: no such directory: give the DATA_DIR of a crawl"
    assert_one_line(snapcrawl("compact", str(missing)), EXIT_USAGE, message)
    assert_one_line(snapcrawl("state", "check", str(missing)), EXIT_USAGE, message)
    assert_one_line(snapcrawl("state", "rebuild", str(missing)), EXIT_USAGE, message)
    assert not missing.exists()  # rebuild did not create it


@pytest.mark.parametrize("command", [("compact",), ("state", "check"), ("report",)])
def test_the_reading_commands_take_data_dir_as_crawl_spells_it(tmp_path, command):
    """``snapcrawl compact --data-dir out`` after ``snapcrawl crawl URL --data-dir out`` was a
    usage error; the option and the argument now name the same DATA_DIR."""
    missing = tmp_path / "nothing"
    as_argument = snapcrawl(*command, str(missing))
    as_option = snapcrawl(*command, "--data-dir", str(missing))
    assert as_argument.returncode == as_option.returncode == EXIT_USAGE
    assert as_option.stderr == as_argument.stderr
    assert str(missing) in as_option.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give the DATA_DIR of a crawl (as an argument or with --data-dir)"),
        (("a", "--data-dir", "b"), "two DATA_DIRs given (a and --data-dir b): give one"),
    ],
)
def test_none_or_two_data_dirs_is_a_usage_error(args, message, capsys):
    from crawler import cli

    with pytest.raises(SystemExit) as stopped:
        cli.main(["compact", *args])
    assert stopped.value.code == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_compact_on_a_folder_without_tables(tmp_path):
    """It printed nothing and exited 0, as if it had compacted a dataset."""
    message = f"{tmp_path}: no dataset (articles/, duplicates/, runs/ not in it): give the"
    assert_one_line(snapcrawl("compact", str(tmp_path)), EXIT_USAGE, message)
    assert list(tmp_path.iterdir()) == []


def test_state_rebuild_on_a_file(tmp_path):
    file = tmp_path / "file"
    file.write_text("x")
    assert_one_line(snapcrawl("state", "rebuild", str(file)), EXIT_USAGE, f"{file}: is a file")


def test_compact_names_an_unreadable_parquet_file(tmp_path):
    bad = with_broken_file(tmp_path)
    result = snapcrawl("compact", str(tmp_path))
    assert_one_line(result, EXIT_DATA, f"{bad}: not a readable Parquet file")
    assert sorted(p.name for p in bad.parent.iterdir()) == [GOOD, BROKEN]  # left as it was


def test_serve_on_a_busy_port(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = snapcrawl("serve", "--port", str(port), str(tmp_path))
    assert_one_line(result, EXIT_USAGE, f"--port {port}: cannot listen on 127.0.0.1")
    assert "pick another port, or 0 for a free one" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("serve", "--port", "99999"), "argument --port: '99999': give a whole number from 0"),
        (("serve", "--port", "-3"), "argument --port: '-3': give a whole number from 0 to 65535"),
        (("compact", "--target-rows", "0"), "--target-rows: '0': give a whole number 1 or more"),
    ],
)
def test_a_number_out_of_range_is_a_usage_error(tmp_path, args, message):
    """``--port 99999`` was an OverflowError traceback (exit 1); ``--target-rows 0`` rewrote
    every partition and exited 0."""
    result = snapcrawl(*args, str(tmp_path))
    assert result.returncode == EXIT_USAGE, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "state").exists()  # compact did not start


@pytest.mark.parametrize(
    ("job", "message"),
    [
        ("", "start_url='': give one: scrapy crawl snapshot -a start_url=URL (job news)"),
        ('args = { start_url = "ftp://x" }', "start_url='ftp://x': use an absolute http(s) URL"),
        # an argument the spider does not take was handed on and ignored
        (
            'args = { start_urls = "http://x.test/" }',
            "start_urls='http://x.test/': the snapshot spider takes no such argument: did you"
            " mean start_url? (job news)",
        ),
        (
            'args = { start_url = "http://x.test/" }\n'
            "settings = { SNAPCRAWL_DEDUP_TRESHOLD = 0.5 }",
            "SNAPCRAWL_DEDUP_TRESHOLD='0.5': no such setting: did you mean "
            "SNAPCRAWL_DEDUP_THRESHOLD? (job news)",
        ),
        (
            'args = { start_url = "http://x.test/" }\nsettings = { CONCURRENT_REQUESTS = "abc" }',
            "CONCURRENT_REQUESTS='abc': use a whole number, 1 or more (job news)",
        ),
    ],
)
def test_schedule_check_makes_the_checks_the_run_will(tmp_path, job, message):
    data_dir = tmp_path / "data"
    schedule = tmp_path / "schedule.toml"
    schedule.write_text(
        f'[jobs.news]\nspider = "snapshot"\nevery = "1h"\ndata_dir = "{data_dir}"\n{job}\n',
        "utf-8",
    )
    assert_one_line(snapcrawl("schedule", str(schedule), "--check"), EXIT_USAGE, message)
    assert_one_line(snapcrawl("run", "news", "--schedule", str(schedule)), EXIT_USAGE, message)
    assert not data_dir.exists()  # nothing started, no log file pointed to


def test_schedule_check_names_a_setting_a_letter_off_a_known_one(tmp_path):
    schedule = tmp_path / "schedule.toml"
    schedule.write_text(
        '[jobs.news]\nevery = "1h"\nargs = { start_url = "http://x.test/" }\n'
        "settings = { DEPTH_LIMT = 2 }\n",
        "utf-8",
    )
    result = snapcrawl("schedule", str(schedule), "--check")
    assert result.returncode == 0, result.stderr
    assert (
        "WARNING: DEPTH_LIMT: no such setting, ignored: did you mean DEPTH_LIMIT? (job news)"
        in (result.stderr)
    )


def test_a_setting_without_a_value_is_a_usage_error(tmp_path):
    for command in (["report", str(tmp_path)], ["state", "check", str(tmp_path)]):
        result = snapcrawl(*command, "-s", "SNAPCRAWL_DEDUP_THRESHOLD")
        assert result.returncode == EXIT_USAGE
        assert "'SNAPCRAWL_DEDUP_THRESHOLD': give a setting as NAME=VALUE" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.usefixtures("demo_ports")
def test_demo_over_an_unreadable_dataset_names_the_file(tmp_path):
    bad = with_broken_file(tmp_path)
    result = snapcrawl("demo", "--data-dir", str(tmp_path))
    assert_one_line(result, EXIT_DATA, "snapcrawl state check DATA_DIR --quarantine")
    assert str(bad) in result.stderr


@pytest.mark.usefixtures("demo_ports")
def test_demo_into_an_unwritable_data_dir_points_at_the_error_not_at_a_log(tmp_path):
    """It said "its log is in DATA_DIR/logs", a folder it could not create."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = snapcrawl("demo", "--data-dir", str(blocker / "out"))
    assert result.returncode == 74, result.stderr
    assert f"DATA_DIR='{blocker / 'out'}': cannot write there" in result.stderr
    assert "it wrote no log: see the error above" in result.stderr
    assert "its log is in" not in result.stderr
    assert "Traceback" not in result.stderr

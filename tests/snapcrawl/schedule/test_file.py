"""Schedule files (snapcrawl/schedule/file.py): what parses, and what each mistake says."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from snapcrawl.schedule import load_schedule, parse_interval
from snapcrawl.schedule.file import UNIT_SECONDS, ScheduleError

GOOD = """
data_dir = "out"
timezone = "Asia/Shanghai"

[jobs.news]
every = "1h30m"
args = { start_url = "http://127.0.0.1:8000/" }
settings = { CLOSESPIDER_PAGECOUNT = 500, ROBOTSTXT_OBEY = false, FEED_EXPORT_FIELDS = ["url"] }

[jobs.nightly]
spider = "snapshot"
cron = "30 3 * * *"
args = { start_url = "http://127.0.0.1:8001/" }
data_dir = "/srv/nightly"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schedule.toml"
    path.write_text(textwrap.dedent(text), "utf-8")
    return path


def test_a_good_file_gives_jobs_ready_to_run(tmp_path):
    schedule = load_schedule(write(tmp_path, GOOD))
    news, nightly = schedule.jobs
    assert news.name == "news"
    assert news.spider == "snapshot"
    assert news.every == 5400
    assert news.cron is None
    assert news.args == (("start_url", "http://127.0.0.1:8000/"),)
    assert dict(news.settings) == {
        "CLOSESPIDER_PAGECOUNT": "500",
        "ROBOTSTXT_OBEY": "False",
        "FEED_EXPORT_FIELDS": "url",
    }
    assert news.data_dir == tmp_path / "out"  # relative to the file, not the shell
    assert news.timezone == "Asia/Shanghai"
    assert nightly.cron == "30 3 * * *"
    assert nightly.data_dir == Path("/srv/nightly")
    assert schedule.job("nightly") is nightly


def test_an_unknown_job_names_the_jobs_there_are(tmp_path):
    schedule = load_schedule(write(tmp_path, GOOD))
    with pytest.raises(ScheduleError, match="no job 'daily'; the jobs are: news, nightly"):
        schedule.job("daily")


JOB = '[jobs.news]\nargs = { start_url = "http://127.0.0.1:8000/" }\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no jobs; add one"),
        ('timezone = "UTC"\n', "no jobs; add one"),
        ("[jobs.news\n", "not valid TOML"),
        ("interval = 5\n" + JOB + 'every = "1m"\n', "top level: unknown key 'interval'"),
        ('[news]\nevery = "1m"\n', "jobs go under [jobs.news]"),
        (JOB, "[jobs.news]: give exactly one of every ="),
        (JOB + 'every = "1m"\ncron = "* * * * *"\n', "give exactly one of every ="),
        (JOB + 'interval = "1m"\n', "[jobs.news]: unknown key 'interval'"),
        (JOB + 'evry = "1m"\n', "did you mean every?"),
        (JOB + "every = -5\n", '[jobs.news] every = -5: write every = "30m"'),
        (JOB + 'every = "soon"\n', "[jobs.news] every = 'soon': write every ="),
        (JOB + "every = true\n", "[jobs.news] every = True"),
        (JOB + 'cron = "61 * * * *"\n', "[jobs.news] cron = '61 * * * *': Error validating"),
        (JOB + 'cron = "*/5 * * *"\n', "Wrong number of fields; got 4, expected 5; write cron ="),
        (JOB + "cron = 5\n", "[jobs.news] cron = 5: write cron ="),
        ('timezone = "Mars/Olympus"\n' + JOB + 'every = "1m"\n', "use an IANA time zone"),
        (JOB + 'every = "1m"\nspider = ""\n', "[jobs.news] spider = '': use a spider name"),
        (JOB + 'every = "1m"\nsettings = { DATA_DIR = "x" }\n', "use the job's data_dir key"),
        (JOB + 'every = "1m"\nsettings = { SNAPCRAWL_LOCK_NAME = "x" }\n', "name is its lock"),
        (JOB + 'every = "1m"\nsettings = 5\n', "settings = 5: make it a table"),
        (JOB + 'every = "1m"\nsettings = { X = 1979-05-27 }\n', "settings.X = datetime.date"),
        ('[jobs.news]\nevery = "1m"\nargs = { start_url = ["a"] }\n', "args.start_url = ['a']"),
        ('[jobs."news/daily"]\nevery = "1m"\n', "[jobs.news/daily]: a job name is its lock"),
        ("jobs = { news = 5 }\n", "jobs.news = 5: make it a table"),
        ("data_dir = 5\n" + JOB + 'every = "1m"\n', "data_dir = 5: use a directory path"),
    ],
)
def test_each_mistake_names_the_place_and_the_fix(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ScheduleError) as error:
        load_schedule(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(ScheduleError, match="no such schedule file"):
        load_schedule(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (90, 90),
        (2.5, 2.5),
        ("90", 90),
        ("90s", 90),
        ("15m", 900),
        ("1h30m", 5400),
        ("2d", 172800),
        ("1w", 604800),
        (" 1H 5S ", 3605),
    ],
)
def test_intervals(value, seconds):
    assert parse_interval(value) == seconds


@pytest.mark.parametrize("value", [0, -1, "0s", "", "m", "1x", "1h-5m", True, None, [5], "inf"])
def test_not_intervals(value):
    with pytest.raises(ValueError, match="interval"):
        parse_interval(value)


@given(
    st.lists(
        st.tuples(st.integers(1, 10_000), st.sampled_from(sorted(UNIT_SECONDS))),
        min_size=1,
        max_size=4,
    )
)
def test_an_interval_is_the_sum_of_its_parts(parts):
    text = "".join(f"{number}{unit}" for number, unit in parts)
    assert parse_interval(text) == sum(number * UNIT_SECONDS[unit] for number, unit in parts)


EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def test_the_example_schedule_and_the_cron_and_systemd_examples_agree():
    schedule = load_schedule(EXAMPLES / "schedule.toml")
    jobs = {job.name for job in schedule.jobs}
    assert jobs == {"news", "archive"}
    commands = [
        line
        for line in (EXAMPLES / "cron" / "snapcrawl.cron").read_text("utf-8").splitlines()
        if line and not line.startswith("#") and "=" not in line.split()[0]
    ]
    commands += [
        line.removeprefix("ExecStart=")
        for unit in (EXAMPLES / "systemd").glob("*.service")
        for line in unit.read_text("utf-8").splitlines()
        if line.startswith("ExecStart=")
    ]
    assert len(commands) == 4
    for command in commands:
        words = command.split()
        if "run" in words:
            assert words[words.index("run") + 1] in jobs
        assert "/etc/snapcrawl/schedule.toml" in words

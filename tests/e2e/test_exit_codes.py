"""Exit codes and one-line errors, as a user meets them: ``scrapy crawl`` and ``snapcrawl crawl``
in child processes, asserting the exit code, the message and no traceback."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import redis

from crawler.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE
from crawler.settings import ITEM_PIPELINES
from tests.crawling import REPO_ROOT, _env, run_scrapy_crawl, scrapy_crawl_command
from tests.crawling import run_snapcrawl as snapcrawl
from tests.ports import free_port
from tests.redis_server import start_redis_server

DEAD = "http://127.0.0.1:9/"  # the discard port: nothing listens, the connection is refused


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        (
            "SNAPCRAWL_DEDUP_THRESHOLD=abc",
            "SNAPCRAWL_DEDUP_THRESHOLD='abc': use a Jaccard between 0 and 1",
        ),
        (
            "SNAPCRAWL_DEDUP_TRESHOLD=0.5",
            "SNAPCRAWL_DEDUP_TRESHOLD='0.5': no such setting: did you mean "
            "SNAPCRAWL_DEDUP_THRESHOLD?",
        ),
        ("CONCURRENT_REQUESTS=abc", "CONCURRENT_REQUESTS='abc': use a whole number, 1 or more"),
        ("ROBOTSTXT_OBEY=maybe", "ROBOTSTXT_OBEY='maybe': use True or False"),
        # Scrapy sets its logging up before any crawl: this was a traceback and exit code 1
        ("LOG_LEVEL=LOUD", "LOG_LEVEL='LOUD': use one of DEBUG, INFO, WARNING, ERROR, CRITICAL"),
        # pyarrow refuses it only when the run's rows are written, at its end: they were lost
        (
            "SNAPCRAWL_PARQUET_COMPRESSION=zip",
            "SNAPCRAWL_PARQUET_COMPRESSION='zip': use one of zstd, snappy, gzip, brotli",
        ),
        (
            "SNAPCRAWL_PARQUET_PARTITION_BY=kategory",
            "SNAPCRAWL_PARQUET_PARTITION_BY='kategory': use a column of the articles table",
        ),
    ],
)
def test_a_wrong_setting_is_one_line_and_exit_code_2(tmp_path, setting, message):
    result = run_scrapy_crawl(DEAD, tmp_path, setting, check=False)
    assert result.returncode == EXIT_USAGE
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "Task exception was never retrieved" not in result.stderr


@pytest.mark.parametrize(
    ("start_url", "message"),
    [
        ("ftp://example.com/", "start_url='ftp://example.com/': use an absolute http(s) URL"),
        # the scheme forgotten: the fix is the URL to type
        ("127.0.0.1:8000/news", "use an absolute http(s) URL: http://127.0.0.1:8000/news"),
        # a traceback and exit code 1 (Port out of range), then a request error and 69
        ("http://127.0.0.1:99999/", "start_url='http://127.0.0.1:99999/': use a port from 1"),
        ("http://news.exa mple.cn/", "a host name has no spaces: remove them"),
    ],
)
def test_a_bad_start_url_is_one_line_and_exit_code_2(tmp_path, start_url, message):
    result = snapcrawl("crawl", start_url, "--data-dir", str(tmp_path / "data"))
    assert result.returncode == EXIT_USAGE
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "started" not in result.stderr  # checked before a run starts: nothing created
    assert not (tmp_path / "data").exists()


def test_a_data_dir_that_is_a_file_is_one_line(tmp_path):
    file = tmp_path / "file"
    file.write_text("x")
    result = run_scrapy_crawl(DEAD, file, check=False)
    assert result.returncode == EXIT_USAGE
    assert f"DATA_DIR='{file}': give a directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_traceback_of_an_error_shows_with_verbose(tmp_path):
    args = ("crawl", DEAD, "--data-dir", str(tmp_path), "-s", "SNAPCRAWL_DEDUP_THRESHOLD=abc")
    assert "Traceback" not in snapcrawl(*args).stderr
    verbose = snapcrawl(*args, "-v")
    assert verbose.returncode == EXIT_USAGE
    assert "Traceback" in verbose.stderr


def test_a_site_that_answers_nothing_exits_69_without_a_traceback(tmp_path):
    scrapy = run_scrapy_crawl(DEAD, tmp_path / "a", "RETRY_TIMES=0", check=False)
    assert scrapy.returncode == EXIT_UNAVAILABLE
    assert "Traceback" not in scrapy.stderr
    assert "'finish_reason': 'finished'" in scrapy.stderr  # Scrapy's view: it finished

    wrapped = snapcrawl("crawl", DEAD, "--data-dir", str(tmp_path / "b"), "-s", "RETRY_TIMES=0")
    assert wrapped.returncode == EXIT_UNAVAILABLE
    assert "0 pages fetched" in wrapped.stderr
    assert "Traceback" not in wrapped.stderr


def test_snapcrawl_crawl_prints_a_summary_and_keeps_scrapys_log_in_the_run_log(demo_site, tmp_path):
    result = snapcrawl("crawl", demo_site.url, "--data-dir", str(tmp_path))
    assert result.returncode == EXIT_OK, result.stderr[-3000:]
    assert "[scrapy.core.engine] INFO" not in result.stderr  # Scrapy's INFO log: in the run log
    summary = [line for line in result.stderr.splitlines() if "pages fetched" in line]
    assert len(summary) == 1
    assert f"crawl {demo_site.url}: run " in summary[0]
    assert " finished in " in summary[0]
    assert "(exit code 0)" in summary[0]
    assert f"data in {tmp_path};" in summary[0]
    log = Path(summary[0].rsplit(" log ", 1)[1])
    assert log.parent == tmp_path / "logs"
    assert "[scrapy.core.engine] INFO: Spider closed (finished)" in log.read_text("utf-8")


def test_redis_unreachable_is_one_line_and_exit_code_69(tmp_path):
    port = free_port()  # a port nothing listens on
    result = run_scrapy_crawl(DEAD, tmp_path, f"REDIS_URL=redis://127.0.0.1:{port}/0", check=False)
    assert result.returncode == EXIT_UNAVAILABLE
    assert f"REDIS_URL='redis://127.0.0.1:{port}/0': cannot connect" in result.stderr
    assert "start redis-server there (or fix REDIS_URL)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def redis_with_password(tmp_path_factory):
    """A redis-server of this module's own that wants the password ``s3cret``."""
    proc, url = start_redis_server(tmp_path_factory.mktemp("redis-auth"))
    try:
        redis.Redis.from_url(url).config_set("requirepass", "s3cret")
        yield url.removeprefix("redis://")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        # redis-py files a refused login under ConnectionError: "start redis-server" (69)
        (
            "REDIS_URL=redis://{server}/0",
            "REDIS_URL='redis://{server}/0': Redis refused the login (the server wants a"
            " password): give the server's password in the URL",
        ),
        (
            "REDIS_URL=redis://:wrong-pw@{server}/0",
            "REDIS_URL='redis://:***@{server}/0': Redis refused the login",
        ),
        # these were a traceback and exit code 1
        (
            "REDIS_URL=redis://:s3cret@{server}/99",
            "REDIS_URL='redis://:***@{server}/99': DB index is out of range: use a database",
        ),
        ("REDIS_URL=redis://127.0.0.1:port/0", "Port could not be cast to integer value"),
        # redis-py read database 'x' as database 0
        ("REDIS_URL=redis://{server}/x", "REDIS_URL='redis://{server}/x': database 'x' is no"),
        (
            "SNAPCRAWL_DEDUP_STORE=redis://{server}/0",
            "SNAPCRAWL_DEDUP_STORE='redis://{server}/0': Redis refused the login",
        ),
        ("SNAPCRAWL_DEDUP_STORE=redis://h:port/0", "Port could not be cast to integer value"),
    ],
)
def test_a_redis_url_redis_refuses_is_a_wrong_setting_and_hides_its_password(
    setting, message, redis_with_password, tmp_path
):
    """A password missing or wrong, a database the server lacks or a URL redis-py misreads
    is fixed in the command (exit 2), not by starting Redis; no password is shown."""
    setting = setting.format(server=redis_with_password)
    result = run_scrapy_crawl(DEAD, tmp_path, setting, check=False)
    assert result.returncode == EXIT_USAGE, result.stderr[-3000:]
    assert message.format(server=redis_with_password) in result.stderr
    assert "Traceback" not in result.stderr
    logs = "".join(log.read_text("utf-8") for log in tmp_path.glob("logs/*.log"))
    assert "wrong-pw" not in result.stderr + logs
    assert "s3cret" not in result.stderr + logs


def test_a_misspelt_scrapy_setting_is_named_with_the_closest_one(tmp_path):
    """``-s CLOSESPIDER_PAGECOUT=5`` was ignored in silence: the crawl ran to the site's end."""
    result = run_scrapy_crawl(
        DEAD, tmp_path, "CLOSESPIDER_PAGECOUT=5", "RETRY_TIMES=0", check=False
    )
    assert result.returncode == EXIT_UNAVAILABLE
    assert (
        "WARNING: -s CLOSESPIDER_PAGECOUT: no such setting, ignored: did you mean "
        "CLOSESPIDER_PAGECOUNT?" in result.stderr
    )


def test_a_misspelt_spider_is_one_line_and_exit_code_2(tmp_path):
    """``scrapy crawl snapshoot`` was Scrapy's KeyError traceback and exit code 1."""
    command = scrapy_crawl_command(DEAD, tmp_path)
    command[command.index("snapshot")] = "snapshoot"
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=_env(), capture_output=True, text=True, timeout=120
    )
    assert result.returncode == EXIT_USAGE
    assert "spider='snapshoot': no such spider: did you mean snapshot?" in result.stderr
    assert "Traceback" not in result.stderr
    assert not tmp_path.joinpath("state").exists()


def test_a_pipeline_that_fails_to_close_exits_1_not_0(demo_site, tmp_path):
    """A bug in a pipeline's close_spider (the Parquet writer's, say) may leave what it held
    unwritten: Scrapy logs "Scraper close failure" and the run exited 0."""
    pipelines = {**ITEM_PIPELINES, "tests.e2e.broken_pipeline.CloseRaises": 900}
    result = run_scrapy_crawl(
        demo_site.url,
        tmp_path,
        f"ITEM_PIPELINES={json.dumps(pipelines)}",
        "CLOSESPIDER_PAGECOUNT=3",
        "SNAPCRAWL_KEYWORDS_ENABLED=False",
        "LOG_LEVEL=WARNING",
        check=False,
    )
    assert result.returncode == EXIT_FAILED, result.stderr[-3000:]
    assert "the crawl did not close cleanly (Scraper close failure" in result.stderr
    assert "RuntimeError: a bug while closing" in result.stderr  # the traceback: a bug


@pytest.mark.parametrize("name", ["strat_url", "start_urls"])
def test_an_argument_the_spider_does_not_take_is_one_line_and_exit_code_2(tmp_path, name):
    """``-a strat_url=URL`` stopped with "start_url='': give one", never naming the typo."""
    command = scrapy_crawl_command(DEAD, tmp_path / "data")
    command[command.index(f"start_url={DEAD}")] = f"{name}={DEAD}"
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=_env(), capture_output=True, text=True, timeout=120
    )
    assert result.returncode == EXIT_USAGE
    assert (
        f"ERROR: -a {name}='{DEAD}': the snapshot spider takes no such argument: did you mean"
        " start_url?" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()  # checked before the crawl started


def test_an_extra_argument_beside_a_right_start_url_is_not_ignored(tmp_path):
    """``-a depth=2`` beside a right start_url was stored on the spider and the crawl ran."""
    result = run_scrapy_crawl(DEAD, tmp_path / "data", args=("-a", "depth=2"), check=False)
    assert result.returncode == EXIT_USAGE
    assert "ERROR: -a depth='2': the snapshot spider takes no such argument: use start_url" in (
        result.stderr
    )

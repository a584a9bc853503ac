"""``snapcrawl state check|rebuild`` on a Redis dedup store, run as a user runs it."""

from __future__ import annotations

import pandas as pd
import pytest
import redis

from tests.crawling import run_scrapy_crawl
from tests.crawling import run_snapcrawl as snapcrawl
from tests.ports import free_port
from tests.redis_server import start_redis_server


@pytest.fixture(scope="module")
def dataset(demo_site, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("state-redis") / "data"
    run_scrapy_crawl(demo_site.url, data_dir, "SNAPCRAWL_KEYWORDS_ENABLED=False")
    return data_dir, pd.read_parquet(data_dir / "articles")["url"].nunique()


@pytest.mark.parametrize("how", ["setting", "store"])
def test_an_empty_redis_is_reported_and_refilled_from_the_dataset(how, dataset, redis_server):
    data_dir, stories = dataset
    url = f"{redis_server}/{6 if how == 'setting' else 7}"
    choose = ["-s", f"REDIS_URL={url}"] if how == "setting" else ["--store", url]

    check = snapcrawl("state", "check", str(data_dir), *choose)
    assert check.returncode == 1, check.stderr
    assert f"LACKS {stories} of the {stories} stories" in check.stdout
    assert f"repair with: snapcrawl state rebuild {data_dir} --store {url}" in check.stdout

    rebuild = snapcrawl("state", "rebuild", str(data_dir), *choose)
    assert rebuild.returncode == 0, rebuild.stderr
    assert f"{stories} stories put back" in rebuild.stdout

    again = snapcrawl("state", "check", str(data_dir), *choose)
    assert again.returncode == 0, again.stderr
    assert f"{url}: ok ({stories} stories of the dataset)" in again.stdout


def test_an_unreachable_redis_is_one_line_naming_redis_url(dataset):
    data_dir, _ = dataset
    url = f"redis://127.0.0.1:{free_port()}/0"
    result = snapcrawl("state", "check", str(data_dir), "-s", f"REDIS_URL={url}")
    assert result.returncode == 69
    assert result.stderr.startswith(f"snapcrawl state: REDIS_URL='{url}': cannot connect (")
    assert "start redis-server there (or fix REDIS_URL)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_store_that_wants_a_password_is_a_wrong_option_shown_without_it(dataset, tmp_path):
    """A refused login was exit 69 with "start redis-server there"; the password given
    was printed back. It is fixed in the command (exit 2) and shown as ***."""
    data_dir, _ = dataset
    proc, url = start_redis_server(tmp_path)
    try:
        redis.Redis.from_url(url).config_set("requirepass", "s3cret")
        server = url.removeprefix("redis://")
        for given, shown in [
            (f"redis://{server}/0", f"redis://{server}/0"),
            (f"redis://:wrong-pw@{server}/0", f"redis://:***@{server}/0"),
        ]:
            result = snapcrawl("state", "check", str(data_dir), "--store", given)
            assert result.returncode == 2, result.stderr
            assert result.stderr.startswith(
                f"snapcrawl state: --store='{shown}': Redis refused the login ("
            )
            assert "wrong-pw" not in result.stderr
        right = f"redis://:s3cret@{server}/0"
        result = snapcrawl("state", "rebuild", str(data_dir), "--store", right)
        assert result.returncode == 0, result.stderr
        assert f"redis://:***@{server}/0: refilled from the dataset" in result.stdout
        assert "s3cret" not in result.stdout + result.stderr
        bad_db = snapcrawl("state", "check", str(data_dir), "--store", right[:-1] + "99")
        assert bad_db.returncode == 2, bad_db.stderr
        assert "DB index is out of range" in bad_db.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_store_must_be_a_redis_url(dataset):
    data_dir, _ = dataset
    result = snapcrawl("state", "check", str(data_dir), "--store", "state/dedup.sqlite")
    assert result.returncode == 2
    assert "--store state/dedup.sqlite: give a redis:// URL" in result.stderr


def test_the_crawls_dedup_threshold_is_checked_like_the_crawl_does(dataset, redis_server):
    data_dir, _ = dataset
    choose = ["--store", f"{redis_server}/8", "-s", "SNAPCRAWL_DEDUP_THRESHOLD=abc"]
    result = snapcrawl("state", "rebuild", str(data_dir), *choose)
    assert result.returncode == 2
    assert "SNAPCRAWL_DEDUP_THRESHOLD='abc': use a Jaccard between 0 and 1" in result.stderr
    assert "Traceback" not in result.stderr

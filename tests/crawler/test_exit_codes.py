"""The one table of exit codes: finish reasons and start-up errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.settings import Settings

from crawler.exit_codes import (
    EXIT_DATA,
    EXIT_FAILED,
    EXIT_FAULT,
    EXIT_INTERRUPTED,
    EXIT_IO,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    TABLE,
    error_exit_code,
    run_exit_code,
)
from crawler.setting_checks import check_names, misspelt_names
from snapcrawl.errors import ConfigError, DataDirUnwritable, StateError
from snapcrawl.state import LockHeld
from snapcrawl.state.lock import LockHolder

FETCHED = {"response_received_count": 5, "robotstxt/response_count": 1}


@pytest.mark.parametrize(
    ("reason", "stats", "code"),
    [
        ("finished", FETCHED, EXIT_OK),
        ("closespider_pagecount", FETCHED, EXIT_OK),
        ("finished", {}, EXIT_UNAVAILABLE),
        # robots.txt answered, no page did: the site answered nothing
        ("finished", {"response_received_count": 1, "robotstxt/response_count": 1}, 69),
        # the start page answered 404 (a typo), or a proxy answered 502: no page either
        ("finished", {**FETCHED, "snapcrawl/spider/skipped/http_404": 4}, EXIT_UNAVAILABLE),
        ("finished", {**FETCHED, "snapcrawl/spider/skipped/http_404": 3}, EXIT_OK),
        # the start URL is a feed, an image or a text file: no HTML page, nothing to crawl
        ("finished", {**FETCHED, "snapcrawl/spider/non_html": 4}, EXIT_UNAVAILABLE),
        ("finished", {**FETCHED, "snapcrawl/spider/non_html": 3}, EXIT_OK),
        ("shutdown", FETCHED, EXIT_INTERRUPTED),
        ("shutdown", {}, EXIT_INTERRUPTED),
        ("data_dir_unwritable", FETCHED, EXIT_IO),
        ("replay_missing", FETCHED, EXIT_DATA),
        ("heartbeat_lost", FETCHED, EXIT_FAULT),
        ("something_new", FETCHED, EXIT_FAULT),
        (None, {}, EXIT_FAILED),
        # every page that could be an article failed in a pipeline: nothing written
        ("finished", {**FETCHED, "snapcrawl/item_errors/RuntimeError": 3}, EXIT_FAULT),
        ("finished", {**FETCHED, "spider_exceptions/count": 1, "spider_exceptions/E": 1}, 70),
        # some failed, some written, or judged duplicates: the extraction works
        ("finished", {**FETCHED, "snapcrawl/item_errors/E": 3, "item_scraped_count": 1}, 0),
        (
            "finished",
            {**FETCHED, "snapcrawl/item_errors/E": 3, "snapcrawl/dedup/dropped/url": 1},
            0,
        ),
        # list pages only: drops, no failure
        ("finished", {**FETCHED, "snapcrawl/clean/not_article/no_body": 4}, EXIT_OK),
    ],
)
def test_a_finish_reason_and_the_pages_fetched_give_the_exit_code(reason, stats, code):
    assert run_exit_code(reason, stats) == code


def test_a_distributed_worker_that_fetched_nothing_is_fine():
    assert run_exit_code("finished", {}, shared=True) == EXIT_OK


def test_start_up_errors_have_their_codes(tmp_path):
    holder = LockHolder(pid=1, host="h", run_id="r", started_at="t")
    assert error_exit_code(ConfigError("X", 1, "fix")) == EXIT_USAGE
    # 74 follows the fault's class, whatever its message says
    assert error_exit_code(DataDirUnwritable("DATA_DIR", "/d", "disk full (x)")) == EXIT_IO
    assert error_exit_code(ConfigError("DATA_DIR", "/d", "cannot write there (x)")) == EXIT_USAGE
    assert error_exit_code(StateError("s", "bad", "d")) == EXIT_DATA
    assert error_exit_code(LockHeld("news", Path("l"), holder)) == EXIT_LOCKED
    assert error_exit_code(RuntimeError("a bug")) is None


def test_every_code_is_in_the_table_once():
    codes = [row.code for row in TABLE]
    assert len(codes) == len(set(codes))
    assert {0, 1, 2, 65, 69, 70, 74, 75, 130} == set(codes)


def test_a_misspelt_setting_names_the_closest_one():
    with pytest.raises(ConfigError, match="did you mean SNAPCRAWL_DEDUP_THRESHOLD"):
        check_names({"SNAPCRAWL_DEDUP_TRESHOLD": "0.5"})
    with pytest.raises(ConfigError, match="README"):
        check_names({"SNAPCRAWL_NOTHING_LIKE_IT_AT_ALL": "1"})
    check_names({"SNAPCRAWL_DEDUP_THRESHOLD": "0.5", "CONCURRENT_REQUESTS": "abc"})


def test_a_scrapy_name_a_letter_off_a_known_one_is_named_not_a_plugins():
    settings = Settings({"DEPTH_LIMIT": 3}, priority="project")
    settings.setdict(
        {
            "CLOSESPIDER_PAGECOUT": "5",
            "SCHEDULER_PERSIST": "1",
            "DEPTH_LIMIT": "2",
            "ITEM_PIPELINE": "x",
        },
        priority="cmdline",
    )
    assert misspelt_names(settings) == [
        ("CLOSESPIDER_PAGECOUT", "CLOSESPIDER_PAGECOUNT"),
        ("ITEM_PIPELINE", "ITEM_PIPELINES"),
    ]

"""The settings object (crawler/config.py): parsed once, defaults from crawler/defaults.py."""

from __future__ import annotations

import re

import pytest
from scrapy.settings import Settings

from crawler import defaults
from crawler.config import Config
from crawler.setting_checks import number_at_least
from crawler.worker_count import auto_workers, usable_cpus, worker_count
from snapcrawl.errors import ConfigError


def config(**settings: object) -> Config:
    return Config.from_settings(Settings(settings))


def test_missing_settings_take_the_defaults_module_values(tmp_path):
    parsed = config(DATA_DIR=str(tmp_path), SNAPCRAWL_WORKERS=0)
    assert parsed.data_dir == tmp_path
    assert parsed.dedup.threshold == defaults.SNAPCRAWL_DEDUP_THRESHOLD
    assert parsed.parquet_batch_rows == defaults.SNAPCRAWL_PARQUET_BATCH_ROWS
    assert parsed.dedup_cache_mb == defaults.SNAPCRAWL_DEDUP_CACHE_MB == 64
    assert parsed.parquet_compression == defaults.SNAPCRAWL_PARQUET_COMPRESSION
    assert parsed.parquet_partition_by == defaults.SNAPCRAWL_PARQUET_PARTITION_BY
    assert parsed.keywords_top_k == defaults.SNAPCRAWL_KEYWORDS_TOP_K
    assert parsed.spider_max_links == defaults.SNAPCRAWL_SPIDER_MAX_LINKS_PER_PAGE
    assert parsed.trap_enabled
    assert parsed.trap_barren_pages == defaults.SNAPCRAWL_TRAP_BARREN_PAGES
    assert parsed.trap_max_depth == defaults.SNAPCRAWL_TRAP_MAX_DEPTH
    assert parsed.trap_host_pages == defaults.SNAPCRAWL_TRAP_HOST_PAGES
    assert parsed.clean_enabled
    assert parsed.dedup_enabled
    assert parsed.incremental_enabled
    assert parsed.runlog_level == "INFO"
    assert parsed.progress is None  # auto
    assert parsed.workers == 0
    assert parsed.dedup_store == str(tmp_path / "state" / "dedup.sqlite")


def test_the_dedup_store_follows_the_explicit_setting_then_redis(tmp_path):
    assert config(DATA_DIR=str(tmp_path), REDIS_URL="redis://h:1/0").dedup_store == "redis://h:1/0"
    explicit = config(SNAPCRAWL_DEDUP_STORE="/x.sqlite", REDIS_URL="redis://h:1/0")
    assert explicit.dedup_store == "/x.sqlite"


def test_the_parquet_uri_moves_the_tables_not_the_state(tmp_path):
    parsed = config(DATA_DIR=str(tmp_path), SNAPCRAWL_PARQUET_URI=str(tmp_path / "lake"))
    assert parsed.layout.table("articles").path == str(tmp_path / "lake" / "articles")
    assert parsed.layout.dedup_store.parent == tmp_path / "state"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"SNAPCRAWL_DEDUP_THRESHOLD": 1.5}, "use a Jaccard between 0 and 1 (default 0.8)"),
        ({"SNAPCRAWL_PARQUET_BATCH_ROWS": 0}, "use a whole number greater than 0"),
        ({"SNAPCRAWL_DEDUP_CACHE_MB": 0}, "SNAPCRAWL_DEDUP_CACHE_MB=0: use a whole number greater"),
        ({"SNAPCRAWL_DEDUP_CACHE_MB": "lots"}, "use a whole number greater than 0"),
        ({"SNAPCRAWL_WORKERS": "many"}, "use auto, 0 (inline) or a number of processes"),
        ({"SNAPCRAWL_KEYWORDS_TOP_K": 0}, "from 1 to 100 (default 10)"),
        ({"SNAPCRAWL_INCREMENTAL_RECHECK_DAYS": -1}, "(default 0: never re-check)"),
        ({"SNAPCRAWL_INCREMENTAL_RECHECK_DAYS": "nan"}, "(default 0: never re-check)"),
        ({"SNAPCRAWL_KEYWORDS_TOP_K": 101}, "from 1 to 100 (default 10)"),
        ({"SNAPCRAWL_KEYWORDS_TOP_K": True}, "from 1 to 100 (default 10)"),
        ({"SNAPCRAWL_WORKERS": -1}, "use auto, 0 (inline) or a number of processes"),
        ({"DOWNLOAD_DELAY": "inf"}, "use a number, 0 or more"),
        ({"SNAPCRAWL_RUNLOG_LEVEL": "loud"}, "use one of DEBUG, INFO"),
        ({"SNAPCRAWL_LOCK_NAME": "a/b"}, "(a file name)"),
        ({"SNAPCRAWL_PROGRESS_ENABLED": "sometimes"}, "use auto (on a terminal only)"),
        ({"SNAPCRAWL_REPLAY_MISSING": "skip"}, "use one of fail, 404"),
        ({"SNAPCRAWL_SPIDER_MAX_LINKS_PER_PAGE": -1}, "use a whole number, 0 or more"),
        ({"SNAPCRAWL_TRAP_HOST_PAGES": -5}, "0 for no limit (default 1000000)"),
        ({"SNAPCRAWL_TRAP_MAX_DEPTH": "deep"}, "0 for no limit (default 10000)"),
        ({"SNAPCRAWL_TRAP_BARREN_PAGES": "many"}, "0 for no limit (default 30)"),
        ({"SNAPCRAWL_CLEAN_PROFILE": "/no/such.toml"}, "give the path of an existing TOML"),
        ({"SNAPCRAWL_PARQUET_URI": "nosuchfs://x"}, "use a directory or a pyarrow filesystem"),
        ({"SNAPCRAWL_PARQUET_COMPRESSION": "bz2"}, "use one of zstd, snappy, gzip, brotli"),
        ({"SNAPCRAWL_PARQUET_PARTITION_BY": "noise"}, "use a column of the articles table"),
        ({"LOG_LEVEL": "verbose"}, "use one of DEBUG, INFO, WARNING, ERROR, CRITICAL"),
    ],
)
def test_a_wrong_value_stops_the_run_naming_setting_value_and_fix(settings, message):
    with pytest.raises(ConfigError, match=re.escape(message)) as raised:
        config(**settings)
    assert str(raised.value).startswith(f"{next(iter(settings))}=")
    assert str(raised.value).count(message) == 1  # "[…the same fix again]" was appended once


def test_a_file_as_data_dir_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ConfigError, match="give a directory"):
        config(DATA_DIR=str(tmp_path / "file"))


def test_a_component_turned_off_is_not_validated():
    parsed = config(SNAPCRAWL_KEYWORDS_ENABLED=False, SNAPCRAWL_KEYWORDS_TOP_K="ten")
    assert not parsed.keywords_enabled
    parsed = config(SNAPCRAWL_TRAP_ENABLED=False, SNAPCRAWL_TRAP_MAX_DEPTH="deep")
    assert (parsed.trap_enabled, parsed.trap_max_depth) == (False, 0)


def test_the_object_is_frozen(tmp_path):
    parsed = config(DATA_DIR=str(tmp_path))
    with pytest.raises(AttributeError):
        parsed.run_id = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("cpus", "available_mb", "workers"),
    [
        (1, 8000, 1),  # one core: still one worker, off the reactor's thread
        (2, 8000, 1),  # the crawler keeps one core
        (4, 8000, 3),
        (16, 64000, 15),
        (16, 1000, 3),  # memory bounds it: 1000 MB / 300 MB a worker
        (16, 100, 1),  # never fewer than one
        (8, None, 7),  # memory unknown: cores alone
    ],
)
def test_auto_workers_uses_the_cores_the_memory_allows(cpus, available_mb, workers):
    assert auto_workers(cpus, available_mb) == workers
    if available_mb is not None:
        assert worker_count("auto", cpus=cpus, available_mb=available_mb) == workers


def test_auto_workers_on_this_machine_fit_its_cores():
    assert 1 <= worker_count("auto") <= max(usable_cpus() - 1, 1)
    assert worker_count("3") == 3
    assert worker_count(0) == 0


@pytest.mark.parametrize(
    ("raw", "kind", "options", "value"),
    [
        (" 3 ", int, {}, 3),
        ("0.5", float, {}, 0.5),
        ("0", float, {"above": True}, None),
        ("1e-3", float, {"above": True}, 0.001),
        ("nan", float, {}, None),
        ("-inf", float, {}, None),
        (True, int, {}, None),
        ("11", int, {"most": 10}, None),
        ("10", int, {"most": 10}, 10),
        (None, int, {}, None),
    ],
)
def test_the_one_number_check_of_every_setting(raw, kind, options, value):
    if value is None:
        with pytest.raises(ConfigError, match=r"^N=.*: fix$"):
            number_at_least("N", raw, 0, "fix", kind, **options)
    else:
        assert number_at_least("N", raw, 0, "fix", kind, **options) == value


def test_log_level_and_compression_names_are_read_in_any_case(tmp_path):
    parsed = config(DATA_DIR=str(tmp_path), LOG_LEVEL="info", SNAPCRAWL_PARQUET_COMPRESSION="GZIP")
    assert parsed.parquet_compression == "gzip"
    assert config(SNAPCRAWL_PARQUET_PARTITION_BY="category").parquet_partition_by == "category"
    assert config(SNAPCRAWL_PARQUET_PARTITION_BY="").parquet_partition_by == ""

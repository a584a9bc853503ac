"""Per-run logs (crawler/extensions/runlog.py): DATA_DIR/logs/<run_id>.log, whatever LOG_LEVEL."""

from __future__ import annotations

import logging

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.extensions.runlog import RunLog
from snapcrawl.errors import ConfigError


def test_the_run_log_takes_records_at_its_level_until_closed(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)  # as under scrapy crawl: the root logger passes everything
    settings = {
        "DATA_DIR": str(tmp_path),
        "SNAPCRAWL_RUN_ID": "run-1",
        "SNAPCRAWL_RUNLOG_ENABLED": True,
        "SNAPCRAWL_RUNLOG_LEVEL": "info",
    }
    runlog = RunLog.from_crawler(get_crawler(settings_dict=settings))
    log = logging.getLogger("scrapy.core.engine")
    log.debug("not at INFO")
    log.info("kept %s", "this")
    runlog.close()
    log.info("after the run")
    text = (tmp_path / "logs" / "run-1.log").read_text("utf-8")
    assert "kept this" in text
    assert "[scrapy.core.engine] INFO: kept this" in text  # LOG_FORMAT, as on the console
    assert "not at INFO" not in text
    assert "after the run" not in text
    assert runlog.handler is None


def test_off_by_setting(tmp_path):
    with pytest.raises(NotConfigured):
        RunLog.from_crawler(get_crawler(settings_dict={"SNAPCRAWL_RUNLOG_ENABLED": False}))


def test_a_wrong_level_stops_the_run(tmp_path):
    settings = {
        "DATA_DIR": str(tmp_path),
        "SNAPCRAWL_RUNLOG_ENABLED": True,
        "SNAPCRAWL_RUNLOG_LEVEL": "LOUD",
    }
    with pytest.raises(ConfigError, match="SNAPCRAWL_RUNLOG_LEVEL='LOUD': use one of DEBUG"):
        RunLog.from_crawler(get_crawler(settings_dict=settings))

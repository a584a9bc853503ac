"""Job locks (snapcrawl/state/lock.py, the JobLock extension): one run at a time, never stuck."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.extensions.lock import JobLock
from snapcrawl.errors import ConfigError
from snapcrawl.state import LockHeld, RunLock, lock_path, probe_lock


def test_a_second_acquire_is_refused_with_the_holder_named(tmp_path):
    path = lock_path(tmp_path, "news")
    held = RunLock.acquire(path, name="news", run_id="run-1")
    with pytest.raises(LockHeld) as error:
        RunLock.acquire(path, name="news", run_id="run-2")
    message = str(error.value)
    assert "job 'news' is already running" in message
    assert f"pid {os.getpid()}" in message
    assert "run run-1" in message
    assert str(path) in message
    held.release()
    RunLock.acquire(path, name="news").release()


def test_probe_tells_held_from_free_without_taking_it(tmp_path):
    path = lock_path(tmp_path, "news")
    assert probe_lock(path) is None  # no file yet
    held = RunLock.acquire(path, run_id="run-1")
    assert probe_lock(path).run_id == "run-1"
    held.release()
    held.release()  # idempotent
    assert probe_lock(path) is None


HOLDER = textwrap.dedent(
    """
    import sys, time
    from snapcrawl.state import RunLock
    RunLock.acquire(sys.argv[1], run_id="doomed")
    print("held", flush=True)
    time.sleep(60)
    """
)


def test_a_killed_holder_leaves_no_stuck_lock(tmp_path):
    path = lock_path(tmp_path, "news")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert probe_lock(path).run_id == "doomed"
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        holder.kill()
        holder.wait()
    assert path.exists()  # the file stays; the lock does not
    assert probe_lock(path) is None
    RunLock.acquire(path, name="news").release()


def test_the_extension_is_off_without_a_job_name(tmp_path):
    crawler = get_crawler(settings_dict={"DATA_DIR": str(tmp_path)})
    with pytest.raises(NotConfigured):
        JobLock.from_crawler(crawler)


def test_the_extension_holds_the_lock_until_the_engine_stops(tmp_path):
    settings = {"DATA_DIR": str(tmp_path), "SNAPCRAWL_LOCK_NAME": "news", "SNAPCRAWL_RUN_ID": "r1"}
    extension = JobLock.from_crawler(get_crawler(settings_dict=settings))
    assert probe_lock(lock_path(tmp_path, "news")).run_id == "r1"
    with pytest.raises(LockHeld, match="job 'news' is already running"):
        JobLock.from_crawler(get_crawler(settings_dict={**settings, "SNAPCRAWL_RUN_ID": "r2"}))
    extension.release()
    assert probe_lock(lock_path(tmp_path, "news")) is None


def test_a_job_name_that_is_not_a_file_name_stops_the_run(tmp_path):
    settings = {"DATA_DIR": str(tmp_path), "SNAPCRAWL_LOCK_NAME": "../news"}
    with pytest.raises(ConfigError, match=re.escape("SNAPCRAWL_LOCK_NAME='../news'")):
        JobLock.from_crawler(get_crawler(settings_dict=settings))

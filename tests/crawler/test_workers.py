"""The worker pool's warm-up: a worker loads before its first page, and a failed warm-up
leaves the pool usable (the crawl goes on; the call that needs what failed fails itself)."""

from __future__ import annotations

import asyncio
import logging

from crawler.workers import WorkerPool
from pipelines.extraction_task import warm_up
from snapcrawl.dataset import keywords
from snapcrawl.dataset.keywords import KeywordExtractor


def model_is_loaded() -> bool:
    return keywords._model is not None


def fail_to_load() -> None:
    raise RuntimeError("no model here")


def test_a_warmed_up_worker_has_the_keywords_model_before_its_first_call():
    pool = WorkerPool(1)
    try:
        assert asyncio.run(pool.run(model_is_loaded)) is False  # a fresh worker loads lazily
    finally:
        pool.close()
    pool = WorkerPool(1)
    try:
        pool.warm_up(warm_up, KeywordExtractor())
        # one worker takes calls in order: the warm-up ran before this one
        assert asyncio.run(pool.run(model_is_loaded)) is True
    finally:
        pool.close()


def test_a_failed_warm_up_is_logged_and_the_pool_still_works(caplog):
    pool = WorkerPool(1)
    try:
        with caplog.at_level(logging.WARNING, logger="crawler.workers"):
            pool.warm_up(fail_to_load)
            assert asyncio.run(pool.run(sum, [1, 2])) == 3
    finally:
        pool.close()
    assert "worker warm-up failed: RuntimeError('no model here')" in caplog.text


def test_inline_there_is_nothing_to_warm_up():
    pool = WorkerPool(0)
    pool.warm_up(fail_to_load)  # not called: inline components load when the spider opens
    assert asyncio.run(pool.run(sum, [1, 2])) == 3


def write_on_exit(path: str) -> int:
    """Register an exit finalizer in the worker, as a boilerplate memory does."""
    import os
    import time
    from multiprocessing.util import Finalize

    def finish() -> None:
        time.sleep(0.2)  # a slow flush: close() must still wait for it
        with open(path, "w") as handle:
            handle.write("flushed")

    Finalize(finish, finish, exitpriority=10)
    return os.getpid()


def test_begin_close_lets_workers_exit_and_close_waits_for_their_finalizers(tmp_path):
    marker = tmp_path / "flushed"
    pool = WorkerPool(1)
    asyncio.run(pool.run(write_on_exit, str(marker)))
    pool.begin_close()  # returns at once: the worker exits while the crawler closes
    pool.begin_close()  # idempotent
    pool.close()
    assert marker.read_text() == "flushed"
    pool.close()  # closing twice is harmless


def test_begin_close_before_any_call_and_inline():
    pool = WorkerPool(1)
    pool.begin_close()
    pool.close()
    inline = WorkerPool(0)
    inline.begin_close()
    inline.close()

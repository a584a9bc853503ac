"""crawler/workers.py: calls run in worker processes and come back to their callers, in
order and errors too (a failing call fails only itself); a worker warms up before its first
page, a failed warm-up leaves the pool usable, and closing waits for the workers' exit."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from crawler.worker_process import RemoteTraceback
from crawler.workers import WorkerPool
from pipelines.extraction_task import warm_up
from snapcrawl.dataset import keywords
from snapcrawl.dataset.keywords import KeywordExtractor


def pid_of(delay: float = 0.0) -> int:
    time.sleep(delay)
    return os.getpid()


def fails(text: str) -> None:
    raise ValueError(text)


def dies() -> None:
    os._exit(3)


def echo(data: bytes) -> int:
    return len(data)


def test_calls_run_in_the_workers_and_answer_their_callers():
    async def crawl() -> list[int]:
        pool = WorkerPool(2)
        try:
            return await asyncio.gather(*[pool.run(pid_of, 0.05) for _ in range(8)])
        finally:
            pool.close()

    pids = asyncio.run(crawl())
    assert len(pids) == 8
    assert os.getpid() not in pids
    assert len(set(pids)) == 2  # both workers took calls while the other was busy


def test_a_page_larger_than_a_pipe_buffer_goes_through():
    async def crawl() -> int:
        pool = WorkerPool(1)
        try:
            return await pool.run(echo, b"x" * 5_000_000)
        finally:
            pool.close()

    assert asyncio.run(crawl()) == 5_000_000


def test_an_error_in_a_worker_reaches_the_caller_with_its_traceback():
    async def crawl() -> None:
        pool = WorkerPool(1)
        try:
            with pytest.raises(ValueError, match="bad page") as raised:
                await pool.run(fails, "bad page")
            assert isinstance(raised.value.__cause__, RemoteTraceback)
            assert "fails" in str(raised.value.__cause__)
            assert await pool.run(echo, b"abc") == 3  # the worker is still there
        finally:
            pool.close()

    asyncio.run(crawl())


def test_a_dead_worker_breaks_the_pool_instead_of_hanging_the_crawl():
    async def crawl() -> None:
        pool = WorkerPool(1)
        try:
            with pytest.raises(BrokenProcessPool):
                await pool.run(dies)
            with pytest.raises(BrokenProcessPool):
                await pool.run(echo, b"abc")
        finally:
            pool.close()

    asyncio.run(crawl())


def test_a_call_written_to_a_dead_workers_pipe_fails_with_the_pool_not_the_write():
    """The worker dies before the loop has read its end: the next call's write meets a
    closed pipe (EPIPE). That write must not raise into the caller; the call fails as the
    pool breaks, like every call in hand."""

    async def crawl() -> None:
        pool = WorkerPool(1)
        try:
            first = asyncio.ensure_future(pool.run(dies))
            await asyncio.sleep(0)  # the call is in the pipe
            while pool._started[0].process.is_alive():
                time.sleep(0.01)  # hold the loop: nobody has read the pipe's end yet
            second = asyncio.ensure_future(pool.run(echo, b"abc"))
            await asyncio.sleep(0)  # written to the dead worker's pipe
            for call in (first, second):
                with pytest.raises(BrokenProcessPool):
                    await call
        finally:
            pool.close()

    asyncio.run(asyncio.wait_for(crawl(), 30))


def test_no_workers_runs_inline():
    async def crawl() -> int:
        return await WorkerPool(0).run(pid_of)

    assert asyncio.run(crawl()) == os.getpid()


def test_close_waits_for_calls_in_flight_even_with_large_answers():
    async def crawl() -> WorkerPool:
        pool = WorkerPool(1)
        calls = [asyncio.ensure_future(pool.run(large, 1_000_000)) for _ in range(3)]
        await asyncio.sleep(0)  # the calls are in the worker's pipe
        pool.close()  # answers of 1 MB that nobody reads any more: it must not hang
        for call in calls:
            call.cancel()
        return pool

    asyncio.run(asyncio.wait_for(crawl(), 30))


def large(size: int) -> bytes:
    return b"x" * size


def same(data: bytes) -> bytes:
    return data


CLOSE_WITH_UNSENT_CALLS = """
import asyncio
from crawler.workers import WorkerPool
from tests.crawler.test_workers import same

async def crawl():
    pool = WorkerPool(1)
    calls = [asyncio.ensure_future(pool.run(same, b"x" * 300_000)) for _ in range(12)]
    await asyncio.sleep(0)  # ~1 MB of calls in the pipe, the rest still to write
    pool.close()
    for call in calls:
        call.cancel()

asyncio.run(crawl())
print("closed")
"""


def test_close_writes_the_unsent_calls_while_the_worker_sends_large_answers():
    """The worker blocks sending an answer nobody reads, so it takes no more calls: close
    must read answers while it writes the calls the pipe had no room for. In a process of
    its own, so that a hang fails the test instead of stopping the run."""
    done = subprocess.run(
        [sys.executable, "-c", CLOSE_WITH_UNSENT_CALLS],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "closed"


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


def test_many_calls_in_flight_each_get_their_own_answer():
    """Calls queue up faster than one worker answers: the answers the loop reads at once
    each go to their own caller, and a call that fails fails alone."""

    async def crawl() -> list[object]:
        pool = WorkerPool(1)
        try:
            calls = [
                pool.run(echo, b"x" * n) if n % 7 else pool.run(fails, str(n)) for n in range(60)
            ]
            return await asyncio.gather(*calls, return_exceptions=True)
        finally:
            pool.close()

    results = asyncio.run(crawl())
    for n, result in enumerate(results):
        if n % 7:
            assert result == n
        else:
            assert isinstance(result, ValueError)
            assert str(result) == str(n)


def test_no_call_after_begin_close():
    async def crawl() -> None:
        pool = WorkerPool(1)
        try:
            assert await pool.run(echo, b"ab") == 2
            pool.begin_close()
            with pytest.raises(RuntimeError, match="closing"):
                await pool.run(echo, b"ab")
        finally:
            pool.close()

    asyncio.run(crawl())


def test_a_pool_used_from_a_second_event_loop_still_answers():
    pool = WorkerPool(1)
    try:
        assert asyncio.run(pool.run(echo, b"abc")) == 3
        assert asyncio.run(pool.run(echo, b"abcd")) == 4  # the first loop is closed
    finally:
        pool.close()


def test_workers_exiting_after_begin_close_do_not_break_the_pool(caplog):
    """The crawler keeps its event loop running after ``begin_close`` (the last Parquet
    file, the runs row): a worker's clean exit seen there is no death. It was logged as
    ``worker pool broken: a worker process ended unexpectedly (exit code 0)`` at the end of
    some demo crawls."""

    async def crawl() -> None:
        pool = WorkerPool(2)
        try:
            assert await pool.run(echo, b"ab") == 2
            pool.begin_close()
            deadline = time.monotonic() + 10
            while any(w.process.is_alive() for w in pool._started):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.02)
            await asyncio.sleep(0.1)  # the loop sees the ends of their pipes
            assert pool._broken is None
        finally:
            pool.close()

    with caplog.at_level(logging.ERROR, logger="crawler.workers"):
        asyncio.run(crawl())
    assert "worker pool broken" not in caplog.text


def warn(text: str) -> None:
    logging.getLogger("snapcrawl.extract.boilerplate").warning(text)


def test_a_warning_logged_in_a_worker_shows_when_and_where(capfd):
    """It reached stderr as a bare message (logging's last resort): no time, no logger."""
    pool = WorkerPool(1)
    try:
        asyncio.run(pool.run(warn, "boilerplate memory not saved (disk full)"))
    finally:
        pool.close()
    line = capfd.readouterr().err.strip().splitlines()[-1]
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[snapcrawl\.extract\.boilerplate\] WARNING: "
        r"boilerplate memory not saved \(disk full\)",
        line,
    ), line


def test_a_process_that_used_the_pool_exits_without_a_word():
    """On Python 3.13 every process that imported the pool printed "Exception ignored in:
    <_io.BytesIO …> BufferError" at exit (a module-level memoryview from
    ForkingPickler.dumps), one more line under every one-line error."""
    code = (
        "import asyncio\n"
        "from crawler.workers import WorkerPool\n"
        "async def main():\n"
        "    pool = WorkerPool(1)\n"
        "    try:\n"
        "        assert await pool.run(len, 'abc') == 3\n"
        "    finally:\n"
        "        pool.close()\n"
        "asyncio.run(main())\n"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""

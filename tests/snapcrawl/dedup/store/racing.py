"""Processes that race check_and_add on the same stories, for the store tests."""

from __future__ import annotations

import multiprocessing as mp
import time
from typing import Any

from snapcrawl.dedup import DedupConfig, DedupIndex, open_store

from ..texts import random_story

STORIES = 40


def _worker(spec: str, side: int, barrier: Any, results: Any) -> None:
    index = DedupIndex(open_store(spec), DedupConfig())
    index.check_and_add(f"http://warmup{side}.example/", f"热身{side}")  # connect, load scripts
    barrier.wait()
    kept = []
    for i in range(STORIES):
        body = random_story(1000 + i)
        if side:  # an edited copy: first line dropped, a credit appended
            body = body.split("\n", 1)[1] + "（记者 周海）"
        if index.check_and_add(f"http://site{side}.example/{i}", body) is None:
            kept.append(i)
    index.commit(f"http://site{side}.example/{i}" for i in kept)
    index.close()
    results.put((side, kept))


def race(spec: str) -> dict[int, list[int]]:
    """Two processes check the same stories (one the original, one an edited
    copy) at the same time; returns, per process, the stories it kept."""
    ctx = mp.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(spec, side, barrier, results)) for side in (0, 1)]
    for proc in procs:
        proc.start()
    kept = dict(results.get(timeout=60) for _ in procs)
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    return kept


def _hog(spec: str, started: Any, done: Any) -> None:
    index = DedupIndex(open_store(spec), DedupConfig())
    i = 0
    while not done.is_set():  # one check after another, never idle
        index.check_and_add(f"http://hog.example/{i}", random_story(5000 + i))
        if i == 0:
            started.set()
        i += 1
    index.close()


def wait_beside_a_busy_process(spec: str) -> float:
    """Seconds one check takes (opening included) while another process checks
    without pause on the same store."""
    ctx = mp.get_context("fork")
    started, done = ctx.Event(), ctx.Event()
    hog = ctx.Process(target=_hog, args=(spec, started, done))
    hog.start()
    try:
        assert started.wait(timeout=30)
        begin = time.monotonic()
        with DedupIndex(open_store(spec), DedupConfig()) as index:
            index.check_and_add("http://waiter.example/1", random_story(1))
        return time.monotonic() - begin
    finally:
        done.set()
        hog.join(timeout=30)
        assert hog.exitcode == 0


def _open(spec: str, barrier: Any, results: Any) -> None:
    barrier.wait()
    try:
        open_store(spec).close()
        results.put("ok")
    except Exception as error:
        results.put(repr(error))


def open_at_once(spec: str, processes: int) -> list[str]:
    """Processes that open (first: create) the same store at the same moment."""
    ctx = mp.get_context("fork")
    barrier, results = ctx.Barrier(processes), ctx.Queue()
    procs = [ctx.Process(target=_open, args=(spec, barrier, results)) for _ in range(processes)]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
    return outcomes

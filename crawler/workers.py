"""CPU-heavy item work in a worker process, off the reactor's thread.

Scrapy runs callbacks and pipelines on one thread; extraction (and keyword
scoring) is CPU work that would otherwise stall downloading. With
``SNAPCRAWL_WORKERS = N > 0`` it runs in N worker processes (``spawn``: never
fork a process with a running reactor) while the reactor keeps fetching; with
0 it runs inline (``crawler.worker_count.worker_count`` reads the setting;
``CrawlServices`` owns the crawl's one pool). Functions sent to the pool must
be module-level and take and return picklable values.

Why not ``concurrent.futures.ProcessPoolExecutor``: its manager and feeder
threads hand every call between three threads of the crawler process, and each
answer wakes the event loop once more through ``call_soon_threadsafe``. Those
threads took 0.2-0.4 s of the crawler's CPU a 1,000-page crawl, on the core
the crawler (the bottleneck on 2 cores) needs. Here the reactor's thread writes
each call to a worker's pipe and the event loop reads the answers when the pipe
is readable, all it finds at once: no helper thread. Each worker has its next
call already in its pipe when it finishes one (a worker made to wait would idle
between pages); the pipe is written without blocking, the rest when the loop
says it has room, so a large page never stalls the reactor.

What a worker process runs, and the framing both ends of its pipes agree on, is in
:mod:`crawler.worker_process`; here is the pool on the crawler's event loop.

Worker processes start on the first call or warm-up, and a worker's first call
pays for its start-up (imports, models: about a second of CPU). ``warm_up``
makes that first call early, while the crawler itself is still opening the
spider, so the two start-ups share the cores instead of following each other.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import os
import select
from collections import deque
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.reduction import ForkingPickler
from typing import Any, TypeVar

from crawler.worker_process import STOP, RemoteTraceback, frame, serve, widen

logger = logging.getLogger(__name__)
T = TypeVar("T")
# calls in a worker's pipe: the one it works on and the next ones. The loop hands it more
# only when it reads an answer, so those in hand must keep it busy while the reactor's thread
# is held up (a burst of pages to parse, a busy machine descheduling it for tens of ms): with
# 4 a worker idled (crawls of 1,000 articles 36 % slower than with the executor, median of 8
# pairs at load 3-4); with 16 (~40 ms of work) the medians matched (6 pairs). One page each.
CALLS_PER_WORKER = 16


class _Worker:
    """One worker process and the crawler's ends of its two pipes: a pipe each way, so the
    crawler writes calls without blocking (a full pipe waits in ``outbox``) and the event
    loop reads answers when their pipe is readable."""

    def __init__(self, context: Any) -> None:
        calls, self.calls_end = context.Pipe(duplex=False)  # the crawler writes calls
        self.answers, answers_end = context.Pipe(duplex=False)  # and reads answers
        self.process = context.Process(
            target=serve, args=(calls, answers_end), name="snapcrawl-worker"
        )
        self.process.start()
        calls.close()
        answers_end.close()
        os.set_blocking(self.calls_end.fileno(), False)
        widen(self.calls_end.fileno())
        self.outbox = bytearray()  # calls not yet in the pipe
        self.writing = False  # the loop watches the pipe for room
        # its calls, in order (None: a warm-up, which nobody awaits)
        self.futures: deque[asyncio.Future[Any] | None] = deque()


Call = tuple[Callable[..., Any], tuple[Any, ...], "asyncio.Future[Any] | None"]


class WorkerPool:
    """The crawl's worker processes (see the module docstring): ``run`` awaits a call made
    in the least busy one, in the calling event loop; 0 workers run each call inline. A
    worker that dies breaks the pool, as in ``ProcessPoolExecutor``: every call in hand and
    after fails with ``BrokenProcessPool`` rather than waiting for ever."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._started: list[_Worker] = []
        self._waiting: deque[Call] = deque()  # not yet in a worker's pipe
        self._loop: asyncio.AbstractEventLoop | None = None  # the one reading the answers
        self._broken: str | None = None
        self._stopping = False  # begin_close: the workers have their stop

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a worker; its exception, raised there, is raised here
        with the worker's traceback as its cause (``RemoteTraceback``)."""
        if self.workers == 0:
            return function(*args)
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._stopping:
            raise RuntimeError("the worker pool is closing: no new calls")
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._start(loop)
        future: asyncio.Future[T] = loop.create_future()
        self._waiting.append((function, args, future))
        self._dispatch()
        return await future

    def warm_up(self, function: Callable[..., object], *args: Any) -> None:
        """Run ``function(*args)`` once per worker before any other call, without
        waiting: it loads what every call needs (imports, models) before the first page
        arrives. Called inside the event loop (a pipeline's ``open_spider``), it starts
        the workers now; outside it, with the first call. Inline (0 workers), nothing:
        the pipelines load their models when the spider opens. A failure is logged,
        never raised: the call that needs what failed to load fails in its turn. Each
        call goes to the least busy worker, so each worker gets one."""
        if self.workers == 0 or self._broken or self._stopping:
            return
        for _ in range(self.workers):
            self._waiting.append((function, args, None))
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # dispatched when the first call starts the workers
        if loop is not self._loop:
            self._start(loop)
        self._dispatch()

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start the workers (first use), and have ``loop`` read their answers."""
        if self._loop is not None and not self._loop.is_closed():
            for worker in self._started:
                self._loop.remove_reader(worker.answers.fileno())
        self._loop = loop
        if not self._started:
            context = multiprocessing.get_context("spawn")
            self._started = [_Worker(context) for _ in range(self.workers)]
            atexit.register(self.close)  # runs before multiprocessing joins its children
        for worker in self._started:
            loop.add_reader(worker.answers.fileno(), self._answered, worker)
            worker.writing = False  # a writer watch belonged to the old loop

    def _dispatch(self) -> None:
        """Move waiting calls into the pipes of workers with room, one write a worker."""
        touched: list[_Worker] = []
        while self._waiting and self._started and not self._stopping:
            worker = min(self._started, key=lambda w: len(w.futures))
            if len(worker.futures) >= CALLS_PER_WORKER:
                break
            function, args, future = self._waiting.popleft()
            if future is not None and future.cancelled():
                continue
            try:
                data = ForkingPickler.dumps((function, args))
            except Exception as error:  # unpicklable arguments: the caller's error
                if future is None:
                    logger.warning("worker warm-up failed: %r", error)
                else:
                    future.set_exception(error)
                continue
            worker.futures.append(future)
            frame(worker.outbox, data)
            if worker not in touched:
                touched.append(worker)
        for worker in touched:
            self._write(worker)

    def _write(self, worker: _Worker) -> None:
        """As much of the worker's outbox as its pipe takes now; the loop calls back for
        the rest when there is room (with no loop running, :meth:`close` writes it)."""
        try:
            written = os.write(worker.calls_end.fileno(), worker.outbox)
        except BlockingIOError:
            written = 0
        except OSError:  # the worker is gone: its answer pipe says so to _answered
            written = len(worker.outbox)
        del worker.outbox[:written]
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        if worker.outbox and not worker.writing:
            loop.add_writer(worker.calls_end.fileno(), self._write, worker)
            worker.writing = True
        elif not worker.outbox and worker.writing:
            loop.remove_writer(worker.calls_end.fileno())
            worker.writing = False

    def _answered(self, worker: _Worker) -> None:
        """Every answer the worker's pipe holds now, in the order of its calls."""
        while True:
            try:
                ok, value, remote = worker.answers.recv()
            except (EOFError, OSError):
                if self._stopping and not worker.futures:
                    self._stopped(worker)  # it read its stop after its last call: expected
                    return
                code = worker.process.join(1) or worker.process.exitcode
                self._break(f"a worker process ended unexpectedly (exit code {code})")
                return
            future = worker.futures.popleft()
            if future is None:  # a warm-up
                if not ok:
                    logger.warning("worker warm-up failed: %r", value)
            elif not future.done():
                if ok:
                    future.set_result(value)
                else:
                    value.__cause__ = RemoteTraceback(remote)
                    future.set_exception(value)
            if not worker.futures or not worker.answers.poll():
                break
        self._dispatch()

    def _stopped(self, worker: _Worker) -> None:
        """A worker exited after its stop (:meth:`begin_close`) with every call answered:
        the loop stops watching its pipe, which would otherwise stay readable (at its end)
        and be taken for a death while the crawler finishes closing."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.remove_reader(worker.answers.fileno())

    def _break(self, why: str) -> None:
        """A worker died: like ProcessPoolExecutor, the pool is unusable from now on."""
        self._broken = why
        logger.error("worker pool broken: %s", why)
        futures = [f for w in self._started for f in w.futures]
        futures += [future for _, _, future in self._waiting]
        self._waiting.clear()
        self.close()
        for future in futures:
            if future is not None and not future.done():
                future.set_exception(BrokenProcessPool(why))

    def begin_close(self) -> None:
        """No more calls will come: each worker gets its stop after the calls already
        sent and starts exiting now, running its exit finalizers (~60 ms), while the
        crawler finishes its own closing (the last Parquet file); :meth:`close` then
        waits for them. Nothing here blocks."""
        if self._stopping:
            return
        self._stopping = True
        for worker in self._started:
            frame(worker.outbox, STOP)
            self._write(worker)

    def close(self) -> None:
        """Stop the workers after their calls and wait until each has exited (and run
        its exit finalizers)."""
        self.begin_close()
        started, self._started = self._started, []
        for worker in started:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(worker.answers.fileno())
                if worker.writing:
                    self._loop.remove_writer(worker.calls_end.fileno())
            _flush(worker)
            worker.calls_end.close()
        for worker in started:
            while worker.process.is_alive():  # answers nobody awaits: read, so none blocks
                try:
                    if worker.answers.poll(0.1):
                        worker.answers.recv()
                except (EOFError, OSError):
                    worker.process.join()
            worker.answers.close()
        if started:
            atexit.unregister(self.close)


def _flush(worker: _Worker) -> None:
    """Write the rest of the worker's outbox, with no event loop to wait on. Its answers
    are read (and dropped) meanwhile: a worker blocked sending an answer nobody reads
    takes no more calls, so a plain blocking write of a full pipe would wait for ever."""
    calls, answers = worker.calls_end.fileno(), worker.answers.fileno()
    while worker.outbox:
        try:
            del worker.outbox[: os.write(calls, worker.outbox)]
            continue
        except BlockingIOError:
            pass
        except OSError:  # the worker is gone: the rest has nobody to read it
            return
        readable, _, _ = select.select([answers], [calls], [], 0.1)
        if readable:
            try:
                worker.answers.recv()
            except (EOFError, OSError):
                return

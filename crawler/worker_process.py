"""The worker process's side of :mod:`crawler.workers`, and what crosses its two pipes.

The pool writes calls into a worker's pipe itself, without ``Connection.send`` (which
blocks until the whole call is in the pipe), so it frames them as ``Connection.recv``
expects to read them (:func:`frame`). Kept apart from the pool so that what a worker
runs, and the format both ends agree on, can be read in one place.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import signal
import struct
import traceback
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler

PIPE_BYTES = 1 << 20  # room for a worker's calls in hand in the pipe, where Linux allows it
# A worker returns when it reads this call. bytes, not the memoryview dumps() returns:
# a module-level view keeps its BytesIO exported, and Python 3.13 prints "Exception ignored
# in: <_io.BytesIO …> BufferError" at the exit of every process that imported this module.
STOP = bytes(ForkingPickler.dumps(None))
LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"  # Scrapy's


class RemoteTraceback(Exception):
    """The worker's traceback of an exception raised there (the raised one's cause)."""

    def __str__(self) -> str:
        return str(self.args[0])


def widen(pipe: int) -> None:
    """A pipe of PIPE_BYTES (Linux's default is 64 kB: one news page or two), so the
    calls in hand are written at once rather than piece by piece as the worker reads
    them, each piece one more wake-up of the loop. Where it cannot be, the pipe stays."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if set_size is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe, set_size, PIPE_BYTES)


def frame(outbox: bytearray, data: bytes) -> None:
    """multiprocessing's framing (a 4-byte length), so the worker's ``recv`` reads it."""
    outbox += struct.pack("!i", len(data))
    outbox += data


def serve(calls: Connection, answers: Connection) -> None:
    """A worker process: call what arrives, send back (ok, value, remote traceback)."""
    _ignore_stop_signals()
    # a warning logged here (a full disk: "boilerplate memory not saved") reached stderr
    # as a bare message through logging's last resort; Scrapy's format says when and where
    logging.basicConfig(level=logging.WARNING, format=LOG_FORMAT, datefmt="%Y-%m-%d %H:%M:%S")
    while True:
        try:
            call = calls.recv()
        except EOFError:  # the crawler is gone
            return
        if call is None:
            return
        function, args = call
        try:
            answer = (True, function(*args), "")
        except BaseException as error:
            answer = (False, error, traceback.format_exc())
        try:
            answers.send(answer)
        except OSError:  # the crawler is gone (killed): nobody to answer, nothing to say
            return
        except Exception as error:  # an unpicklable result or exception
            problem = f"{type(error).__name__}: {error}"
            answers.send((False, RuntimeError(problem), traceback.format_exc()))


def _ignore_stop_signals() -> None:
    """Ctrl-C and ``kill -TERM -PGID`` reach the whole process group; the workers must
    outlive them so that the crawler's graceful stop can finish the items in flight.
    The crawler shuts the pool down itself when the spider closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

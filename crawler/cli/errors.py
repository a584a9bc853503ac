"""One error path for every command: an error becomes one message and one exit code.

A command stops with :class:`CommandError` (or one of the library errors in
``EXIT_CODES``); :func:`command` turns it into the message and the exit code,
so no command writes its own error handling. Commands that log (``run``,
``schedule``: the user follows a log) get the message in the log; the others on
stderr as ``snapcrawl NAME: message``.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Sequence

from snapcrawl.schedule.file import ScheduleError
from snapcrawl.state import LockHeld

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2  # a wrong argument or file, as argparse exits
EXIT_LOCKED = 75  # sysexits EX_TEMPFAIL: the job is already running, try again later
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C

logger = logging.getLogger("crawler.cli")

CommandMain = Callable[[Sequence[str]], int]


class CommandError(Exception):
    """Stops a command: ``message`` for the user, ``exit_code`` for the shell."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


# Library errors a command lets through, and their exit codes; the message is str(error).
EXIT_CODES: tuple[tuple[type[Exception], int], ...] = (
    (ScheduleError, EXIT_USAGE),
    (LockHeld, EXIT_LOCKED),
)


def as_command_error(error: Exception) -> CommandError | None:
    """The message and exit code of ``error``, or None when it is not a user's error (a bug:
    it keeps its traceback)."""
    if isinstance(error, CommandError):
        return error
    for kind, code in EXIT_CODES:
        if isinstance(error, kind):
            return CommandError(str(error), code)
    return None


def command(name: str, *, log_errors: bool = False) -> Callable[[CommandMain], CommandMain]:
    """Decorate a command's ``main(argv) -> int`` with the one error path."""

    def decorate(main: CommandMain) -> CommandMain:
        @functools.wraps(main)
        def run(argv: Sequence[str]) -> int:
            try:
                return main(argv)
            except Exception as raised:
                error = as_command_error(raised)
                if error is None:
                    raise
                report(name, error, log=log_errors)
                return error.exit_code

        return run

    return decorate


def report(name: str, error: CommandError, *, log: bool = False) -> None:
    """Say what stopped command ``name``: in the log, or on stderr."""
    if log:
        logger.error("%s", error.message)
    else:
        sys.stderr.write(f"snapcrawl {name}: {error.message}\n")

"""One error path for every command: an error becomes one message and one exit code.

A command stops with :class:`CommandError` (or one of the library errors
``crawler.exit_codes`` knows); :func:`command` turns it into the message and the exit code,
so no command writes its own error handling. Commands that log (``run``,
``schedule``: the user follows a log) get the message in the log; the others on
stderr as ``snapcrawl NAME: message``.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Sequence

from crawler.exit_codes import (  # noqa: F401 - the codes, importable from here too
    EXIT_DATA,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_IO,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    error_exit_code,
    error_message,
)

logger = logging.getLogger("crawler.cli")

CommandMain = Callable[[Sequence[str]], int]


class CommandError(Exception):
    """Stops a command: ``message`` for the user, ``exit_code`` for the shell. The code
    has no default: a command's own error is the user's or the machine's, never the
    "unexpected error" (1) that the exit code table keeps for bugs; each raise picks its
    row of ``crawler.exit_codes``."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def as_command_error(error: Exception) -> CommandError | None:
    """The message and exit code of ``error``, or None when it is not a user's error (a bug:
    it keeps its traceback)."""
    if isinstance(error, CommandError):
        return error
    code = error_exit_code(error)  # library errors: crawler.exit_codes
    return None if code is None else CommandError(error_message(error), code)


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

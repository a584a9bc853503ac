"""Swap two directories in one atomic step, so readers see the old or the new, never neither.

Linux's ``renameat2(RENAME_EXCHANGE)`` does it in one system call. Where that
is missing (other systems, old kernels, some filesystems), two renames run back
to back and a reader may, for that instant, find the directory missing; that
fallback is logged.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)

AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _renameat2() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


_RENAMEAT2 = _renameat2()


def exchange_directories(a: Path, b: Path) -> bool:
    """Exchange ``a`` and ``b``; True if it was atomic."""
    if _RENAMEAT2 is not None:
        result = _RENAMEAT2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
        if result == 0:
            return True
        logger.info(
            "atomic exchange unavailable (%s); using two renames", os.strerror(ctypes.get_errno())
        )
    parked = b.with_name(b.name + ".swap")  # beside ``b``: the staging side, not a table
    os.rename(a, parked)
    os.rename(b, a)
    os.rename(parked, b)
    return False

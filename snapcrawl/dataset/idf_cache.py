"""jieba's IDF table, parsed once per installation and kept in a cache file.

Every worker process of every crawl needs the table (270,000 lines of
``jieba/analyse/idf.txt``). Parsing the text costs ~0.25 s of CPU a process,
paid inside the crawl; reading it back from this cache file costs ~0.09 s
(the words as one UTF-8 block, the weights as raw doubles, no float parsing).

The file is named after what it was built from: idf.txt's path, size and
modification time, this format's version and the machine's byte order. A new
jieba gets a new file; a file whose idf.txt is gone or changed is removed, while
the files of other installations sharing the directory (two virtualenvs with
different jieba versions) stay, so they do not rebuild in turn. A file that cannot be read
back exactly as written (truncated, damaged, another format) is rebuilt. The
cache is only ever an optimisation: when its directory cannot be written, the
table is parsed each time, as without it. It lives in ``SNAPCRAWL_CACHE_DIR``,
else ``$XDG_CACHE_HOME/snapcrawl``, else ``~/.cache/snapcrawl``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from array import array
from collections.abc import Callable
from pathlib import Path

from snapcrawl.files import write_atomic

logger = logging.getLogger(__name__)

FORMAT = 1
PREFIX = "jieba-idf-"
SUFFIX = ".cache"

IdfTable = tuple[dict[str, float], float]  # word -> IDF, and the median IDF


def cache_dir() -> Path:
    """Where snapcrawl keeps files it can always rebuild."""
    if os.environ.get("SNAPCRAWL_CACHE_DIR"):
        return Path(os.environ["SNAPCRAWL_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "snapcrawl"


def cached_idf(source: Path, parse: Callable[[Path], IdfTable]) -> IdfTable:
    """``parse(source)``, read from the cache when it holds this very file's table."""
    key = _source_key(source)
    path = cache_dir() / f"{PREFIX}{hashlib.sha1(key.encode()).hexdigest()[:16]}{SUFFIX}"
    try:
        return _read(path, key)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        logger.info("IDF cache %s unreadable (%s): rebuilding it", path, error)
    table = parse(source)
    try:
        _remove_stale(path.parent)
        write_atomic(path, _encode(key, *table))
    except OSError as error:
        logger.debug("IDF cache %s not written (%s): parsing idf.txt each time", path, error)
    return table


def _source_key(source: Path) -> str:
    stat = source.stat()
    return json.dumps(
        [FORMAT, sys.byteorder, str(source.resolve()), stat.st_size, stat.st_mtime_ns]
    )


def _remove_stale(directory: Path) -> None:
    """Remove the cache files no installation can use any more: their idf.txt is gone or
    changed (a jieba upgrade), or their header is unreadable."""
    for cached in directory.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            with cached.open("rb") as file:
                key = json.loads(file.readline())["key"]
            _, _, built_from, _, _ = json.loads(key)
            if _source_key(Path(built_from)) == key:
                continue
        except (OSError, ValueError, KeyError, TypeError):
            pass
        cached.unlink(missing_ok=True)


def _encode(key: str, idf: dict[str, float], median: float) -> bytes:
    words = "\n".join(idf).encode("utf-8")
    values = array("d", idf.values()).tobytes()
    header = {"key": key, "count": len(idf), "median": median, "words_bytes": len(words)}
    return json.dumps(header).encode("utf-8") + b"\n" + words + values


def _read(path: Path, key: str) -> IdfTable:
    data = path.read_bytes()
    line, _, body = data.partition(b"\n")
    header = json.loads(line)
    if header["key"] != key:
        raise ValueError("built from another idf.txt or format")
    count, split = header["count"], header["words_bytes"]
    if len(body) != split + 8 * count:
        raise ValueError(f"{len(body)} bytes after the header, not {split + 8 * count}")
    words = body[:split].decode("utf-8").split("\n") if count else []
    values = array("d")
    values.frombytes(body[split:])
    if len(words) != count:
        raise ValueError(f"{len(words)} words, not {count}")
    return dict(zip(words, values, strict=True)), float(header["median"])

"""``snapcrawl extract PATH_OR_URL...``: extract saved pages or fetched URLs to JSON lines.

Each argument is ``-`` (one page read from stdin, e.g. piped from ``curl``; ``--url``
gives its address), a file, a directory (every .html/.htm/.shtml/.xhtml page in it,
recursively, gzip-compressed ones too), a glob pattern (quoted, or on a shell that leaves
patterns alone; ``**`` reaches subdirectories) or an http(s) URL. One JSON object per page
goes to stdout: the article's fields, datetimes in ISO 8601 (+08:00); ``url`` is the file
path when the page has no known address. A page that is not an article prints
``{"url": ..., "error": why}`` (and ``"detail"`` when there is one, e.g. how many characters
an undecodable page lost).

The exit code is 0 unless an argument names no page (a missing path, a directory or pattern
without HTML pages): that argument gets one line on stderr, the others still run, and the
exit code is 2. A URL that answers nothing or an HTTP error still prints its
``{"url": ..., "error": "unreadable: ..."}`` line, and the exit code is 69 (unless 2 came
first), as a crawl whose site answered nothing exits: a script sees that the page was not
read. A saved file that cannot be read is a record of the batch, and leaves the code alone.

A profile that cannot be loaded raises ``ConfigError`` before any page is read; ``snapcrawl
extract`` (``crawler.cli.extract``) turns it into one line and exit 2.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import sys
import urllib.request
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from snapcrawl.errors import ConfigError
from snapcrawl.extract.article import extract_article
from snapcrawl.extract.boilerplate import BoilerplateMemory
from snapcrawl.extract.profile import load_profile
from snapcrawl.extract.types import NotAnArticle

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
USAGE = 2  # a wrong argument, as argparse exits: crawler.exit_codes.EXIT_USAGE
UNAVAILABLE = 69  # a URL that answered nothing: crawler.exit_codes.EXIT_UNAVAILABLE
_TIMEOUT = 30
_PAGES = f"{'/'.join(PAGE_SUFFIXES)}, gzip-compressed too"


class NoPages(ValueError):
    """An argument that names no page; the message says which and why, for the user."""


def _is_page(path: Path) -> bool:
    name = path.name.lower()
    name = name[:-3] if name.endswith(".gz") else name
    return name.endswith(PAGE_SUFFIXES)


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _fetch(url: str) -> tuple[bytes, str | None]:
    request = urllib.request.Request(url, headers={"User-Agent": "snapcrawl-extract/0.1"})
    with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
        data = response.read()
        if response.headers.get("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        return data, response.headers.get("Content-Type")


def _read_stdin() -> tuple[bytes, None]:
    data = sys.stdin.buffer.read()
    return (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data), None


def iter_sources(
    argument: str, stdin_url: str | None = None
) -> Iterator[tuple[str, str | None, Any]]:
    """(label, url, loader) for every page an argument names; NoPages if it names none."""
    if argument == "-":
        yield "-", stdin_url, _read_stdin
        return
    if argument.startswith(("http://", "https://")):
        yield argument, argument, lambda: _fetch(argument)
        return
    for page in _pages(argument):
        yield str(page), None, lambda page=page: (_read(page), None)


def _pages(argument: str) -> list[Path]:
    """The files an argument names: a file as given (whatever its name), the pages under a
    directory, the pages a glob pattern matches. Found up front, so an argument naming none
    is said before anything is printed for it, rather than printing nothing at all."""
    path = Path(argument)
    if path.is_file():
        return [path]
    if path.is_dir():
        pages = _pages_under(path)
        if not pages:
            raise NoPages(f"{argument}: no HTML pages in this directory ({_PAGES})")
        return pages
    if not any(char in argument for char in "*?["):
        raise NoPages(f"{argument}: no such file or directory")
    matches = [Path(match) for match in sorted(glob.glob(argument, recursive=True))]
    if not matches:
        raise NoPages(f"{argument}: no file matches this pattern")
    pages = [p for m in matches for p in (_pages_under(m) if m.is_dir() else [m]) if _is_page(p)]
    if not pages:
        raise NoPages(f"{argument}: matches no HTML page ({_PAGES})")
    return list(dict.fromkeys(pages))


def _pages_under(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and _is_page(p))


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _record(label: str, url: str | None, loader: Any, **kwargs: Any) -> dict[str, Any]:
    try:
        data, content_type = loader()
        article = extract_article(data, url, encoding=content_type, **kwargs)
    except NotAnArticle as exc:
        refused = {"url": url or label, "error": exc.reason}
        if exc.detail:  # as the library's message has it, e.g. how many characters were lost
            refused["detail"] = exc.detail
        return refused
    except (OSError, EOFError, zlib.error) as exc:  # unreadable file or gzip, network failure
        return {"url": url or label, "error": f"unreadable: {exc}"}
    record = {key: _jsonable(value) for key, value in article.to_dict().items()}
    record["url"] = url or label
    return record


# The help text is plain: the module docstring's markup would show as ``…`` in a terminal.
_EPILOG = (
    'A page that is not an article prints {"url": ..., "error": why}. Exit code 0;'
    " 2 when an argument names no page (the others still run); 69 when a URL answers"
    " nothing or an HTTP error."
)


def main(argv: list[str], out: TextIO | None = None) -> int:
    """Run the command with the arguments after ``extract``; returns the exit code.

    A profile that cannot be loaded raises ``ConfigError`` (the caller's one error path
    reports it); an argument that names no page is reported here and the others still run."""
    parser = argparse.ArgumentParser(
        prog="snapcrawl extract",
        description="Extract saved pages or fetched URLs to JSON lines, one object per page.",
        epilog=_EPILOG,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH_OR_URL",
        help="a saved page (.html, .html.gz), a directory or quoted glob of them, an http(s)"
        " URL, or - for one page on stdin",
    )
    parser.add_argument("--profile", help="site profile TOML (selectors, noise patterns)")
    parser.add_argument("--boilerplate", help="SQLite file of learned per-host boilerplate")
    parser.add_argument(
        "--url", help="the address of the page read from stdin (-): its host, links and dates"
    )
    args = parser.parse_args(argv)
    if args.url is not None and "-" not in args.inputs:
        parser.error("--url gives the address of the page read from stdin: add - to the inputs")
    if args.inputs.count("-") > 1:
        parser.error("- (stdin) can be given once")
    if args.boilerplate and not os.path.exists(args.boilerplate):
        # SQLite would make an empty store there: a mistyped path would extract with no
        # learned boilerplate, silently, and leave a stray file behind.
        sys.stderr.write(
            f"snapcrawl extract: --boilerplate {args.boilerplate}: no such file: give the"
            " DATA_DIR/state/boilerplate.sqlite of a crawl, or leave --boilerplate out\n"
        )
        return USAGE
    out = out or sys.stdout
    profile = load_profile(args.profile) if args.profile else None
    memory = BoilerplateMemory.open(args.boilerplate) if args.boilerplate else None
    status = 0
    try:
        for argument in args.inputs:
            try:
                for label, url, loader in iter_sources(argument, args.url):
                    record = _record(label, url, loader, boilerplate=memory, profile=profile)
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    if url == argument and str(record.get("error", "")).startswith("unreadable"):
                        status = status or UNAVAILABLE
            except NoPages as problem:
                sys.stderr.write(f"snapcrawl extract: {problem}\n")
                status = USAGE
    finally:
        if memory is not None:
            memory.close()
    return status


if __name__ == "__main__":
    try:
        raise SystemExit(main(sys.argv[1:]))
    except ConfigError as error:
        sys.stderr.write(f"snapcrawl extract: {error}\n")
        raise SystemExit(USAGE) from None

"""``snapcrawl extract PATH_OR_URL...``: extract saved pages or fetched URLs to JSON lines.

Each argument is a file, a directory (every .html/.htm/.shtml page in it, recursively,
gzip-compressed ones too) or an http(s) URL. One JSON object per page goes to stdout: the
article's fields, datetimes in ISO 8601 (+08:00); ``url`` is the file path when the page
has no known address. A page that is not an article prints ``{"url": ..., "error": why}``.
The exit code is 0 unless an argument does not exist (then 2).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from snapcrawl.extract.article import extract_article
from snapcrawl.extract.boilerplate import BoilerplateMemory
from snapcrawl.extract.profile import load_profile
from snapcrawl.extract.types import NotAnArticle

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
_TIMEOUT = 30


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


def iter_sources(argument: str) -> Iterator[tuple[str, str | None, Any]]:
    """(label, url, loader) for every page an argument names; FileNotFoundError if none."""
    if argument.startswith(("http://", "https://")):
        yield argument, argument, lambda: _fetch(argument)
        return
    path = Path(argument)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and _is_page(p)):
            yield str(child), None, lambda child=child: (_read(child), None)
    elif path.is_file():
        yield str(path), None, lambda: (_read(path), None)
    else:
        raise FileNotFoundError(argument)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _record(label: str, url: str | None, loader: Any, **kwargs: Any) -> dict[str, Any]:
    try:
        data, content_type = loader()
        article = extract_article(data, url, encoding=content_type, **kwargs)
    except NotAnArticle as exc:
        return {"url": url or label, "error": exc.reason}
    except OSError as exc:  # unreadable file, network failure
        return {"url": url or label, "error": f"unreadable: {exc}"}
    record = {key: _jsonable(value) for key, value in article.to_dict().items()}
    record["url"] = url or label
    return record


def main(argv: list[str], out: TextIO | None = None) -> int:
    """Run the command with the arguments after ``extract``; returns the exit code."""
    parser = argparse.ArgumentParser(prog="snapcrawl extract", description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    parser.add_argument("--profile", help="site profile TOML (selectors, noise patterns)")
    parser.add_argument("--boilerplate", help="SQLite file of learned per-host boilerplate")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    profile = load_profile(args.profile) if args.profile else None
    memory = BoilerplateMemory.open(args.boilerplate) if args.boilerplate else None
    status = 0
    try:
        for argument in args.inputs:
            try:
                for label, url, loader in iter_sources(argument):
                    record = _record(label, url, loader, boilerplate=memory, profile=profile)
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            except FileNotFoundError:
                sys.stderr.write(f"snapcrawl extract: {argument}: no such file or directory\n")
                status = 2
    finally:
        if memory is not None:
            memory.close()
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

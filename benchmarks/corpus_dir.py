"""The shared corpus the benchmarks read (``../shared/corpus`` beside the clone).

A clone on its own has no corpus: every benchmark checks the folder before it loads a page,
so that a missing corpus is one line that says what to pass, not a traceback from deep in a
loader.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def require_corpus(
    parser: argparse.ArgumentParser,
    corpus: Path,
    option: str = "--corpus",
    what: str = "corpus",
    hint: str = "../shared/corpus",
) -> Path:
    """``corpus`` if it is a folder; otherwise exit with argparse's usage error (status 2).
    ``what`` and ``hint`` name another folder the same way (daniel_zh's pages)."""
    if not corpus.is_dir():
        parser.error(f"{what} missing: expected {corpus} ({hint}; pass {option} DIR)")
    return corpus

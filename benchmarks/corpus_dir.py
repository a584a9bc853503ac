"""The shared corpus the benchmarks read (``../shared/corpus`` beside the clone).

A clone on its own has no corpus: every benchmark checks the folder before it loads a page,
so that a missing corpus is one line that says what to pass, not a traceback from deep in a
loader.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def require_corpus(parser: argparse.ArgumentParser, corpus: Path, option: str = "--corpus") -> Path:
    """``corpus`` if it is a folder; otherwise exit with argparse's usage error (status 2)."""
    if not corpus.is_dir():
        parser.error(f"corpus missing: expected {corpus} (../shared/corpus; pass {option} DIR)")
    return corpus

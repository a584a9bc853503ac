"""Which page sets exist, the names ``--sets`` accepts, and loading a chosen few."""

from __future__ import annotations

from pathlib import Path

import corpus
import modern
from corpus import Page

SETS = (
    "magichtml_zh",
    "gne_tests_unlabeled",
    "zh_cleaneval_immortal",
    "synthetic_snapshot_zh",
    "readability_js_zh",
    "trafilatura_eval_zh",
)
ALIASES = {
    "all": SETS,
    "modern": ("magichtml_zh", "gne_tests_unlabeled"),
    "magichtml": ("magichtml_zh",),
    "gne": ("gne_tests_unlabeled",),
    "cleaneval": ("zh_cleaneval_immortal",),
    "synthetic": ("synthetic_snapshot_zh",),
}


def resolve(spec: str) -> tuple[str, ...]:
    """'modern,synthetic' -> set names in the report's order; unknown names raise ValueError."""
    wanted: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        if part in ALIASES:
            wanted.update(ALIASES[part])
        elif part in SETS:
            wanted.add(part)
        else:
            raise ValueError(f"unknown set {part!r}; known: {', '.join([*SETS, *ALIASES])}")
    return tuple(s for s in SETS if s in wanted)


def load(names: tuple[str, ...], root: Path, gold_dir: Path | None = None) -> list[Page]:
    loaders = {
        "magichtml_zh": lambda: modern.magichtml(root),
        "gne_tests_unlabeled": lambda: modern.gne_gold(root, gold_dir),
        "zh_cleaneval_immortal": lambda: corpus.cleaneval(root),
        "synthetic_snapshot_zh": lambda: corpus.synthetic(root),
        "readability_js_zh": lambda: corpus.readability(root),
        "trafilatura_eval_zh": lambda: corpus.trafilatura_eval(root),
    }
    return [page for name in names for page in loaders[name]()]

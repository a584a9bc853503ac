"""Which page sets exist, the names ``--sets`` accepts, and loading a chosen few."""

from __future__ import annotations

from pathlib import Path

import corpus
import daniel
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
# Sets outside "all" (so the default run and results.md stay as they were): chosen by name.
EXTRA_SETS = (daniel.NAME,)
ORDER = (*SETS, *EXTRA_SETS)
ALIASES = {
    "all": SETS,
    "modern": ("magichtml_zh", "gne_tests_unlabeled"),
    "magichtml": ("magichtml_zh",),
    "gne": ("gne_tests_unlabeled",),
    "cleaneval": ("zh_cleaneval_immortal",),
    "synthetic": ("synthetic_snapshot_zh",),
    "daniel": (daniel.NAME,),
}


def resolve(spec: str) -> tuple[str, ...]:
    """'modern,synthetic' -> set names in the report's order; unknown names raise ValueError."""
    wanted: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        if part in ALIASES:
            wanted.update(ALIASES[part])
        elif part in ORDER:
            wanted.add(part)
        else:
            raise ValueError(f"unknown set {part!r}; known: {', '.join([*ORDER, *ALIASES])}")
    return tuple(s for s in ORDER if s in wanted)


def needs_corpus(names: tuple[str, ...]) -> bool:
    """Whether any chosen set is read from the shared corpus (daniel_zh is not)."""
    return any(name in SETS for name in names)


def load(
    names: tuple[str, ...], root: Path, gold_dir: Path | None = None, pages: Path | None = None
) -> list[Page]:
    loaders = {
        "magichtml_zh": lambda: modern.magichtml(root),
        "gne_tests_unlabeled": lambda: modern.gne_gold(root, gold_dir),
        "zh_cleaneval_immortal": lambda: corpus.cleaneval(root),
        "synthetic_snapshot_zh": lambda: corpus.synthetic(root),
        "readability_js_zh": lambda: corpus.readability(root),
        "trafilatura_eval_zh": lambda: corpus.trafilatura_eval(root),
        daniel.NAME: lambda: daniel.load(pages or daniel.default_pages()),
    }
    return [page for name in names for page in loaders[name]()]

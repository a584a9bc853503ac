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
# Every gold/daniel_* or gold/pool_* folder whose sample.json lists sets is one (daniel.names),
# found at import.
EXTRA_SETS = daniel.names()
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


def _order(daniel_root: Path | None) -> tuple[str, ...]:
    return ORDER if daniel_root is None else (*SETS, *daniel.names(daniel_root))


def resolve(spec: str, daniel_root: Path | None = None) -> tuple[str, ...]:
    """'modern,synthetic' -> set names in the report's order; unknown names raise ValueError.
    ``daniel_root`` looks for the daniel_* sets in another gold folder (tests)."""
    order = _order(daniel_root)
    wanted: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        if part in ALIASES:
            wanted.update(ALIASES[part])
        elif part in order:
            wanted.add(part)
        else:
            raise ValueError(f"unknown set {part!r}; known: {', '.join([*order, *ALIASES])}")
    return tuple(s for s in order if s in wanted)


def needs_corpus(names: tuple[str, ...]) -> bool:
    """Whether any chosen set is read from the shared corpus (the daniel_*/pool_* sets are not)."""
    return any(name in SETS for name in names)


def daniel_sets(names: tuple[str, ...]) -> tuple[str, ...]:
    """The chosen sets that are read from a pages folder (the daniel_*/pool_* ones)."""
    return tuple(name for name in names if name not in SETS)


def load(
    names: tuple[str, ...],
    root: Path,
    gold_dir: Path | None = None,
    pages: Path | None = None,
    daniel_root: Path | None = None,
) -> list[Page]:
    """The pages of ``names``. A daniel_*/pool_* set reads ``pages`` (one folder may hold several
    sets' files: they keep the source's unique file names) or its own default folder."""
    loaders = {
        "magichtml_zh": lambda: modern.magichtml(root),
        "gne_tests_unlabeled": lambda: modern.gne_gold(root, gold_dir),
        "zh_cleaneval_immortal": lambda: corpus.cleaneval(root),
        "synthetic_snapshot_zh": lambda: corpus.synthetic(root),
        "readability_js_zh": lambda: corpus.readability(root),
        "trafilatura_eval_zh": lambda: corpus.trafilatura_eval(root),
    }
    out: list[Page] = []
    for name in names:
        if name in loaders:
            out.extend(loaders[name]())
        else:
            folder = daniel.folder(name, daniel_root)
            out.extend(daniel.load(pages or daniel.default_pages(name), folder))
    return out

"""snapcrawl/ is the pure core: no module in it imports Scrapy or Twisted."""

from __future__ import annotations

import ast
from pathlib import Path

import snapcrawl

FORBIDDEN = ("scrapy", "twisted")
ROOT = Path(snapcrawl.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_snapcrawl_never_imports_scrapy_or_twisted():
    offenders = {
        f"{path.relative_to(ROOT.parent)}: {name}"
        for path in ROOT.rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert not offenders, sorted(offenders)
    assert len(list(ROOT.rglob("*.py"))) > 50  # the walk saw the package

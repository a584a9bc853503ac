"""Every docstring example in the project's packages runs and holds: a docstring that
shows a wrong result misleads the next reader more than one that shows none."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import crawler
import pipelines
import snapcrawl


def _modules() -> list[str]:
    names = []
    for package in (snapcrawl, crawler, pipelines):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.name.endswith("__main__"):  # running it would start the CLI
                names.append(info.name)
    return names


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_hold(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) in {name} fail"


def test_the_examples_are_found() -> None:
    found = sum(
        doctest.testmod(importlib.import_module(name), report=False).attempted
        for name in _modules()
    )
    assert found >= 40  # the modules' examples are collected, not skipped

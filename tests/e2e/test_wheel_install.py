"""``pip install .`` (a wheel, not ``-e``): the demo finds its sites in the installed package.

The wheel is built from a copy of the source (no build litter in the checkout) without
build isolation, and installed into a venv made here with ``--system-site-packages`` and
``--no-deps``, so nothing is downloaded. Commands run from an empty folder, with no
PYTHONPATH, as a user of the installed package runs them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crawling import DEMO_DIR, REPO_ROOT

SOURCES = ("crawler", "pipelines", "snapcrawl", "pyproject.toml", "README.md")


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{command}: {result.stdout[-2000:]}{result.stderr[-2000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path, dict[str, str]]:
    """(the venv's bin folder, an empty working folder, the environment) after installing."""
    root = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_REQUIRE_VIRTUALENV")}
    source = root / "source"
    source.mkdir()
    for name in SOURCES:
        original = REPO_ROOT / name
        if original.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(original, source / name, ignore=ignore)
        else:
            shutil.copy2(original, source / name)
    wheels = root / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(source)],
        root,
        env,
    )  # fmt: skip
    [wheel] = wheels.glob("snapcrawl-*.whl")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], root, env)
    bin_dir = venv / "bin"
    _run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         str(wheel)],
        root,
        env,
    )  # fmt: skip
    work = root / "work"
    work.mkdir()
    return bin_dir, work, env


def test_the_demo_command_runs_from_the_installed_package(installed):
    bin_dir, work, env = installed
    result = _run([str(bin_dir / "snapcrawl"), "demo", "--help"], work, env)
    assert "usage: snapcrawl demo" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_installed_package_holds_every_demo_file(installed):
    bin_dir, work, env = installed
    script = (
        "import json, crawler.cli.demo as demo\n"
        "from snapcrawl.demo_site import demo_dir, demo_sites\n"
        "root = demo_dir()\n"
        "files = sorted(str(p.relative_to(root)) for s in demo_sites() for p in s.rglob('*')"
        " if p.is_file())\n"
        "print(json.dumps({'root': str(root), 'cli': demo.__file__, 'files': files}))\n"
    )
    found = json.loads(_run([str(bin_dir / "python"), "-c", script], work, env).stdout)
    venv = str(bin_dir.parent)
    assert found["root"].startswith(venv)  # the wheel's copy, not the checkout's
    assert found["cli"].startswith(venv)
    expected = sorted(
        str(p.relative_to(DEMO_DIR))
        for host in ("site", "mirror")
        for p in (DEMO_DIR / host).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    assert found["files"] == expected
    assert (Path(found["root"]) / "truth.json").is_file()

"""The bundled demo snapshot sites, shipped inside the package so ``snapcrawl demo`` works
from a wheel install as from a checkout.

``site/`` (host A, two layouts) and ``mirror/`` (a mirror republishing some stories) are
static files served by ``snapcrawl.fixtures.server``; ``truth.json`` is what each page holds.
They are generated, byte for byte, by ``python data/demo/build.py`` from
``data/demo/stories.json``: edit the stories or the generator there, never these files.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

HOSTS = ("site", "mirror")


def demo_dir() -> Path:
    """The folder holding ``site/``, ``mirror/`` and ``truth.json``, wherever the package is
    installed (a checkout, an editable install or a wheel: always a real folder, since the
    fixture server serves files from disk)."""
    return Path(str(files(__name__)))


def demo_sites() -> list[Path]:
    """The two demo hosts, in the order the demo crawls them."""
    return [demo_dir() / host for host in HOSTS]

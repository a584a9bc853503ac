"""The one place that builds a ``scrapy crawl`` command line and the child's environment.

Every command that crawls (``crawl``, ``demo``, ``record``, ``run``, ``schedule``)
runs ``scrapy crawl`` in a child process, exactly the command a user would
type, so the CLI adds nothing the Scrapy way lacks. The child imports this
checkout's packages (``PYTHONPATH``) and reads ``crawler.settings``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import crawler

if TYPE_CHECKING:
    from scrapy.settings import Settings

PROJECT_ROOT = Path(crawler.__file__).resolve().parents[1]
SETTINGS_MODULE = "crawler.settings"
SPIDER = "snapshot"


def crawl_command(
    spider: str, arguments: Iterable[tuple[str, str]], settings: Iterable[str]
) -> list[str]:
    """``scrapy crawl SPIDER -a NAME=VALUE... -s NAME=VALUE...``; a later ``-s`` wins."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider]
    for name, value in arguments:
        command += ["-a", f"{name}={value}"]
    for setting in settings:
        command += ["-s", setting]
    return command


def child_environment() -> dict[str, str]:
    """This process's environment, with the settings module and this checkout importable."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return env


def project_settings() -> Settings:
    """The settings a crawl child reads (``crawler.settings``), whatever the working directory:
    Scrapy's ``get_project_settings`` finds them only under a checkout's ``scrapy.cfg``, so
    ``snapcrawl run`` and ``schedule`` from any other folder (cron's) found no spider."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule(SETTINGS_MODULE, priority="project")
    return settings


def snapshot_command(start_url: str, data_dir: Path, settings: Iterable[str]) -> list[str]:
    """The snapshot spider from ``start_url`` into ``data_dir``, with extra ``-s`` settings."""
    return crawl_command(SPIDER, [("start_url", start_url)], [f"DATA_DIR={data_dir}", *settings])


def run_crawl(start_url: str, data_dir: Path, settings: list[str]) -> int:
    """Crawl in the foreground; returns the child's exit code."""
    return subprocess.call(snapshot_command(start_url, data_dir, settings), env=child_environment())

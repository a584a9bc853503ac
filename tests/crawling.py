"""Real crawls in child processes, exactly as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_DIR = REPO_ROOT / "data" / "demo"
SHARED_DIR = REPO_ROOT.parent / "shared"


def run_scrapy_crawl(
    start_url: str,
    data_dir: Path,
    *settings: str,
    args: tuple[str, ...] = (),
    check: bool = True,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str]:
    """``scrapy crawl snapshot`` exactly as a user types it, from the project root."""
    command = [sys.executable, "-m", "scrapy", "crawl", "snapshot", "-a", f"start_url={start_url}"]
    command += ["-s", f"DATA_DIR={data_dir}", *args]
    for setting in settings:
        command += ["-s", setting]
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if check and result.returncode != 0:
        raise AssertionError(f"crawl failed with {result.returncode}:\n{result.stderr[-4000:]}")
    return result


def crawl_stats(result: subprocess.CompletedProcess[str]) -> str:
    """The stats dump Scrapy logs at the end of a crawl (text, for asserting on keys)."""
    marker = "Dumping Scrapy stats:"
    log = result.stderr
    return log[log.rindex(marker) :] if marker in log else ""

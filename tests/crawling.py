"""Real crawls in child processes, exactly as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_DIR = REPO_ROOT / "snapcrawl" / "demo_site"  # the generated sites, packaged
DEMO_SOURCE = REPO_ROOT / "data" / "demo"  # the stories and the generator


def scrapy_crawl_command(
    start_url: str, data_dir: Path, *settings: str, args: tuple[str, ...] = ()
) -> list[str]:
    """``scrapy crawl snapshot`` exactly as a user types it (run it from REPO_ROOT)."""
    command = [sys.executable, "-m", "scrapy", "crawl", "snapshot", "-a", f"start_url={start_url}"]
    command += ["-s", f"DATA_DIR={data_dir}", *args]
    for setting in settings:
        command += ["-s", setting]
    return command


def start_scrapy_crawl(start_url: str, data_dir: Path, *settings: str) -> subprocess.Popen[str]:
    """The same crawl in the background, in its own process group (to signal it and its
    worker processes together), its log readable from ``stderr``."""
    return subprocess.Popen(
        scrapy_crawl_command(start_url, data_dir, *settings),
        cwd=REPO_ROOT,
        env=_env(),
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _env() -> dict[str, str]:
    # scrapy.cfg in REPO_ROOT names the settings module, as for a user
    return {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}


def run_scrapy_crawl(
    start_url: str,
    data_dir: Path,
    *settings: str,
    args: tuple[str, ...] = (),
    check: bool = True,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str]:
    """Run the crawl to its end; by default a non-zero exit fails the test with its log."""
    command = scrapy_crawl_command(start_url, data_dir, *settings, args=args)
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=_env(), capture_output=True, text=True, timeout=timeout
    )
    if check and result.returncode != 0:
        raise AssertionError(f"crawl failed with {result.returncode}:\n{result.stderr[-4000:]}")
    return result


def crawl_stats(result: subprocess.CompletedProcess[str]) -> str:
    """The stats dump Scrapy logs at the end of a crawl (text, for asserting on keys)."""
    marker = "Dumping Scrapy stats:"
    log = result.stderr
    return log[log.rindex(marker) :] if marker in log else ""


def run_snapcrawl(
    *args: str, timeout: float = 180, stdin: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``snapcrawl ARGS`` in a child process, as a user runs it (output captured); ``stdin``:
    a file whose bytes are piped in."""
    with open(stdin if stdin is not None else os.devnull, "rb") as piped:
        return subprocess.run(
            [sys.executable, "-m", "crawler.cli", *args],
            cwd=REPO_ROOT,
            env=_env(),
            stdin=piped,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

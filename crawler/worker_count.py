"""How many extraction worker processes a crawl runs (``SNAPCRAWL_WORKERS``).

Sizing the pool is its own question (cores this process may use, memory a container
allows), apart from reading the other settings, so it lives here; ``crawler.config``
calls ``worker_count`` when it builds the crawl's ``Config``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from crawler.setting_checks import number_at_least

# What "auto" budgets per worker: a worker measured 109 MB with extraction and keywords
# loaded (benchmarks/RESULTS.md); the rest is room for its growth and for the crawler.
AUTO_WORKER_MB = 300


def worker_count(raw: Any, cpus: int | None = None, available_mb: float | None = None) -> int:
    """``SNAPCRAWL_WORKERS``: a number of processes, 0 (inline), or ``auto`` (``auto_workers``
    over this machine's usable cores and available memory)."""
    if raw in (None, "", "auto"):
        return auto_workers(
            usable_cpus() if cpus is None else cpus,
            available_memory_mb() if available_mb is None else available_mb,
        )
    fix = "use auto, 0 (inline) or a number of processes"
    return number_at_least("SNAPCRAWL_WORKERS", raw, 0, fix, int)


def auto_workers(cpus: int, available_mb: float | None) -> int:
    """Every core but the crawler's own (cores - 1), at least 1, and no more workers than
    the available memory holds at ``AUTO_WORKER_MB`` each (unknown memory: no bound).

    >>> auto_workers(2, 8000), auto_workers(16, 64000), auto_workers(16, 1000), auto_workers(1, 0)
    (1, 15, 3, 1)
    """
    workers = max(cpus - 1, 1)
    if available_mb is not None:
        workers = min(workers, int(available_mb // AUTO_WORKER_MB))
    return max(workers, 1)


def usable_cpus() -> int:
    """Cores this process may run on (a container's CPU set, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def available_memory_mb() -> float | None:
    """MemAvailable from /proc/meminfo, capped by a cgroup v2 memory limit; None elsewhere."""
    limits: list[float] = []
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                limits.append(int(line.split()[1]) / 1024)
        cgroup = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if cgroup.isdigit():
            limits.append(int(cgroup) / 2**20)
    except OSError:
        pass
    return min(limits) if limits else None

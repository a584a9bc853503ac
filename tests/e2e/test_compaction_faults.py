"""Compaction under faults: killed part-way, or run beside a crawl that is writing.

Compaction stages its files in ``DATA_DIR/state/compact/``, outside every table,
so a reader's glob (DuckDB's ``articles/**/*.parquet``, pandas, pyarrow) never
sees them, whenever the process dies; the next compaction finishes or removes
what a dead one left. The crawl writes its temporary files at the table's root,
so a partition swapped under it never takes a half-written file away.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date

import duckdb
import pandas as pd
import pytest

from snapcrawl.layout import DataDir
from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink
from snapcrawl.store.compact import compact_table
from tests.crawling import REPO_ROOT, run_scrapy_crawl, start_scrapy_crawl
from tests.crawling import run_snapcrawl as snapcrawl
from tests.e2e.test_interruptions import SLOW, story_count
from tests.snapcrawl.store.test_parquet import article

# A real `snapcrawl compact` in a child process that stops at a chosen point and waits
# there to be killed: after writing the merged files (before the swap), or right after
# the swap (with a crawl's file renamed into the partition just before it).
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import snapcrawl.store.compact as compact
    from crawler.cli import main

    data_dir, point, ready = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    rewrite, exchange = compact._rewrite, compact.exchange_directories

    def wait_to_be_killed():
        ready.touch()
        time.sleep(120)

    def rewrite_then_wait(*args):
        result = rewrite(*args)
        if point == "written":
            wait_to_be_killed()
        return result

    def exchange_then_wait(a, b):
        if point == "swapped":
            from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink
            from tests.snapcrawl.store.test_parquet import article
            from datetime import date
            sink = ParquetSink(Path(data_dir) / "articles", ARTICLE_SCHEMA, "late-crawl")
            sink.add(article(9999, date(2026, 1, 18)))
            sink.close()
        swapped = exchange(a, b)
        if point == "swapped":
            wait_to_be_killed()
        return swapped

    compact._rewrite, compact.exchange_directories = rewrite_then_wait, exchange_then_wait
    raise SystemExit(main(["compact", data_dir, "--tables", "articles"]))
    """
)


def write_runs(data_dir, runs: int, rows_per_run: int = 5) -> int:
    for run in range(runs):
        sink = ParquetSink(data_dir / "articles", ARTICLE_SCHEMA, f"run{run:03d}")
        for n in range(rows_per_run):
            sink.add(article(run * 100 + n, date(2026, 1, 18 + n % 2)))
        sink.close()
    return runs * rows_per_run


def counts(data_dir) -> tuple[int, int, int]:
    """Rows as DuckDB (the README's query), pandas and snapcrawl.load see them; distinct URLs."""
    glob = f"{data_dir}/articles/**/*.parquet"
    duck = duckdb.connect().execute(
        f"SELECT count(*), count(DISTINCT url) FROM read_parquet('{glob}', hive_partitioning=1)"
    )
    rows, distinct = duck.fetchone()
    return rows, len(pd.read_parquet(data_dir / "articles")), distinct


@pytest.mark.parametrize("point", ["written", "swapped"])
def test_a_compaction_killed_part_way_is_invisible_to_readers_and_finished_next_time(
    tmp_path, point
):
    rows = write_runs(tmp_path, runs=20)
    ready = tmp_path / "ready"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path), point, str(ready)],
        cwd=REPO_ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert child.poll() is None, child.stderr.read()
        assert time.monotonic() < deadline, "the compaction never reached its point"
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)

    staging = DataDir(tmp_path).compact_staging
    assert any(staging.iterdir())  # the dead compaction's leftovers ...
    assert counts(tmp_path) == (rows, rows, rows)  # ... which no reader sees
    assert not [p for p in (tmp_path / "articles").rglob("*") if p.name.startswith(".")]

    again = snapcrawl("compact", str(tmp_path))
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    late = 1 if point == "swapped" else 0  # the crawl's file renamed in during the swap
    assert counts(tmp_path) == (rows + late, rows + late, rows + late)
    assert not list(staging.iterdir())  # cleaned up
    assert len(list((tmp_path / "articles").rglob("*.parquet"))) == 2  # one per partition


def test_a_compaction_beside_a_running_crawl_loses_and_doubles_nothing(
    demo_site, demo_truth, tmp_path
):
    crawl = start_scrapy_crawl(demo_site.url, tmp_path, *SLOW, "SNAPCRAWL_PARQUET_BATCH_ROWS=1")
    merged = 0
    try:
        while crawl.poll() is None:
            for table in ("articles", "duplicates"):
                if (tmp_path / table).is_dir():
                    results = compact_table(tmp_path / table)
                    merged += sum(result.files_before for result in results)
            time.sleep(0.05)
        _, stderr = crawl.communicate(timeout=60)
    finally:
        if crawl.poll() is None:
            os.killpg(crawl.pid, signal.SIGKILL)
    assert crawl.returncode == 0, stderr[-3000:]
    assert "data_dir_unwritable" not in stderr
    assert "'finish_reason': 'finished'" in stderr
    assert merged > 2, "no compaction ran while the crawl wrote"
    rows, _, distinct = counts(tmp_path)
    assert rows == distinct == story_count(demo_truth)  # none lost, none doubled
    kept = int(stderr.split("'snapcrawl/dedup/kept': ")[1].split(",")[0])
    assert rows == kept

    run_scrapy_crawl(demo_site.url, tmp_path)  # the state agrees with the dataset
    assert counts(tmp_path)[0] == story_count(demo_truth)

"""Parquet benchmarks: our writer against plain pyarrow, reading at scale, compaction.

    python benchmarks/parquet/run.py --rows 200000 --read-rows 1000000 --runs 100

1. write throughput: ``ParquetSink`` (batches, explicit schema, temp + rename,
   fsync, hive partition) against ``pyarrow.parquet.write_table`` of the same
   rows in one call (same schema and compression), both from Python dicts, in
   one run: rows/s, MB/s and the ratio (target >= 0.9);
2. reading a dataset of ``--read-rows`` rows with pandas and DuckDB;
3. file count after ``--runs`` small runs, before and after ``compact_table``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from snapcrawl.store import ARTICLE_SCHEMA, ParquetSink, rows_to_table  # noqa: E402
from snapcrawl.store.compact import compact_table  # noqa: E402

SHANGHAI = ZoneInfo("Asia/Shanghai")
CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理"


def make_rows(count: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=SHANGHAI)
    rows = []
    for n in range(count):
        body = "\n".join(
            "".join(rng.choices(CHARS, k=rng.randint(60, 160))) + "。"
            for _ in range(rng.randint(4, 8))
        )
        rows.append(
            {
                "url": f"http://site{n % 7}.example/a/{n}.html",
                "title": "".join(rng.choices(CHARS, k=18)),
                "body": body,
                "category": rng.choice(["社会", "财经", "科技", "国际", "体育"]),
                "published_at": start + timedelta(minutes=n),
                "source": rng.choice(["新华网", "中国新闻网", "澎湃新闻"]),
                "source_url": f"https://news.example.cn/{n}.html",
                "snapshot_at": start + timedelta(minutes=n, hours=5),
                "crawled_at": datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=n),
                "run_id": "bench",
                "content_hash": f"{n:040x}",
                "author": None,
                "host": f"site{n % 7}.example",
                "noise": ["快照生成时间:2025-02-13 20:45:02"],
                "keywords": ["".join(rng.choices(CHARS, k=2)) for _ in range(10)],
                "crawl_date": date(2026, 1, 1),
            }
        )
    return rows


def bench_write(rows: list[dict], work: Path, batch_rows: int) -> dict[str, float]:
    size_mb = 0.0
    start = time.perf_counter()
    sink = ParquetSink(work / "ours", ARTICLE_SCHEMA, "bench", batch_rows=batch_rows)
    for row in rows:
        sink.add(row)
    sink.close()
    ours = time.perf_counter() - start
    size_mb = sink.bytes_written / 2**20

    start = time.perf_counter()
    table = rows_to_table(rows, ARTICLE_SCHEMA)
    pq.write_table(table, work / "plain.parquet", compression="zstd")
    plain = time.perf_counter() - start
    return {"ours_s": ours, "plain_s": plain, "mb": size_mb}


def bench_read(rows: list[dict], total: int, work: Path) -> dict[str, float]:
    root = work / "read"
    sink = ParquetSink(root, ARTICLE_SCHEMA, "read", batch_rows=len(rows))
    written = 0
    run = 0
    while written < total:
        for row in rows[: min(len(rows), total - written)]:
            sink.add(row | {"crawl_date": date(2026, 1, 1 + run % 28)})
        sink.flush()
        written += min(len(rows), total - written)
        run += 1
    start = time.perf_counter()
    frame = pd.read_parquet(root)
    pandas_s = time.perf_counter() - start
    assert len(frame) == total
    del frame
    start = time.perf_counter()
    con = duckdb.connect()
    n = con.execute(
        f"SELECT count(*), count(DISTINCT category) FROM read_parquet('{root}/**/*.parquet', hive_partitioning=1)"
    ).fetchone()[0]
    count_s = time.perf_counter() - start
    start = time.perf_counter()
    duckdb.connect().sql(
        f"SELECT * FROM read_parquet('{root}/**/*.parquet', hive_partitioning=1)"
    ).to_arrow_table()
    duck_s = time.perf_counter() - start
    assert n == total
    return {"pandas_s": pandas_s, "duckdb_count_s": count_s, "duckdb_all_s": duck_s}


def bench_compact(rows: list[dict], runs: int, work: Path) -> dict[str, float]:
    root = work / "compact"
    per_run = max(1, len(rows) // runs)
    for run in range(runs):
        sink = ParquetSink(root, ARTICLE_SCHEMA, f"run{run:03d}")
        for row in rows[run * per_run : (run + 1) * per_run]:
            sink.add(row)
        sink.close()
    before = len(list(root.rglob("*.parquet")))
    start = time.perf_counter()
    compact_table(root)
    seconds = time.perf_counter() - start
    after = len(list(root.rglob("*.parquet")))
    return {"before": before, "after": after, "seconds": seconds, "rows": per_run * runs}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--batch-rows", type=int, default=2000)
    parser.add_argument("--read-rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="snapcrawl-parquet-bench-"))
    try:
        rows = make_rows(args.rows)
        writes = []
        for i in range(args.repeat):
            target = work / f"w{i}"
            target.mkdir()
            writes.append(bench_write(rows, target, args.batch_rows))
            shutil.rmtree(target)
        ours = statistics.median(w["ours_s"] for w in writes)
        plain = statistics.median(w["plain_s"] for w in writes)
        mb = writes[0]["mb"]
        print(
            f"## Write: {args.rows} rows, batches of {args.batch_rows}, zstd, median of {args.repeat}\n"
        )
        print("| writer | rows/s | MB/s (compressed) |\n|---|---|---|")
        print(f"| ParquetSink | {args.rows / ours:,.0f} | {mb / ours:.1f} |")
        print(f"| pq.write_table (one call) | {args.rows / plain:,.0f} | {mb / plain:.1f} |")
        print(f"\nratio ours / plain: {plain / ours:.2f} (target >= 0.9)\n")

        read = bench_read(rows, args.read_rows, work)
        print(f"## Read: {args.read_rows:,} rows\n")
        print("| reader | seconds |\n|---|---|")
        print(f"| pandas.read_parquet(dir) | {read['pandas_s']:.2f} |")
        print(f"| DuckDB count(*) + distinct | {read['duckdb_count_s']:.2f} |")
        print(f"| DuckDB SELECT * to Arrow | {read['duckdb_all_s']:.2f} |\n")
        shutil.rmtree(work / "read")

        comp = bench_compact(rows, args.runs, work)
        print(f"## Compaction: {args.runs} small runs, {comp['rows']:,} rows\n")
        print("| files before | files after | seconds |\n|---|---|---|")
        print(f"| {comp['before']} | {comp['after']} | {comp['seconds']:.2f} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

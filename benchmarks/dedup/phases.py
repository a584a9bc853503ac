"""Where the SQLite store's time goes as it grows: seconds per phase, per tenth.

    PYTHONPATH=$PWD python benchmarks/dedup/phases.py --count 1000000

Feeds the scale run's synthetic stream (one commit per 5,000 kept documents, as
the pipeline commits once per Parquet file) and prints, for each tenth: docs/s
(wall clock), CPU microseconds per document in all, and CPU microseconds (of
the main thread: other sessions' load inflates wall time, much less CPU time) in shingling (``make_entry``), lookups (``_check``),
writing the batch (``_flush``), ``COMMIT`` (with its checkpoints) and the rest
of ``check_and_add`` and ``commit`` (filter, batch bookkeeping); the process's bytes read and
written through system calls (SQLite reads a page it has not cached with one
``pread``, so reads count page-cache misses); and the file's size. Wraps the
store's methods by name, so it also profiles older versions of the store
(run it with their checkout on PYTHONPATH). Not part of pytest.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from corpus import sentences, synthetic_stream  # noqa: E402

from benchmarks.corpus_dir import require_corpus  # noqa: E402
from snapcrawl.dedup import DedupConfig, DedupIndex, open_store  # noqa: E402
from snapcrawl.dedup.store import sqlite as sqlite_module  # noqa: E402
from snapcrawl.dedup.store import sqlite_batch  # noqa: E402

SPENT: Counter[str] = Counter()


def timed(owner: object, name: str, label: str) -> None:
    """Replace ``owner.name`` by a wrapper adding its wall time to ``SPENT[label]``."""
    inner = getattr(owner, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        start = time.thread_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[label] += time.thread_time() - start

    setattr(owner, name, wrapper)


def io_bytes() -> tuple[int, int]:
    """(rchar, wchar) of this process: bytes through read and write system calls."""
    fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return int(fields["rchar"]), int(fields["wchar"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2] / "shared" / "corpus")
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the store file")
    args = parser.parse_args()
    require_corpus(parser, args.corpus)
    pool = sentences(args.corpus)
    store_class = sqlite_module.SQLiteStore
    timed(DedupIndex, "make_entry", "shingle")
    timed(store_class, "check_and_add", "check_and_add")
    timed(store_class, "commit", "store_commit")
    timed(store_class, "_check", "lookup")
    timed(store_class, "_flush", "flush")
    timed(sqlite_batch.WriteBatch, "commit", "commit+flush")
    tmp = tempfile.TemporaryDirectory(dir=args.dir)
    path = Path(tmp.name) / "state" / "dedup.sqlite"
    index = DedupIndex(open_store(str(path)), DedupConfig())
    tenth = args.count // 10
    print(
        "| docs | docs/s | CPU us | shingle us | lookup us | flush us | commit us | other us "
        "| read MiB | written MiB | file MiB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    batch: list[str] = []
    last_time, last_cpu, last_io, last_spent = (
        time.perf_counter(),
        time.process_time(),
        io_bytes(),
        Counter(),
    )
    for i, (url, body) in enumerate(synthetic_stream(pool, args.count), 1):
        if index.check_and_add(url, body) is None:
            batch.append(url)
        if len(batch) >= 5000:
            index.commit(batch)
            batch = []
        if i % tenth == 0:
            now, cpu, io = time.perf_counter(), time.process_time(), io_bytes()
            spent = {k: (SPENT[k] - last_spent[k]) * 1e6 / tenth for k in SPENT}
            commit = spent.get("commit+flush", 0) - spent.get("flush", 0)
            other = spent.get("check_and_add", 0) + spent.get("store_commit", 0)
            other -= spent.get("lookup", 0) + commit + spent.get("flush", 0)
            size = sum(p.stat().st_size for p in path.parent.glob(f"{path.name}*") if p.is_file())
            print(
                f"| {i:,} | {tenth / (now - last_time):,.0f} | {(cpu - last_cpu) * 1e6 / tenth:.0f} "
                f"| {spent.get('shingle', 0):.0f} "
                f"| {spent.get('lookup', 0):.0f} | {spent.get('flush', 0):.0f} | {commit:.0f} "
                f"| {other:.0f} | {(io[0] - last_io[0]) / 2**20:,.0f} "
                f"| {(io[1] - last_io[1]) / 2**20:,.0f} | {size / 2**20:,.0f} |",
                flush=True,
            )
            last_time, last_cpu, last_io, last_spent = now, cpu, io, Counter(SPENT)
    index.commit(batch)
    index.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()

"""Two workers racing ``keep_best`` on copies of the same stories, for the Redis tests.

Each story has three copies (the original, an exact copy with a credit line, an
edited near copy), at different snapshot times; the copies are dealt to two
workers (processes or threads, each with its own store connection) and offered in
a shuffled order, as a distributed crawl's workers receive pages. A worker keeps
rows as a crawl's Parquet buffer does, then, once both are done, seals them (the
moment before its file is written), leaves out those another worker replaced and
commits the rest.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import random
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from snapcrawl.dedup import DedupIndex, open_store
from snapcrawl.dedup.rank import keep_rank

from ..texts import random_story

STORIES = 24
Copy = tuple[str, str, "datetime | None"]  # url, body, snapshot time


def copies(seed: int) -> tuple[list[Copy], set[str]]:
    """Every copy of every story, and the URLs the keep rule names."""
    rng = random.Random(seed)
    out, expected = [], set()
    start = datetime(2025, 3, 1, tzinfo=UTC)
    for story in range(STORIES):
        body = random_story(7000 + story)
        bodies = [body, body + "（记者 周海）", body.split("\n", 1)[1] + "（编辑 李华）"]
        mine = []
        for n, text in enumerate(bodies):
            when = rng.choice([None, start, start + timedelta(hours=rng.randrange(3))])
            url = f"http://m{rng.randrange(3)}.example/{story}/{n}"
            mine.append((url, text, when))
        out += mine
        expected.add(min(mine, key=lambda c: keep_rank(c[0], c[2]))[0])
    return out, expected


def _worker(spec: str, offered: list[Copy], barrier: Any, results: Any) -> None:
    try:
        _offer(spec, offered, barrier, results)
    except BaseException as error:  # the test fails at once, not at its timeout
        barrier.abort()
        results.put(repr(error))
        raise


def _offer(spec: str, offered: list[Copy], barrier: Any, results: Any) -> None:
    index = DedupIndex(open_store(spec))
    index.check_and_add(f"http://warmup.example/{id(offered)}", "热身")  # load the scripts
    barrier.wait()
    rows: set[str] = set()
    duplicates = []
    for url, body, when in offered:
        kept = index.keep_best(url, body, keep_rank(url, when))
        if not kept.kept:
            duplicates.append((url, kept.verdict.dup_of))
            continue
        if kept.replaced is not None:
            rows.discard(kept.replaced)
            duplicates.append((kept.replaced, url))
        rows.add(url)
    barrier.wait()  # every copy offered: now the files are written
    rows -= set(index.seal(rows))
    index.commit(rows)
    index.close()
    results.put((sorted(rows), duplicates))


def race_keep_best(
    spec: str, seed: int, *, threads: bool = False
) -> tuple[list[str], set[str], list[tuple[str, str]]]:
    """Deal the copies to two workers and race them; returns the rows written by both,
    the URLs the rule names, and the duplicates both recorded (url, dup_of)."""
    every, expected = copies(seed)
    rng = random.Random(seed)
    rng.shuffle(every)
    hands: list[list[Copy]] = [[], []]
    for copy in every:
        hands[rng.randrange(2)].append(copy)
    if threads:
        barrier, results = threading.Barrier(2), queue.Queue()
        workers = [
            threading.Thread(target=_worker, args=(spec, hand, barrier, results)) for hand in hands
        ]
    else:
        ctx = mp.get_context("fork")
        barrier, results = ctx.Barrier(2), ctx.Queue()
        workers = [
            ctx.Process(target=_worker, args=(spec, hand, barrier, results)) for hand in hands
        ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    assert all(isinstance(outcome, tuple) for outcome in outcomes), outcomes
    for worker in workers:
        worker.join(timeout=30)
        assert getattr(worker, "exitcode", 0) == 0
    written = [url for rows, _ in outcomes for url in rows]
    duplicates = [pair for _, dups in outcomes for pair in dups]
    return written, expected, duplicates

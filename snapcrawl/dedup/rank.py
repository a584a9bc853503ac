"""Which copy of a story is kept: a rule, so the dataset does not depend on timing.

Copies of one story reach the dedup index in whatever order the network
delivers them, so "the first one" differs between a live crawl, its replay and
a crawl at another concurrency. The kept copy is instead the one with the
smallest :func:`keep_rank`: the earliest snapshot time (the host's own
快照生成时间; a copy without one comes after every copy with one), then the
smallest canonical URL. A better copy that arrives later replaces the kept one
while that is still pending (its row not yet in a Parquet file); the replaced
copy goes to the duplicates table like any other.

>>> from datetime import datetime, UTC
>>> early = keep_rank("http://b.example/2", datetime(2025, 1, 1, tzinfo=UTC))
>>> late = keep_rank("http://a.example/1", datetime(2025, 1, 2, tzinfo=UTC))
>>> early < late < keep_rank("http://a.example/0", None)
True
"""

from __future__ import annotations

from datetime import UTC, datetime

Rank = tuple[bool, float, str]


def keep_rank(url: str, snapshot_at: datetime | None) -> Rank:
    """Smaller is kept: earliest snapshot (None last), then the smallest canonical URL."""
    if snapshot_at is None:
        return (True, 0.0, url)
    if snapshot_at.tzinfo is None:
        snapshot_at = snapshot_at.replace(tzinfo=UTC)
    return (False, snapshot_at.timestamp(), url)

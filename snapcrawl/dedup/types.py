"""The records deduplication passes around: a verdict out, an entry into a store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

VerdictKind = Literal["url", "exact", "near"]
# The duplicates table's kind for a URL that redirected to a story (``dup_of``): not a
# verdict on a body, a record that the URL leads there, so later runs do not fetch it.
REDIRECT = "redirect"
# The kind for another view of a story (its print or mobile page) that was not fetched
# because the page naming it was an article (``dup_of``): later runs skip it too.
ALTERNATE = "alternate"


@dataclass(frozen=True)
class Verdict:
    """Why an article is a duplicate, and of which kept article.

    ``similarity`` is 1.0 for ``url`` and ``exact``, the estimated Jaccard of the
    shingle sets for ``near`` (under the threshold when one body is a cut of the
    other: :mod:`snapcrawl.dedup.containment`).
    """

    kind: VerdictKind
    dup_of: str
    similarity: float = 1.0


@dataclass(frozen=True)
class Entry:
    """What a store keeps about one kept article (never its text)."""

    url: str
    exact: int  # signed 64-bit hash of the normalised body
    # packed MinHash signature (2 bytes a slot), then the body's fact map (facts.py; entries
    # of stores written before 2026-12-05 have none); b"" when the body has no text
    signature: bytes
    bands: tuple[int, ...]  # signed 64-bit LSH keys, one per band
    run_id: str = ""
    # the keep rule's rank (snapcrawl.dedup.rank.keep_rank), smaller kept; a store shared
    # by several processes (Redis) keeps it, so any of them can compare a better copy
    rank: tuple[bool, float, str] | None = None


@dataclass(frozen=True)
class Kept:
    """What :meth:`DedupIndex.keep_best` decided about one copy.

    ``kept`` False: a duplicate of ``verdict.dup_of``. ``kept`` True with ``replaced``
    set: this copy took the place of the pending one at ``replaced``, which is now a
    duplicate of it (``verdict`` says how alike they are).
    """

    kept: bool
    verdict: Verdict | None = None
    replaced: str | None = None

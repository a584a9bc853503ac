"""Containment: a republished copy that is a cut, or a superset, of a kept story.

Portals re-host agency copy with paragraphs cut, captions dropped, or a platform
statement, an editor's note or a promo added. Then the shorter body lies all (or
nearly all) inside the longer one, yet their Jaccard falls well under the
threshold: a copy that keeps two thirds of a story has J of about 0.67, and it
would be kept as a new story.

The two signatures tell how much of the shorter body the longer one holds, with
no size stored. Each slot of a one-permutation MinHash keeps the smallest hash
that fell in it; where two signatures differ, the lower value is a shingle that
only its own body has. Over the slots, equal values estimate ``|A∩B| / |A∪B|``
and "lower in A" estimates ``|A \\ B| / |A∪B|``, so the containment of A in B is
``equal / (equal + lower in A)`` and A's size over B's is
``(equal + lower in A) / (equal + lower in B)`` (Broder's containment, read off
the same signatures).

A pair the Jaccard check turned down is one story when the shorter body is at
least :data:`CONTAINED_AT` inside the longer and at least :data:`SHARE_AT` of its
size. A shorter share is an excerpt, or a story that a longer page carries whole
beside text of its own of about its length: a roundup or multi-story page, a
follow-up or a new story that repeats an earlier report as its background. On
the real pages of sets D1 (its odd half) and D2 (benchmarks/RESULTS.md: one
archive, many sites), every distinct pair whose shorter body is 0.9 or more
inside the longer has a share under 0.58 (those of about one half are the
follow-ups and stories with a pasted background); the same-story pairs with a
share under 0.6 are mostly excerpts (a flash of a long story's opening, one page
of a feature), which stay separate stories. The share is an estimate (a
standard error of about 0.045 at 128 slots): the bound sits 0.05 or more above
the estimates of those distinct pairs (0.52-0.55).

The fact map (:mod:`snapcrawl.dedup.facts`) still keeps apart two bodies that
each hold figures the other lacks; a cut loses figures on one side only.

Such a pair can only be checked when LSH proposes it (a band of slots equal),
likely from J of about 0.5: a cut that keeps 0.6 of a story (J about 0.6) is
proposed nine times in ten.
"""

from __future__ import annotations

import numpy as np

CONTAINED_AT = 0.9  # the shorter body's share inside the longer one
SHARE_AT = 0.6  # the shorter body's size over the longer one's
# Under this estimated Jaccard no pair passes both bounds (a cut with a share of
# 0.6 has J of about 0.55): the common case skips the slot counts.
FLOOR = 0.3


def cut_or_superset(packed_a: bytes, packed_b: bytes, jaccard: float) -> bool:
    """Whether one body of two packed signatures is a cut of the other (see above).

    ``jaccard`` is their estimated Jaccard (:func:`estimate_jaccard`). Slots that
    borrowed a value (densification: a short body leaves slots empty) hold a copy of
    another slot's minimum, not their own, and would count as shingles of their own:
    slots whose value repeats in either signature are left out.
    """
    if jaccard < FLOOR:
        return False
    a = np.frombuffer(packed_a, dtype="<u2")
    b = np.frombuffer(packed_b, dtype="<u2")
    if a.size != b.size or a.size == 0:
        return False
    own = ~(_repeated(a) | _repeated(b))
    a, b = a[own], b[own]
    equal = int(np.count_nonzero(a == b))
    a_own = int(np.count_nonzero(a < b))
    b_own = a.size - equal - a_own
    short_own, long_own = min(a_own, b_own), max(a_own, b_own)
    # equal / (equal + short_own) >= CONTAINED_AT, and
    # (equal + short_own) / (equal + long_own) >= SHARE_AT, without dividing
    return (
        equal > 0
        and equal >= CONTAINED_AT * (equal + short_own)
        and equal + short_own >= SHARE_AT * (equal + long_own)
    )


def _repeated(sig: np.ndarray) -> np.ndarray:
    """Which slots hold a value that another slot of ``sig`` holds too."""
    order = np.argsort(sig, kind="stable")
    ordered = sig[order]
    twice = ordered[1:] == ordered[:-1]
    repeated = np.zeros(sig.size, dtype=bool)
    repeated[order[1:][twice]] = True
    repeated[order[:-1][twice]] = True
    return repeated

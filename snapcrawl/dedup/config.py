"""One frozen config for deduplication; every field maps to a SNAPCRAWL_DEDUP_* setting."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

from snapcrawl.dedup.normalize import NORMAL_FORM


@dataclass(frozen=True)
class DedupConfig:
    """How similar two bodies must be to count as one story, and how that is measured.

    A body is normalised (:func:`normalize_body`), cut into overlapping character
    ``shingle``-grams, and summarised by a ``num_perm``-slot one-permutation MinHash
    signature. Two bodies are near duplicates when the Jaccard similarity of their
    shingle sets, estimated from the full signatures, is at least ``threshold``
    within the estimator's error: the check accepts estimates down to
    ``threshold - margin``, where ``margin = z * sqrt(t * (1 - t) / num_perm)`` and
    ``z`` comes from ``verify_confidence`` (0.99 -> 2.33, so 0.8 accepts from 0.718
    with the default 128 slots). Hence a copy whose true Jaccard is at least the
    threshold is kept out with probability at least ``verify_confidence``; stories
    that merely share a paragraph or a background section (Jaccard well under 0.5)
    are never merged. Candidates are found by LSH over the first ``bands * rows``
    slots and always verified on the full signature before a verdict.

    Stores remember the shingling and signature parameters; opening a store with
    different ones is an error (their signatures would not be comparable).
    """

    threshold: float = 0.8  # SNAPCRAWL_DEDUP_THRESHOLD: Jaccard of shingle sets
    shingle: int = 5  # SNAPCRAWL_DEDUP_SHINGLE: characters per shingle
    num_perm: int = 128  # SNAPCRAWL_DEDUP_NUM_PERM: signature slots
    bands: int = 16  # SNAPCRAWL_DEDUP_BANDS: LSH bands (rows stored per document)
    rows: int = 4  # SNAPCRAWL_DEDUP_ROWS: slots per band
    verify_confidence: float = 0.99  # SNAPCRAWL_DEDUP_VERIFY_CONFIDENCE
    lease_seconds: float = 900.0  # SNAPCRAWL_DEDUP_LEASE: pending entries (Redis)
    seed: int = 1  # SNAPCRAWL_DEDUP_SEED: hash family; part of the store format

    def __post_init__(self) -> None:
        _check(
            _is_number(self.threshold) and 0.0 < self.threshold <= 1.0,
            "THRESHOLD",
            self.threshold,
            "use a Jaccard between 0 and 1 (default 0.8)",
        )
        _check(
            _is_int(self.shingle) and 1 <= self.shingle <= 16,
            "SHINGLE",
            self.shingle,
            "use a whole number of characters from 1 to 16 (default 5)",
        )
        _check(
            _is_int(self.num_perm)
            and 16 <= self.num_perm <= 1024
            and self.num_perm & (self.num_perm - 1) == 0,
            "NUM_PERM",
            self.num_perm,
            "use a power of two from 16 to 1024 (default 128)",
        )
        _check(
            _is_int(self.bands) and self.bands >= 1,
            "BANDS",
            self.bands,
            "use a whole number of bands, at least 1 (default 16)",
        )
        _check(
            _is_int(self.rows) and self.rows >= 1 and self.bands * self.rows <= self.num_perm,
            "ROWS",
            self.rows,
            f"use at least 1 and bands * rows <= num_perm ({self.num_perm}) (default 4)",
        )
        _check(
            _is_number(self.verify_confidence) and 0.5 <= self.verify_confidence < 1.0,
            "VERIFY_CONFIDENCE",
            self.verify_confidence,
            "use a probability from 0.5 to below 1 (default 0.99)",
        )
        _check(
            _is_number(self.lease_seconds) and self.lease_seconds > 0,
            "LEASE",
            self.lease_seconds,
            "use a number of seconds above 0 (default 900)",
        )
        _check(
            _is_int(self.seed) and 0 <= self.seed < 2**32,
            "SEED",
            self.seed,
            "use a whole number from 0 to 2**32 - 1 (default 1)",
        )

    @property
    def margin(self) -> float:
        """How far below ``threshold`` a signature estimate may fall and still match."""
        t = self.threshold
        return NormalDist().inv_cdf(self.verify_confidence) * math.sqrt(
            t * (1.0 - t) / self.num_perm
        )

    @property
    def accept_at(self) -> float:
        """The lowest estimated Jaccard that counts as a near duplicate."""
        return max(self.threshold - self.margin, 0.0)

    def candidate_probability(self, jaccard: float) -> float:
        """Probability that LSH proposes a pair of this true Jaccard for verification."""
        return 1.0 - (1.0 - jaccard**self.rows) ** self.bands

    def store_params(self) -> dict[str, int]:
        """The parameters a store's signatures depend on, and the normal form's version."""
        return {
            "normal_form": NORMAL_FORM,
            "shingle": self.shingle,
            "num_perm": self.num_perm,
            "bands": self.bands,
            "rows": self.rows,
            "seed": self.seed,
        }


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check(ok: bool, name: str, value: object, fix: str) -> None:
    if not ok:
        raise ValueError(f"SNAPCRAWL_DEDUP_{name}={value!r}: {fix}")

"""The interface every dedup store implements (SQLite, Redis)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Protocol, runtime_checkable

from snapcrawl.dedup.types import Entry, Verdict

# verify(candidate_signature) -> estimated Jaccard if the candidate is a near duplicate
Verifier = Callable[[bytes], "float | None"]
# written(run_id) -> the URLs whose rows that run got into the dataset (crash recovery)
WrittenLookup = Callable[[str], "set[str]"]


@runtime_checkable
class DedupStore(Protocol):
    """Kept articles: URL, exact hash, signature and LSH band keys.

    ``check_and_add`` is atomic against every other process using the same store:
    of two racing copies of one story, exactly one is kept.
    """

    def bind(self, params: Mapping[str, int], *, lease_seconds: float) -> None:
        """Record (first use) or check the signature parameters; set the pending lease.

        Raises ``ValueError`` naming the setting when the store was built with others.
        """

    def check_and_add(self, entry: Entry, verify: Verifier) -> Verdict | None:
        """Verdict against a kept article, or None after adding ``entry`` as pending.

        Checks in order: same URL, same exact hash, then LSH candidates that
        ``verify`` accepts (the most similar wins).
        """

    def commit(self, urls: Iterable[str]) -> int:
        """Make the pending entries of ``urls`` durable; returns how many were found."""

    def known_url(self, url: str) -> bool:
        """True when ``url`` is kept (committed, or pending in a live process)."""

    def close(self) -> None:
        """Release connections and locks, discarding this owner's uncommitted entries."""


def check_params(stored: Mapping[str, str], params: Mapping[str, int], where: str) -> None:
    """Raise ``ValueError`` when a store was built with other signature parameters.

    A parameter the store does not hold is recorded by the store's ``bind``: a store
    built before ``normal_form`` existed (normal form 1) keeps its entries and goes on
    with this one (README, Duplicates: what changes for a store built before).
    """
    for name, value in params.items():
        if name == "normal_form" and name in stored and str(stored[name]) != str(value):
            raise ValueError(
                f"the dedup store {where} was built with normal form {stored[name]}, and "
                f"this version of snapcrawl writes normal form {value}: rebuild it from the "
                "dataset with `snapcrawl state rebuild DATA_DIR`, or use a new store"
            )
        if name in stored and str(stored[name]) != str(value):
            raise ValueError(
                f"SNAPCRAWL_DEDUP_{name.upper()}={value!r}: the dedup store {where} was "
                f"built with {stored[name]}; use {stored[name]} or a new store"
            )

"""DedupIndex: is this article a story we already kept (same URL, same text, an edited copy)?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace as replace_field

from snapcrawl.dedup.config import DedupConfig
from snapcrawl.dedup.containment import cut_or_superset
from snapcrawl.dedup.facts import fact_map, facts_disagree
from snapcrawl.dedup.minhash import (
    band_keys,
    code_signature,
    estimate_jaccard,
    pack_signature,
)
from snapcrawl.dedup.normalize import body_hash, normal_codes
from snapcrawl.dedup.rank import Rank
from snapcrawl.dedup.store.base import DedupStore
from snapcrawl.dedup.types import Entry, Kept, Verdict

# a shared store's kept copy can be replaced by another process between the check and
# the replacement: check again, a few times (each time it went to a better copy)
_REPLACE_ATTEMPTS = 8


def make_entry(url: str, body: str, config: DedupConfig, *, run_id: str = "") -> Entry:
    """The store entry of an article: exact hash, signature and band keys.

    The stored signature is the packed MinHash followed by the body's fact map
    (:mod:`snapcrawl.dedup.facts`). A plain function of the body and the config (no
    store), so a worker process can make it beside extraction and spare the
    crawler's thread the shingling.
    """
    normal, codes = normal_codes(body)
    sig = code_signature(codes, config.shingle, config.num_perm, config.seed)
    if sig is None:
        return Entry(url, body_hash(normal), b"", (), run_id)
    return Entry(
        url,
        body_hash(normal),
        pack_signature(sig) + fact_map(codes),
        tuple(band_keys(sig, config.bands, config.rows, config.seed)),
        run_id,
    )


class DedupIndex:
    """Check articles against a store of kept ones, and keep the new ones.

    ``check_and_add`` adds a new story as *pending*: later checks (in any process)
    already see it, but it only survives a crash once ``commit`` was called for its
    URL, which the caller does after the article's rows are safely written.

    :meth:`keep_best` applies the keep rule (:mod:`snapcrawl.dedup.rank`): a better
    copy replaces a kept one of this index that is still pending (of any process
    with a shared store, which then reports it to its holder through :meth:`seal`).

    ``stats`` counts ``checks``, ``new``, each verdict kind and ``replaced``.
    """

    def __init__(self, store: DedupStore, config: DedupConfig | None = None) -> None:
        self.store = store
        self.config = config or DedupConfig()
        self.stats: Counter[str] = Counter()
        self._ranks: dict[str, Rank] = {}  # this index's pending entries: replaceable
        self._accept_at = self.config.accept_at  # an inverse normal CDF: once, not per check
        store.bind(self.config.store_params(), lease_seconds=self.config.lease_seconds)

    def make_entry(self, url: str, body: str, *, run_id: str = "") -> Entry:
        """The store entry of an article: exact hash, signature and band keys."""
        return make_entry(url, body, self.config, run_id=run_id)

    def check_and_add(self, url: str, body: str, *, run_id: str = "") -> Verdict | None:
        """The verdict against a kept article, or None after keeping this one (pending).

        ``url`` must already be canonical (:func:`canonicalize_url`); only the body
        counts, so pass it without title or site furniture.
        """
        return self._check(self.make_entry(url, body, run_id=run_id))

    def keep_best(
        self, url: str, body: str, rank: Rank, *, run_id: str = "", entry: Entry | None = None
    ) -> Kept:
        """Like :meth:`check_and_add`, but a copy that ranks before the kept one replaces
        it while that one is still pending here (not yet sealed or committed), or in
        any process when the store is shared (``shared_ranks``: Redis).

        The result says whether ``url`` is kept and, if so, which pending URL it
        replaced (that copy becomes a duplicate of ``url``, of ``verdict.kind``).
        ``entry`` is this body's entry when the caller already made it with this
        index's config (:func:`make_entry`, e.g. in a worker process beside
        extraction); one for another URL or run is ignored and made again here.
        """
        if entry is None or entry.url != url or entry.run_id != run_id:
            entry = self.make_entry(url, body, run_id=run_id)
        entry = replace_field(entry, rank=rank)  # a shared store keeps it (see Entry)
        replace = getattr(self.store, "replace", None)  # a store may not support it
        # a shared store (Redis) compares ranks itself: any process's pending copy
        shared = getattr(self.store, "shared_ranks", False)
        for _ in range(_REPLACE_ATTEMPTS):
            verdict = self._check(entry)
            if verdict is None:
                self._ranks[url] = rank
                return Kept(True)
            kept_rank = self._ranks.get(verdict.dup_of)
            better = rank < kept_rank if kept_rank is not None else shared
            if verdict.kind == "url" or not better or replace is None:
                return Kept(False, verdict)
            if shared:  # the holder, maybe another process, records the duplicate
                replaced = replace(verdict.dup_of, entry, verdict)
            else:
                replaced = replace(verdict.dup_of, entry)
            if replaced is None:  # the kept copy went meanwhile (shared store): check again
                continue
            if not replaced:
                return Kept(False, verdict)
            self._ranks.pop(verdict.dup_of, None)
            self._ranks[url] = rank
            self.stats["replaced"] += 1
            return Kept(True, verdict, replaced=verdict.dup_of)
        return Kept(False, verdict)

    def seal(self, urls: Iterable[str]) -> dict[str, Verdict]:
        """Say the rows of ``urls`` are about to be written: their entries can no
        longer be replaced. Returns, for those another process replaced meanwhile (a
        shared store only; their rows must be left out), the verdict against the
        better copy."""
        seal = getattr(self.store, "seal", None)
        urls = list(urls)
        replaced = seal(urls) if seal is not None and urls else {}
        for url in urls:
            self._ranks.pop(url, None)
        return replaced

    def _check(self, entry: Entry) -> Verdict | None:
        accept_at = self._accept_at
        size = 2 * self.config.num_perm  # the MinHash part; the fact map follows it
        packed, facts = entry.signature[:size], entry.signature[size:]

        def verify(candidate: bytes) -> float | None:
            similarity = estimate_jaccard(packed, candidate[:size])
            # under the threshold: still one story when one body is a cut of the other
            if similarity < accept_at and not cut_or_superset(packed, candidate[:size], similarity):
                return None
            # an entry of an older store has no fact map: the signature alone decides
            other = candidate[size:]
            if facts and other and facts_disagree(facts, other):
                self.stats["facts_apart"] += 1
                return None
            return similarity

        verdict = self.store.check_and_add(entry, verify)
        self.stats["checks"] += 1
        self.stats[verdict.kind if verdict else "new"] += 1
        return verdict

    def commit(self, urls: Iterable[str]) -> None:
        """Make the pending entries of ``urls`` durable (their rows are written); they
        can no longer be replaced."""
        urls = list(urls)
        for url in urls:
            self._ranks.pop(url, None)
        self.stats["committed"] += self.store.commit(urls)

    def known_url(self, url: str) -> bool:
        """True when an article at ``url`` (canonical) is already kept."""
        return self.store.known_url(url)

    def close(self) -> None:
        """Close the store; entries never committed are discarded (see the store)."""
        self.store.close()

    def __enter__(self) -> DedupIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

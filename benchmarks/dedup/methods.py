"""The deduplicators compared, behind one interface: ``check(url, body) -> dup_of | None``.

All of them shingle the same normal form (``normalize_body``) into the same
character n-grams and use the same threshold; the time of each includes it.
"""

from __future__ import annotations

import pickle
from collections import defaultdict
from pathlib import Path

import numpy as np

from snapcrawl.dedup import DedupConfig, DedupIndex, normalize_body, open_store
from snapcrawl.dedup.minhash import shingle_hashes


def shingle_set(body: str, size: int) -> set[str]:
    text = normalize_body(body)
    if len(text) <= size:
        return {text}
    return {text[i : i + size] for i in range(len(text) - size + 1)}


class Ours:
    def __init__(self, spec: str, config: DedupConfig) -> None:
        self.name = "snapcrawl (memory)" if spec == ":memory:" else "snapcrawl (SQLite file)"
        self.spec = spec
        self.index = DedupIndex(open_store(spec), config)

    def check(self, url: str, body: str) -> str | None:
        verdict = self.index.check_and_add(url, body)
        return verdict.dup_of if verdict else None

    def state_bytes(self) -> int | None:
        if self.spec == ":memory:":
            return None
        return sqlite_state_bytes(self.index)


def sqlite_state_bytes(index: DedupIndex) -> int:
    """The bytes of a SQLite store's files once its batch is committed and checkpointed."""
    store = index.store
    store.commit([])  # commits the open write batch
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]
    path = Path(store.path)  # type: ignore[attr-defined]
    return sum(p.stat().st_size for p in path.parent.glob(f"{path.name}*") if p.is_file())


class Datasketch:
    """datasketch defaults: MinHash(num_perm=128), MinHashLSH(threshold); a non-empty
    query is a duplicate (its own LSH band choice, no verification)."""

    def __init__(self, config: DedupConfig) -> None:
        from datasketch import MinHash, MinHashLSH

        self.name = "datasketch MinHashLSH (defaults)"
        self._minhash = MinHash
        self.num_perm, self.size = config.num_perm, config.shingle
        self.lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm)

    def check(self, url: str, body: str) -> str | None:
        m = self._minhash(num_perm=self.num_perm)
        m.update_batch([s.encode() for s in shingle_set(body, self.size)])
        found = self.lsh.query(m)
        if found:
            return found[0]
        self.lsh.insert(url, m)
        return None

    def state_bytes(self) -> int | None:
        return len(pickle.dumps(self.lsh, protocol=5))


class Rensa:
    """rensa RMinHash + RMinHashLSH (16 bands); ``verify`` adds a Jaccard check."""

    def __init__(self, config: DedupConfig, *, verify: bool) -> None:
        from rensa import RMinHash, RMinHashLSH

        self.name = "rensa RMinHashLSH" + (" + verify" if verify else "")
        self._minhash = RMinHash
        self.num_perm, self.size, self.threshold = config.num_perm, config.shingle, config.threshold
        self.verify = verify
        self.lsh = RMinHashLSH(
            threshold=config.threshold, num_perm=config.num_perm, num_bands=config.bands
        )
        self.urls: list[str] = []
        self.hashes: list[object] = []

    def check(self, url: str, body: str) -> str | None:
        m = self._minhash(num_perm=self.num_perm, seed=42)
        m.update(list(shingle_set(body, self.size)))
        for key in self.lsh.query(m):
            if not self.verify or m.jaccard(self.hashes[key]) >= self.threshold:
                return self.urls[key]
        self.lsh.insert(len(self.urls), m)
        self.urls.append(url)
        self.hashes.append(m)
        return None

    def state_bytes(self) -> int | None:
        try:
            return len(pickle.dumps((self.lsh, self.hashes if self.verify else None)))
        except (TypeError, pickle.PicklingError):
            return None


class SimHash:
    """SimHash-64 over the same shingle hashes, Hamming distance <= ``distance``,
    indexed by four 16-bit blocks (pigeonhole: exact for distance <= 3)."""

    def __init__(self, config: DedupConfig, distance: int = 3) -> None:
        self.name = f"SimHash-64, Hamming <= {distance}"
        self.size, self.distance = config.shingle, distance
        self.tables: list[defaultdict[int, list[int]]] = [defaultdict(list) for _ in range(4)]
        self.urls: list[str] = []
        self.values: list[int] = []
        self._bits = np.uint64(1) << np.arange(64, dtype=np.uint64)

    def fingerprint(self, body: str) -> int:
        h = np.unique(shingle_hashes(normalize_body(body), self.size))
        if h.size == 0:
            return 0
        ones = ((h[:, None] & self._bits) != 0).sum(axis=0)
        return int((self._bits[ones * 2 > h.size]).sum())

    def check(self, url: str, body: str) -> str | None:
        value = self.fingerprint(body)
        blocks = [(value >> (16 * i)) & 0xFFFF for i in range(4)]
        for table, block in zip(self.tables, blocks, strict=True):
            for doc in table.get(block, ()):
                if (self.values[doc] ^ value).bit_count() <= self.distance:
                    return self.urls[doc]
        doc = len(self.urls)
        self.urls.append(url)
        self.values.append(value)
        for table, block in zip(self.tables, blocks, strict=True):
            table[block].append(doc)
        return None

    def state_bytes(self) -> int | None:
        return len(pickle.dumps((self.tables, self.values)))

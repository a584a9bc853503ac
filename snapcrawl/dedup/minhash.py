"""One-permutation MinHash over character shingles, vectorised with numpy.

Each shingle is hashed once (a polynomial hash of its code points, mixed with
murmur3's 64-bit finaliser). The top ``log2(num_perm)`` bits of a hash choose a
slot, the next 32 bits are its value, and each slot keeps its minimum: one sort
per document instead of ``num_perm`` hash passes (Li, Owen & Zhang 2012). Slots
that no shingle reached borrow the value of a pseudo-randomly chosen filled slot
("optimal densification", Shrivastava 2017), so the fraction of equal slots
estimates the Jaccard similarity for short bodies too.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

_MUL = np.uint64(0x9E3779B97F4A7C15)  # odd: the polynomial hash base
_FMIX1 = np.uint64(0xFF51AFD7ED558CCD)
_FMIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_DENSIFY_TRIES = 64
_U32 = np.uint64(0xFFFFFFFF)


def _fmix64(h: np.ndarray) -> np.ndarray:
    h ^= h >> np.uint64(33)
    h *= _FMIX1
    h ^= h >> np.uint64(33)
    h *= _FMIX2
    h ^= h >> np.uint64(33)
    return h


def shingle_hashes(normal: str, size: int, seed: int = 1) -> np.ndarray:
    """64-bit hashes of the overlapping ``size``-character shingles of ``normal``.

    A text shorter than ``size`` is one shingle; an empty text has none.
    """
    codes = np.frombuffer(normal.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if codes.size == 0:
        return codes
    size = min(size, codes.size)
    count = codes.size - size + 1
    start = (seed * 0xFF51AFD7ED558CCD + size) & 0xFFFFFFFFFFFFFFFF
    h = np.full(count, start, dtype=np.uint64)
    for j in range(size):
        h *= _MUL
        h += codes[j : j + count]
    return _fmix64(h)


@lru_cache(maxsize=8)
def _densify_table(num_perm: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng([seed, num_perm, 0xD0])
    return rng.integers(0, num_perm, size=(num_perm, _DENSIFY_TRIES), dtype=np.intp)


def signature(hashes: np.ndarray, num_perm: int, seed: int = 1) -> np.ndarray | None:
    """The ``num_perm``-slot uint32 MinHash signature of a shingle hash array.

    Returns None for an empty array (a body with no text has no signature).
    """
    if hashes.size == 0:
        return None
    bits = num_perm.bit_length() - 1
    h = np.sort(hashes)
    slots = (h >> np.uint64(64 - bits)).astype(np.intp)
    first = np.flatnonzero(np.concatenate(([True], slots[1:] != slots[:-1])))
    sig = np.zeros(num_perm, dtype=np.uint32)
    values = (h[first] >> np.uint64(32 - bits)) & _U32
    sig[slots[first]] = values.astype(np.uint32)
    if first.size == num_perm:
        return sig
    filled = np.zeros(num_perm, dtype=bool)
    filled[slots[first]] = True
    empty = np.flatnonzero(~filled)
    tries = _densify_table(num_perm, seed)[empty]
    hit = filled[tries]
    pick = tries[np.arange(empty.size), hit.argmax(axis=1)]
    # a slot whose tries all missed (very short bodies) borrows the first filled slot
    pick[~hit.any(axis=1)] = slots[first[0]]
    sig[empty] = sig[pick]
    return sig


def band_keys(sig: np.ndarray, bands: int, rows: int) -> list[int]:
    """One signed 64-bit LSH key per band of ``rows`` slots; the band number is mixed in."""
    block = sig[: bands * rows].astype(np.uint64).reshape(bands, rows)
    key = np.arange(1, bands + 1, dtype=np.uint64) * _FMIX2
    for j in range(rows):
        key = (key ^ block[:, j]) * _MUL
    return _fmix64(key).view(np.int64).tolist()


def pack_signature(sig: np.ndarray) -> bytes:
    """The stored form: the high 16 bits of each slot (a chance match is 1 in 65,536)."""
    return (sig >> np.uint32(16)).astype("<u2").tobytes()


def estimate_jaccard(packed_a: bytes, packed_b: bytes) -> float:
    """The fraction of equal slots of two packed signatures: an estimate of Jaccard."""
    a = np.frombuffer(packed_a, dtype="<u2")
    b = np.frombuffer(packed_b, dtype="<u2")
    if a.size != b.size or a.size == 0:
        return 0.0
    return float(np.count_nonzero(a == b)) / a.size

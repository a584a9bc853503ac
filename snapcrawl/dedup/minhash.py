"""One-permutation MinHash over character shingles, vectorised with numpy.

Each shingle is hashed once (a multilinear hash of its code points, mixed with
splitmix64's finaliser). The top ``log2(num_perm)`` bits of a hash choose a
slot, the next 16 bits are its value, and each slot keeps its minimum: one pass
per document instead of ``num_perm`` hash passes (Li, Owen & Zhang 2012). Slots
that no shingle reached borrow the value of a pseudo-randomly chosen filled slot
("optimal densification", Shrivastava 2017), so the fraction of equal slots
estimates the Jaccard similarity for short bodies too.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

_MASK64 = 0xFFFFFFFFFFFFFFFF


def _const(value: int) -> np.ndarray:
    """A 0-d uint64 array: numpy takes one as an operand in about half the time of a
    Python int or an ``np.uint64`` scalar (which it must convert on every call)."""
    return np.array(value, dtype=np.uint64)


_MIX = _const(0xBF58476D1CE4E5B9)  # splitmix64's finaliser constants
_MIX2 = _const(0x94D049BB133111EB)
_EMPTY = _const(_MASK64)
_SHIFT30, _SHIFT27, _SHIFT31 = _const(30), _const(27), _const(31)
_DENSIFY_TRIES = 64
_U2 = np.dtype("<u2")  # a signature slot as stored


@lru_cache(maxsize=32)
def _multipliers(size: int, seed: int) -> tuple[np.uint64, ...]:
    """Random odd 64-bit multipliers, one per shingle position."""
    rng = np.random.default_rng([seed, size, 0x5A])
    values = rng.integers(0, 2**63, size=size, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    return tuple(values)


@lru_cache(maxsize=32)
def _multiplier_array(size: int, seed: int) -> np.ndarray:
    return np.array(_multipliers(size, seed), dtype=np.uint64)


@lru_cache(maxsize=8)
def _all_empty(num_perm: int) -> np.ndarray:
    """The starting minima, copied per document (cheaper than ``np.full``)."""
    return np.full(num_perm, _EMPTY, dtype=np.uint64)


@lru_cache(maxsize=8)
def _band_salts(bands: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng([seed, bands, 0xB4])
    return rng.integers(0, 2**63, size=bands, dtype=np.uint64)


@lru_cache(maxsize=8)
def _densify_table(num_perm: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng([seed, num_perm, 0xD0])
    return rng.integers(0, num_perm, size=(num_perm, _DENSIFY_TRIES), dtype=np.intp)


@lru_cache(maxsize=8)
def _densify_lists(num_perm: int, seed: int) -> tuple[tuple[int, ...], ...]:
    """For each slot, the filled slots it tries in turn when no shingle reached it."""
    return tuple(tuple(row) for row in _densify_table(num_perm, seed).tolist())


def shingle_hashes(normal: str, size: int, seed: int = 1) -> np.ndarray:
    """64-bit hashes of the overlapping ``size``-character shingles of ``normal``.

    A multilinear hash of the code points (random odd multipliers per position)
    finished by splitmix64's mixer. A text shorter than ``size`` is one shingle;
    an empty text has none.
    """
    return code_shingle_hashes(
        np.frombuffer(normal.encode("utf-32-le"), dtype=np.uint32), size, seed
    )


def code_shingle_hashes(codes: np.ndarray, size: int, seed: int = 1) -> np.ndarray:
    """:func:`shingle_hashes` of a text given as its code points (uint32).

    All windows at once: the code points correlated with the multipliers (one
    sliding dot product), then the mixer in place. A handful of numpy calls per
    document, whatever its length.
    """
    if codes.size == 0:
        return codes.astype(np.uint64)
    h, tmp = _mixed_but_last(codes, size, seed)
    np.right_shift(h, _SHIFT31, out=tmp)
    h ^= tmp
    return h


def _mixed_but_last(codes: np.ndarray, size: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The shingle hashes before the mixer's last ``h ^= h >> 31`` (and a scratch array).

    That step changes only the low 33 bits, and a signature reads only the top
    ``log2(num_perm) + 16`` (at most 26): :func:`code_signature` skips it.
    """
    codes = codes.astype(np.uint64)
    size = min(size, codes.size)
    # h[i] = sum(codes[i + j] * multipliers[j]): a sliding dot product (uint64 wraps,
    # as the hash wants); correlate does it in ~2/3 the time of a strided matmul
    h = np.correlate(codes, _multiplier_array(size, seed), "valid")
    tmp = np.right_shift(h, _SHIFT30)
    h ^= tmp
    h *= _MIX
    np.right_shift(h, _SHIFT27, out=tmp)
    h ^= tmp
    h *= _MIX2
    return h, tmp


def code_signature(codes: np.ndarray, size: int, num_perm: int, seed: int = 1) -> np.ndarray | None:
    """``signature(code_shingle_hashes(codes, size, seed), num_perm, seed)``, cheaper.

    The same values: the hashes' top bits, all a signature reads, are final
    before the mixer's last step, which is skipped. (A slot is empty when no
    shingle reached it; the two-step form would also call a slot empty whose
    minimum hash is exactly 2**64 - 1, once in 2**64 shingles.)
    """
    if codes.size == 0:
        return None
    return _min_slots(_mixed_but_last(codes, size, seed)[0], num_perm, seed)


def signature(hashes: np.ndarray, num_perm: int, seed: int = 1) -> np.ndarray | None:
    """The ``num_perm``-slot uint16 MinHash signature of a shingle hash array.

    The top ``log2(num_perm)`` bits of a hash pick its slot, the next 16 bits are
    its value (two different minima agree by chance once in 65,536: a bias far
    below the estimator's own error). Returns None for an empty array.
    """
    if hashes.size == 0:
        return None
    return _min_slots(hashes, num_perm, seed)


@lru_cache(maxsize=8)
def _slot_shifts(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """0-d shifts: to a hash's slot, and to its slot and 16-bit value."""
    bits = num_perm.bit_length() - 1
    return _const(64 - bits), _const(48 - bits)


def _min_slots(hashes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """Each slot's minimum, densified (see :func:`signature`); ``hashes`` not empty."""
    to_slot, to_value = _slot_shifts(num_perm)
    lowest = _all_empty(num_perm).copy()
    np.minimum.at(lowest, np.right_shift(hashes, to_slot).view(np.int64), hashes)
    sig = np.right_shift(lowest, to_value).astype(np.uint16)  # the cast keeps the low 16 bits
    empty = (lowest == _EMPTY).nonzero()[0]
    if empty.size:
        # A few empty slots for a typical body: a Python loop beats a dozen numpy calls.
        empty = empty.tolist()
        missed = set(empty)
        tries = _densify_lists(num_perm, seed)
        for slot in empty:
            pick = next((j for j in tries[slot] if j not in missed), None)
            if pick is None:  # all tries missed (very short bodies): the first filled slot
                pick = next(j for j in range(num_perm) if j not in missed)
            sig[slot] = sig[pick]
    return sig


def band_keys(sig: np.ndarray, bands: int, rows: int, seed: int = 1) -> list[int]:
    """One signed 64-bit LSH key per band of ``rows`` slots, salted by band number.

    Four 16-bit slots fill 64 bits, so with ``rows=4`` a key is the band itself.
    """
    salts = _band_salts(bands, seed)
    block = sig[: bands * rows]
    if block.dtype != _U2 or not block.flags.c_contiguous:
        block = np.ascontiguousarray(block, dtype=_U2)
    if rows == 4:
        key = block.view("<u8") ^ salts
    else:
        wide = block.astype(np.uint64).reshape(bands, rows)
        key = salts.copy()
        for j in range(rows):
            key = (key ^ wide[:, j]) * _MIX
        key ^= key >> np.uint64(31)
    return key.view(np.int64).tolist()


def pack_signature(sig: np.ndarray) -> bytes:
    """The stored form of a signature: little-endian uint16 slots."""
    return sig.astype("<u2", copy=False).tobytes()


def estimate_jaccard(packed_a: bytes, packed_b: bytes) -> float:
    """The fraction of equal slots of two packed signatures: an estimate of Jaccard."""
    a = np.frombuffer(packed_a, dtype="<u2")
    b = np.frombuffer(packed_b, dtype="<u2")
    if a.size != b.size or a.size == 0:
        return 0.0
    return float(np.count_nonzero(a == b)) / a.size

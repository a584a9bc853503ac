"""Which 64-bit keys the SQLite store may hold: a one-hash Bloom filter in memory.

Most checks are of new stories, whose URL key, exact hash and band keys are in
no row. Looking each up costs a B-tree descent through pages that shingling
has pushed out of the CPU caches, so the store asks the filter first: a key
whose bit is clear is certainly absent and is not looked up. The store rebuilds
the filter twice as large when it fills up, until ``MAX_BITS``; past that,
false positives grow (and are looked up), while memory stays bounded.

A key's slot is the top bits of the key times a large odd constant (Fibonacci
hashing): the low bits of a band key alone are MinHash slot values, skewed
towards small numbers, and collide over ten times as often as uniform slots.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

import numpy as np

MAX_BITS = 2**28  # 32 MiB
_MIN_BITS = 2**24  # 2 MiB: room for 500,000 keys (28,000 articles) before the first rebuild
_GROW_AT = 32  # bits per key: about 3% false positives per key
_GOLDEN = 0x9E3779B97F4A7C15  # 2**64 / golden ratio, odd
_MASK64 = 2**64 - 1
_LOAD_CHUNK = 2**20  # keys: bounds the memory a (re)build takes on top of the filter


class KeyFilter:
    """A set of signed 64-bit keys that may answer "maybe" for a key never added.

    >>> keys = KeyFilter(expected=3)
    >>> keys.add([-5, 12])
    []
    >>> keys.add([7, -5, 12])
    [-5, 12]
    """

    def __init__(self, expected: int) -> None:
        wanted = max(expected, 1) * 2 * _GROW_AT
        bits = min(MAX_BITS, max(_MIN_BITS, 1 << (wanted - 1).bit_length()))
        self._shift = 64 - (bits.bit_length() - 1)
        self._bytes = bytearray(bits // 8)
        self.count = 0  # keys added (with repeats)
        self._grow_at = bits // _GROW_AT if bits < MAX_BITS else None

    @property
    def full(self) -> bool:
        """True when a filter rebuilt twice as large would answer "maybe" less often."""
        return self._grow_at is not None and self.count > self._grow_at

    def add(self, keys: Iterable[int]) -> list[int]:
        """Add ``keys``; returns those that may have been added before (the others were not)."""
        bits, shift = self._bytes, self._shift
        seen = []
        count = 0
        for key in keys:
            slot = ((key * _GOLDEN) & _MASK64) >> shift
            byte, bit = bits[slot >> 3], 1 << (slot & 7)
            if byte & bit:
                seen.append(key)
            else:
                bits[slot >> 3] = byte | bit
            count += 1
        self.count += count
        return seen

    def load(self, keys: Iterable[int]) -> None:
        """Add many keys (vectorised, a million at a time: for filling it from the store)."""
        view = np.frombuffer(self._bytes, dtype=np.uint8)
        keys = iter(keys)
        while True:
            array = np.fromiter(islice(keys, _LOAD_CHUNK), dtype=np.int64).view(np.uint64)
            if not array.size:
                return
            slots = (array * np.uint64(_GOLDEN)) >> np.uint64(self._shift)
            masks = np.left_shift(1, slots & np.uint64(7)).astype(np.uint8)
            np.bitwise_or.at(view, slots >> np.uint64(3), masks)
            self.count += array.size

"""Which 64-bit keys the SQLite store may hold: a blocked Bloom filter in memory.

Most checks are of new stories, whose URL key, exact hash and band keys are in
no row. Looking each up costs a B-tree descent through pages that shingling
has pushed out of the CPU caches, so the store asks the filter first: a key
whose bits are not all set is certainly absent and is not looked up. The store
rebuilds the filter twice as large when it fills up, until ``MAX_BITS``; past
that, false positives grow (and are looked up), while memory stays bounded.

A key sets two bits of one 64-bit word ("blocked" Bloom filter: one memory
access per key, like a one-hash filter). At a million documents (18 keys each
in 2**28 bits) a one-hash filter answered "maybe" for about 70 % of new
documents, each then looked up in the file; two bits per key cut that to 29 %
(4.5 % instead of 29 % at 25,000 documents; random keys). The word and the two
bits are the top bits of the key times a large odd constant (Fibonacci
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
        self._shift = 64 - (bits.bit_length() - 1 - 6)  # the top bits pick a 64-bit word
        self._bytes = bytearray(bits // 8)
        self._words = memoryview(self._bytes).cast("Q")
        self.count = 0  # keys added (with repeats)
        self._grow_at = bits // _GROW_AT if bits < MAX_BITS else None

    @property
    def full(self) -> bool:
        """True when a filter rebuilt twice as large would answer "maybe" less often."""
        return self._grow_at is not None and self.count > self._grow_at

    def add(self, keys: Iterable[int]) -> list[int]:
        """Add ``keys``; returns those that may have been added before (the others were not)."""
        words, shift, golden, mask64 = self._words, self._shift, _GOLDEN, _MASK64
        first, second = shift - 6, shift - 12  # the 6 bits below the word's, and the next 6
        seen = []
        count = 0
        for key in keys:
            mixed = (key * golden) & mask64
            slot = mixed >> shift
            mask = (1 << ((mixed >> first) & 63)) | (1 << ((mixed >> second) & 63))
            word = words[slot]
            if word & mask == mask:
                seen.append(key)
            else:
                words[slot] = word | mask
            count += 1
        self.count += count
        return seen

    def load(self, keys: Iterable[int]) -> None:
        """Add many keys (vectorised, a million at a time: for filling it from the store)."""
        view = np.frombuffer(self._bytes, dtype=np.uint64)
        shift = np.uint64(self._shift)
        keys = iter(keys)
        while True:
            array = np.fromiter(islice(keys, _LOAD_CHUNK), dtype=np.int64).view(np.uint64)
            if not array.size:
                return
            mixed = array * np.uint64(_GOLDEN)
            one = np.uint64(1)
            masks = np.left_shift(one, (mixed >> (shift - np.uint64(6))) & np.uint64(63))
            masks |= np.left_shift(one, (mixed >> (shift - np.uint64(12))) & np.uint64(63))
            np.bitwise_or.at(view, mixed >> shift, masks)
            self.count += array.size

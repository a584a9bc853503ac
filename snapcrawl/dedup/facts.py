"""Fact tokens: what keeps two stories written from one template apart.

Daily market closes, weather forecasts, exchange-rate notices, traffic notices and a
story's follow-up ("死亡人数升至5人") share most of their wording and differ in their
figures: their bodies' Jaccard can clear the near-duplicate threshold although they
are distinct stories. A republished copy keeps the figures: syndication drops a
dateline ("新华社北京3月5日电"), turns "今天" into "5日", cuts the last paragraph or
writes a number another way ("2.86万件" -> "28600件"), each of which leaves at most
one fact on the copy's side that the original lacks, or removes facts from one side
only.

So each entry carries a 256-bit map of its body's fact tokens (the runs of ASCII
letters and digits of the normal form: numbers, dates, codes, Latin words), stored
after its MinHash signature, and a candidate that passes the signature check is kept
apart when *both* bodies hold at least :data:`APART_AT` facts the other lacks.
Measured on set R (benchmarks/RESULTS.md, Deduplication): no syndicated copy has
more than one such fact on both sides, every template pair but those without
figures has two or more.

A map with many tokens fills up and hides differences (two tokens on one bit): the
check then keeps apart fewer pairs, never more, and the signature decides as before.
"""

from __future__ import annotations

import functools
import zlib

import numpy as np

FACT_BYTES = 32  # the map's size: 256 bits, one per token hash modulo 256
APART_AT = 2  # facts each side must hold that the other lacks to keep them apart


@functools.cache
def _token_bytes() -> np.ndarray:
    """Each code point's byte in the token text: ASCII letters and digits as they
    are, everything else a space (one lookup a document, 1.1 MB, built once)."""
    table = np.full(0x110000, ord(" "), dtype=np.uint8)
    for first, last in (("0", "9"), ("a", "z"), ("A", "Z")):
        span = np.arange(ord(first), ord(last) + 1)
        table[span] = span
    return table


def fact_map(codes: np.ndarray) -> bytes:
    """The fact map of a normal form given as its code points (uint32).

    In the normal form only letters, digits and ideographs remain, so its ASCII code
    points are exactly the letters and digits of numbers and Latin words; everything
    else becomes a space and the bytes split into tokens.
    """
    bits = 0
    crc32 = zlib.crc32
    for token in _token_bytes().take(codes).tobytes().split():  # a repeat sets its bit again
        bits |= 1 << (crc32(token) & 0xFF)
    return bits.to_bytes(FACT_BYTES, "little")


def facts_disagree(a: bytes, b: bytes) -> bool:
    """Whether two fact maps each hold at least :data:`APART_AT` tokens the other lacks."""
    x = int.from_bytes(a, "little")
    y = int.from_bytes(b, "little")
    return (x & ~y).bit_count() >= APART_AT and (y & ~x).bit_count() >= APART_AT

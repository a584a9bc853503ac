"""Traditional characters as simplified ones, one character at a time (normal form 2).

Hong Kong and Taiwan sites republish mainland stories in traditional characters. Most
characters of such a copy differ from the original's, so its 5-gram Jaccard with the
original is about 0.1 (0.06 and 0.08 on set R, benchmarks/RESULTS.md): no
near-duplicate check can see it. Written back character by character (OpenCC's
character table), the same copies reach 0.84 and 0.95; what is left is wording
(營運 for 运营), which a character table does not undo and does not need to.

Only characters whose one simplified form differs from themselves are mapped: a
character that is also written in simplified text (著, 於, 乾) is left as it is, so a
simplified body's normal form does not change. The mapping is one code point to
one, so it joins the normal form's per-character table at no cost a document.
"""

from __future__ import annotations

import functools
from pathlib import Path

TABLE = Path(__file__).with_name("t2s.txt")


@functools.cache
def simplified_of() -> dict[int, int]:
    """Code point of a traditional character -> code point of its simplified form."""
    table: dict[int, int] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            traditional, simplified = line
            table[ord(traditional)] = ord(simplified)
    return table

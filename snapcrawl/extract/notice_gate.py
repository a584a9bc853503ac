"""Which lines of a page can be host text, found with one scan of the page's text.

The audit asks every line of the page whether it is a host notice or carries a label only
a re-hosting site writes (快照时间, 原文地址); the body's edges ask every line of the body
whether it is a notice. Either answer needs a word in the line: a notice family's word (or
the 以下 a repost card opens with) or a host label, and most lines hold none. One search
over the lines joined (joined_search.py) finds the few that do, instead of a search and a
Python call a line; the full tests then run on those lines only.
"""

from __future__ import annotations

import re
from itertools import product

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line
from snapcrawl.extract.joined_search import positions_matching
from snapcrawl.extract.notice_vocab import NOTICE_FAMILIES
from snapcrawl.extract.simplified import SIMPLIFIED
from snapcrawl.extract.vocab import LABELS
from snapcrawl.extract.word_trie import any_of

# ``noise.line_notice_strength`` is 0 without a family word or a leading 以下 (a repost
# card); ``meta.host_label`` is False without one of these labels.
_NOTICE_WORDS = [word for words in NOTICE_FAMILIES.values() for word in words]
# ... and as traditional characters write them (版權, 轉載), which noise reads in simplified.
_TRADITIONAL_OF: dict[str, list[str]] = {}
for _written, _simple in SIMPLIFIED.items():
    _TRADITIONAL_OF.setdefault(chr(_simple), []).append(chr(_written))


def _spellings(word: str) -> set[str]:
    """``word`` with each character in its simplified or any traditional form."""
    return {"".join(chars) for chars in product(*([c, *_TRADITIONAL_OF.get(c, ())] for c in word))}


_NOTICE_WORDS = sorted({spelt for word in _NOTICE_WORDS for spelt in _spellings(word)})
_HOST_LABELS = [*LABELS["snapshot_at"], *LABELS["source_url"]]
_HOST_TEXT = re.compile(any_of([*_NOTICE_WORDS, "以下", *_HOST_LABELS]))


def may_be_host_text(lines: list[Line]) -> frozenset[Line]:
    """The lines holding a notice word, 以下 or a host label: every line a
    notice or host-label test can flag is among them. A notice is never longer than
    ``NOTICE_MAX``: a longer line is a candidate only with a colon (a label's), unread.
    Lines, not indexes: the metadata readers renumber the page's lines (glued_credit)."""
    short: list[Line] = []
    found: list[Line] = []
    for line in lines:
        text = line.text
        if len(text) <= thresholds.NOTICE_MAX:
            short.append(line)
        elif "：" in text or ":" in text:
            found.append(line)
    texts = [line.text for line in short]
    found += [short[pos] for pos in positions_matching(texts, _HOST_TEXT)]
    return frozenset(found)

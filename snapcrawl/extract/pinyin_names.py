"""A Chinese name's own romanization after it: "濮静 (Pu Jing)", "欧阳晓岚（Ouyang Xiaolan）".

A bilingual page prints a staff member's name with its pinyin; the pinyin is the same name
again, not a second person nor part of the name, so the credit reads the Chinese alone. A
transliterated foreign name keeps its original ("乔治 (George Lane)"): that original is
no pinyin (George splits into no run of pinyin syllables), and says more than the Chinese.
"""

from __future__ import annotations

import re

# One pinyin syllable without its tone: an initial (maybe none) and a final.
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu"
    r"|ua|uo|ui|ue|ve|a|o|e|i|u|v)"
)
_PINYIN_WORD = re.compile(r"(?:" + _SYLLABLE + r")+")
_WORD = re.compile(r"[A-Za-z]+")


def is_pinyin_of(chinese: str, latin: str) -> bool:
    """Whether ``latin`` reads as the pinyin of the name ``chinese``: one to as many words
    as the name has characters, each a run of pinyin syllables."""
    words = _WORD.findall(latin)
    if not words or len(words) > len(chinese) or len("".join(words)) + len(words) < len(latin):
        return False
    return all(_PINYIN_WORD.fullmatch(word.lower()) for word in words)

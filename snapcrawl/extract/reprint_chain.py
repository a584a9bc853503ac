"""The outlet that first printed a story the page says it took from someone else.

A reprint note may name two places: where the page took the story and where that one had
it from ("本文转载自微信公众号「X」，原文首发于《Y》", "转自X，原载Y"). The story comes from
the first, Y: X only passed it on. Only the second clause of such a note is read here
(a lone "本文首发于Y" is the sign-off readers' in source_lines.py).
"""

from __future__ import annotations

import re

from snapcrawl.extract.source_lines import outlet_token

# The note's first clause: the page took the story from someone (转载自, 转自, 来自, 摘自, 选自).
_TAKEN = re.compile(r"转载|转自|轉載|轉自|来自|來自|摘自|选自|選自|转发自|轉發自")
# Its second clause, after a comma: where the story was first printed.
_FIRST_PRINT = re.compile(
    r"[，,；;]\s*(?:原文|原稿|该文|該文|此文|文章|本文)?\s*"
    r"(?:首发|首發|原载|原載|原刊|原发|原發|首刊|最早(?:刊发|刊發|发表|發表|刊登|发布|發佈))"
    r"\s*(?:[于於在]|自)?\s*[:：]?\s*[“「\"《]?"
    r"(?P<name>[^\s，,。；;：:“”「」\"《》（）()【】\d]{2,30}?)[”」\"》]?"
    r"(?=$|[\s，,。；;（()）】\]]|\d)"
)
_MAX_NOTE = 80  # a longer line is a paragraph of the story, not a reprint note
_FIRST_CHARS = re.compile("[首原最]")  # every second clause's word holds one


def first_outlet(text: str) -> str | None:
    """Y of a reprint note naming both links of the chain ("…转载自X，原文首发于《Y》…"),
    else ``None``."""
    if len(text) > _MAX_NOTE or not _FIRST_CHARS.search(text):
        return None
    taken = _TAKEN.search(text)
    if taken is None:
        return None
    match = _FIRST_PRINT.search(text, taken.end())
    return outlet_token(match["name"]) if match else None

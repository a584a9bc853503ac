"""A notice word that is the story's topic: "缓存" in a post about caching.

The host's voice is told by its families of words (notice_vocab: 快照, 缓存, 镜像, 采集,
转载…) and the page speaking of itself ("我们", "本站"). A tech post's own subject is often
one of those words, and its author writes "在我们的仓库里…缓存命中率…" as the story: at
the body's end that line read as a closing notice. A word the story itself keeps using (in
two or more other lines that are no notice at all) is the story's vocabulary there, so a
weak notice (strength 1) made of that word is story text when it is a sentence (a caption
or a label keeps its reading). A strong notice (two families and the page speaking) is
never cleared this way.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line
from snapcrawl.extract.noise import notice_families
from snapcrawl.extract.notice_vocab import NOTICE_FAMILIES

_MIN_USES = 2  # other story lines that use the word
_MIN_SENTENCE = 20  # a sentence of the story's, not a caption or a label
_ENDS = "。！？!?"


def clear_topic_notices(lines: list[Line], strength: list[int]) -> None:
    """Set to 0 the weak notices whose notice words the story's other lines use."""
    weak = [i for i, s in enumerate(strength) if s == 1]
    if not weak:
        return
    for i in weak:
        text = lines[i].text
        if len(text) < _MIN_SENTENCE or text[-1] not in _ENDS:
            continue  # a caption or a label ("X的声明") keeps its reading
        families = notice_families(text)
        if len(families) != 1:
            continue
        words = [w for fam in families for w in NOTICE_FAMILIES.get(fam, ()) if w in text]
        if words and all(_uses(lines, strength, i, w) >= _MIN_USES for w in words):
            strength[i] = 0


def _uses(lines: list[Line], strength: list[int], skip: int, word: str) -> int:
    return sum(
        1 for j, line in enumerate(lines) if j != skip and strength[j] == 0 and word in line.text
    )

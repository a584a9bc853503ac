"""A caption or a story line with its picture's credit and a reprint notice glued after its
last sentence: "…最后的冠军之争将在5月8日举行。图片来源：东方ic 版权作品 请勿转载".

A gallery's template prints the agency's credit and its terms ("版权作品 请勿转载") on the
caption's own line. The notice words are the picture's terms, not the page's, and they stand
in the tail that a picture credit's label opens after the caption's finished sentence: the
line is not a notice (host_voice), and the body keeps the caption and sends the tail to the
noise audit (paragraphs). Only a labelled credit ("图片来源：", "图源：", "摄影：", "图：")
right after a sentence's end, short as a credit is, counts: a sentence that speaks of a
picture's source ("法院认定图片来源：不明") has no finished sentence before the label.

A giver's credit has no label but its ending: "…选手在后台准备。视觉中国供图 谢绝转载",
"…获奖。东方IC 供图，谢绝转载。". It counts the same way, short and right after a finished
sentence, with the notice set off after "供图"; a story's own "X供图" mid-sentence has no
finished sentence right before the giver.
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import PICTURE_LABEL

_LABEL = re.compile(r"[ \u3000]*(?:" + PICTURE_LABEL + r")[ \u3000]*[:：]")
_ENDS = "。！？!?"
_TAIL_MAX = 40  # a credit and a short notice: "图片来源：东方IC 版权作品 请勿转载" is 20
_STORY_MIN = 10  # the text before the label is a sentence at least
_GIVER_MAX = 14  # "视觉中国", "东方IC ", "新华社记者 张三 " before "供图"
# The giver (no sentence's mark or label in it), "供图", then the notice set off after it.
_GIVEN = re.compile(r"[^。！？!?：:，,]{2," + str(_GIVER_MAX) + r"}供图[ \u3000，,、]+\S")


def glued_picture_credit(text: str) -> int | None:
    """Where a picture credit glued after ``text``'s last finished sentence starts (the tail
    runs to the end of the line), or ``None``: a labelled one ("图片来源：X"), or an unlabelled
    "X供图" before a reprint notice (``_glued_giver``)."""
    if "供图" in text:
        given = _glued_giver(text)
        if given is not None:
            return given
    # Only the tail's reach is searched: a colon before it fails the test below all the
    # same, and most lines are longer than the tail (the one test most lines take).
    reach = max(0, len(text) - _TAIL_MAX)
    colon = max(text.rfind("：", reach), text.rfind(":", reach))
    if colon < _STORY_MIN or len(text) - colon > _TAIL_MAX:
        return None
    end = max(text.rfind(mark, 0, colon) for mark in _ENDS)
    if end < _STORY_MIN or colon - end > len("封面图片来源") + 2:
        return None
    match = _LABEL.match(text, end + 1)
    if match is None or match.end() != colon + 1 or colon + 1 >= len(text):
        return None
    return end + 1


def _glued_giver(text: str) -> int | None:
    """Where "X供图" and its notice, glued after ``text``'s last finished sentence, start."""
    at = text.rfind("供图")
    if at < _STORY_MIN or len(text) - at > _TAIL_MAX:
        return None
    end = max(text.rfind(mark, 0, at) for mark in _ENDS)
    if end < _STORY_MIN or at - end > _GIVER_MAX + 1:
        return None
    if _GIVEN.match(text, end + 1) is None:
        return None
    return end + 1

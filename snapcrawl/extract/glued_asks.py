"""A post's closing ask glued into the story's last paragraph: "…之后又会拥有什么样的生活呢?
更多后续内容，请关注微信公众号X，回复“Y”即可获取。", "…欢迎大家在评论区补充。当然大家也不要
忘记给X点赞、分享、收藏和关注！那么我们下一篇文章见". The account's words, set in the story's
paragraph instead of a line of their own, so the edge walk (edges.py) never meets them alone.

Only the body's last paragraph, and only its last sentences: each must be an ask the edge
walk knows (to follow, like, share, reply, tip) or the post's farewell ("下期再见"); the
story's own sentences before them stay, and a paragraph that is nothing but asks is the edge
walk's, not this one's. A sentence of the story that asks with other words stops it.
"""

from __future__ import annotations

import re

from snapcrawl.extract.button_asks import is_button_ask
from snapcrawl.extract.post_appeals import (
    is_follow_ask,
    is_post_appeal,
    is_reply_appeal,
    is_tip_ask,
)

_GATE = re.compile(r"关注|關注|点赞|點讚|转发|轉發|分享|收藏|在看|评论|評論|留言|赏|賞|见|見")
_SENTENCE = re.compile(r"[^。！？!?～~]+[。！？!?～~]*")
# "那么我们下一篇文章见", "我们下期再见！": the post's farewell to its reader.
_FAREWELL = re.compile(
    r"(?:下一?篇|下一?期|下次|下回|下集)(?:文章|内容|節目|节目)?(?:再)?(?:见|見)"
)
_FAREWELL_MAX = 40
_STORY_MIN = 20  # the story's words left before the asks


def _is_ask(sentence: str) -> bool:
    if len(sentence) <= _FAREWELL_MAX and _FAREWELL.search(sentence):
        return True
    return (
        is_follow_ask(sentence)
        or is_post_appeal(sentence)
        or is_button_ask(sentence)
        or is_reply_appeal(sentence)
        or is_tip_ask(sentence)
    )


def split_glued_asks(paragraph: str) -> tuple[str, str] | None:
    """The story's part of ``paragraph`` and the asks glued after it, or ``None``."""
    if _GATE.search(paragraph) is None:
        return None
    sentences = [m.group(0) for m in _SENTENCE.finditer(paragraph)]
    cut = len(sentences)
    while cut > 1 and _is_ask(sentences[cut - 1].strip()):
        cut -= 1
    if cut == len(sentences):
        return None
    story = "".join(sentences[:cut]).rstrip()
    if len(story) < _STORY_MIN:
        return None
    return story, "".join(sentences[cut:]).strip()

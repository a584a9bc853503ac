"""A repost note: "本文转自：X", "转载自微信公众号：X", "摘自《X》".

The page says where it took the story; the name it gives is the story's source, and any
story text glued after the name stays the story's.
"""

from __future__ import annotations

import re

_REPOST = re.compile(
    r"^[\s\[【(（]*(?:本文|此文|文章|本条|内容)?(?:转自|转载自|转载于|摘自|来源于|来自于|选自|原载于?|来源)"
    r"\s*(?:微信公众号|公众号|微信号|头条号|百家号|微博)?\s*[:：]\s*(?P<src>[^\s:：，,。)）\]】]{2,30}?)(?:[)）\]】]|(?=\s)|$|(?<=[网报社台刊志端]))"
)

_REPOST_TITLE = re.compile(
    r"^[\s\[【(（]*(?:本文|此文|文章)?(?:转自|转载自|摘自|选自|原载于?|来自)\s*[《【“「]"
    r"(?P<src>[^《》【】“”「」]{2,20})[》】”」][\s)）\]】。]*$"
)


# "冯某某转自某某网：": the one who posted it names himself before where he took it from, and
# the story follows on the next line. The whole line is the note: a name, the verb, the
# site, a closing colon; no clause.
_NAMED_REPOST = re.compile(
    r"^[\u4e00-\u9fff·]{2,4}\s*(?:转自|转载自|轉自|轉載自|摘自)\s*(?P<src>[^\s:：，,。；;]{2,20}?)\s*[:：]$"
)


# "第一时间" is a takedown word only for what the host does at once (第一时间删除, 第一时间
# 与您联系, 第一时间予以处理); a reporter or a reviewer saying "我们第一时间拿到了真机"


def repost_source(text: str) -> tuple[str, str] | None:
    """("X", rest) for a "本文转自：X" line; ``rest`` is any story text glued after X. A
    line that is only "转自《X》" (摘自, 选自, 原载) names the paper or book it came from."""
    match = _REPOST.match(text)
    if not match and len(text) <= 30 and (named := _NAMED_REPOST.match(text)):
        return named["src"], ""
    if not match:
        match = _REPOST_TITLE.match(text) if ("《" in text or "【" in text or "“" in text) else None
        return (match["src"], "") if match else None
    return match["src"], text[match.end() :].strip()

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


# "- 轉載自 X", "—— 转自X": a bare note closing a repost, a dash or a bullet before the verb and
# the name alone after it, no colon; the whole line is the note (no clause, no mark after).
_BARE_REPOST = re.compile(
    r"^[\s\-－—–~～·•*]*(?:转载自|轉載自|转自|轉自|摘自|選自|选自)\s*(?P<src>[^\s:：，,。；;！？!?]{2,20})$"
)
_BARE_REPOST_MAX = 30
_BARE_VERB_CHARS = frozenset("转轉摘选選")


# The outlet's word that may end a name glued to the story ("转自人民网北京3月5日…") may
# also stand inside a longer name ("CC情报局", "晚报社区"): when the word runs on, to a space
# or the line's end, for a few more characters, those are the name's, not a story's sentence
# (one opens with more than this). A dispatch's 电/讯 after the outlet is the story's.
_NAME_RUN_ON = re.compile(r"[^\s:：，,。；;)）\]】电電讯訊]{1,3}(?=\s|$)")
_SUFFIX_END = "网报社台刊志端"
# "文章来源: X 于 2024-08-10 07:14:31 - 新闻取自各大新闻媒体…": when the copy was posted,
# after the name, and the host's note after it belong to the note's line; no story opens
# with a bare "于" and a date.
_POSTED_AT = re.compile(
    r"^(?:于|於|发表于|發表於|发布于|發佈於)\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
)


# "第一时间" is a takedown word only for what the host does at once (第一时间删除, 第一时间
# 与您联系, 第一时间予以处理); a reporter or a reviewer saying "我们第一时间拿到了真机"


def repost_source(text: str) -> tuple[str, str] | None:
    """("X", rest) for a "本文转自：X" line; ``rest`` is any story text glued after X. A
    line that is only "转自《X》" (摘自, 选自, 原载) names the paper or book it came from."""
    match = _REPOST.match(text)
    if not match and len(text) <= 30 and (named := _NAMED_REPOST.match(text)):
        return named["src"], ""
    if (
        not match
        and len(text) <= _BARE_REPOST_MAX
        and _BARE_VERB_CHARS.intersection(text)  # every verb has one: most lines stop here
        and (bare := _BARE_REPOST.match(text))
    ):
        return bare["src"], ""
    if not match:
        match = _REPOST_TITLE.match(text) if ("《" in text or "【" in text or "“" in text) else None
        return (match["src"], "") if match else None
    src, end = match["src"], match.end()
    if (
        src[-1] in _SUFFIX_END
        and end < len(text)
        and not text[end].isspace()
        and len(src) < 30
        and (more := _NAME_RUN_ON.match(text, end))
    ):
        src, end = src + more.group(), more.end()
    rest = text[end:].strip()
    return src, "" if rest[:1] in "于於发發" and _POSTED_AT.match(rest) else rest

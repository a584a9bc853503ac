"""A post's closing note that its material comes from the internet: "PS：图片均来自互联网",
"（图片及故事素材均来源于互联网）", "转载来源：网络综合整理，在此致谢！", "本文信息来源于网络，
经小编重新编排，如有侵权请联系删除。". The account disclaiming what it collected, not the
story: a credit that names no one, with its thanks or takedown request.

Told by its shape: a few words naming the post's material (本文, 图片, 素材, 信息…), then
where it comes from (来自, 来源于, 整理自…) the internet, and at most a short clause after
(重新编排, 如有侵权请联系删除). A story's sentence about things "from the internet" has a
subject and goes on ("更多受到来自网络的讥讽"). Only at the body's end, as the
other host lines of a post are: the body's last paragraphs (a note above the story's
references, "剧照原图来自网络" over "参考资料：", stays with them).
"""

from __future__ import annotations

import re

from snapcrawl.extract.host_voice import is_reported_speech

_MAX = 60
_GATE = re.compile(r"网络|網絡|網路|互联网|互聯網|网上")
_NOTE = re.compile(
    r"^[\s（(【\[]*(?:PS|ps|P\.S\.|注|备注|備註|说明|說明|声明|聲明)?\s*[:：]?\s*"
    # the material: a few words, no clause
    r"(?P<what>[^，,。；;！!？?（(]{0,14}?)"
    r"(?:均|皆|都|全部|全都|大部分|部分)?"
    r"(?:来源于|來源於|来源|來源|来自于|来自|來自|源于|源於|源自|取自|选自|選自|整理自|整合自|"
    r"摘自|转自|轉自|收集自|搜集自|采集自)"
    r"[:：]?\s*(?:于|於)?\s*(?:网络|網絡|網路|互联网|互聯網|网上)"
)
_MATERIAL = re.compile(
    r"本文|此文|文章|本篇|内容|內容|信息|资讯|資訊|素材|资料|資料|图片|圖片|图文|圖文|图|圖|照片|"
    r"视频|視頻|文字|剧照|劇照|配图|配圖|转载|轉載"
)
_REST_MAX = 36  # "，经过X重新编排，如有侵权请联系删除。": the note's own tail
# What the tail says, if anything: how it was edited, the takedown, the thanks.
_REST = re.compile(
    r"^[\s）)】\]。.！!~～]*$|编排|編排|编辑|編輯|整理|侵|删除|刪除|致谢|致謝|感谢|感謝|谢谢|謝謝|版权|版權|"
    r"仅供|僅供|联系|聯繫"
)


def is_web_sourced_note(text: str) -> bool:
    """A post's note that its material comes from the internet (see the module's doc)."""
    if len(text) > _MAX or _GATE.search(text) is None:
        return False
    match = _NOTE.match(text)
    if match is None or _MATERIAL.search(match.group("what") or "") is None:
        return False
    rest = text[match.end() :]
    return (
        len(rest) <= _REST_MAX and _REST.search(rest) is not None and not is_reported_speech(text)
    )


_TAIL_MAX = 2


def web_sourced_tail(paragraphs: list[str]) -> int:
    """How many of the last ``paragraphs`` are such notes (0 to 2)."""
    count = 0
    while (
        count < _TAIL_MAX
        and count < len(paragraphs) - 1
        and is_web_sourced_note(paragraphs[-1 - count])
    ):
        count += 1
    return count

"""Drop a cookie-consent panel saved with the page.

A consent plug-in (CookieYes, Civic Cookie Control, OneTrust, a site's own) draws its
banner and its preference centre over the page; saved from a browser, their lines stand
in the page's text, often above the story: "自定义同意首选项", "我们使用 cookie 来帮助您…",
one paragraph for each kind of cookie (in the plug-in's English when the site did not
translate it), "没有可显示的 cookie。", "始终活跃", "全部拒绝 | 全部接受". One line of
such a banner is chrome already (chrome_vocab.COOKIE_NOTICE); a panel is the box whose
lines speak of cookies for most of their text and that offers the reader a choice or
speaks as the site. The box goes from the tree with what it holds (headings, switches,
buttons), and the page's lines are read again, so the panel cannot be chosen as the story
of a page where it outweighs it. A story about cookies has no such box: its cookie lines
share their element with the rest of the story, and it asks the reader nothing.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line, run_under
from snapcrawl.extract.furniture import drop_element

__all__ = ["drop_consent_boxes"]

_BOX_LINES = 60  # a preference centre lists a handful of kinds, a few lines each
_SAID = re.compile(r"[Cc]ookie|COOKIE|饼干|餅乾|小型文字檔")
# The reader's choice (accept, refuse, set) or the site speaking of its own use.
_CHOICE = re.compile(
    r"接受|同意|拒绝|拒絕|偏好|首选项|首選項|设置|設定|我们|我們|本网站|本網站|本站"
    r"|[Aa]ccept|[Rr]eject|[Pp]reference|[Cc]onsent|[Ww]e use|[Tt]his (?:site|website)"
)
_HTML_TOP = ("body", "html")


def drop_consent_boxes(lines: list[Line]) -> bool:
    """Remove each consent panel (see the module) from the tree; whether any was removed
    (the page's lines are then read again)."""
    # A substring test first, most lines never speak of cookies.
    said = [
        i
        for i, line in enumerate(lines)
        if (
            "ookie" in (text := line.text)
            or "OOKIE" in text
            or "餅" in text
            or "饼" in text
            or "文字檔" in text
        )
        and _SAID.search(text)
    ]
    if len(said) < 2:
        return False
    marked = set(said)
    boxes = []
    for i in said:
        if any(box in lines[i].ancestors for box in boxes):
            continue
        best = None
        for anc in lines[i].ancestors:
            if anc.tag in _HTML_TOP:
                break
            run = run_under(lines, i, anc, _BOX_LINES)
            if run is None:
                break
            total = sum(lines[j].chars for j in run)
            cookie = sum(lines[j].chars for j in run if j in marked)
            if cookie * 2 < total:
                break
            if sum(1 for j in run if j in marked) >= 2:
                best = (anc, run)
        if best is not None and any(_CHOICE.search(lines[j].text) for j in best[1]):
            boxes.append(best[0])
    for box in boxes:
        drop_element(box)
    return bool(boxes)

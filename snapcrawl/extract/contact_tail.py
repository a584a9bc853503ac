"""A poster's contact block closing its post: "TEL：…", "企业QQ：…", "微信：…", "X主页：http…".

A company's news post (a clinic's, a shop's) ends its story with how to reach the company
and an appeal to follow its news ("关注X新闻，让你了解更多信息"): the poster's standing
promo, printed under every post, not the story's. Position tells it: the block is a run of
lines, every one a labelled contact or a short follow appeal, that closes the story's text
(nothing but links, the post's prev/next and tags, or cut lines after it), and it names a
channel a promo gives (QQ, 微信, 微博, a home page), not only a telephone and an address.
A story's own contact sentence ("咨询电话：…" closing a notice) is one line, or a notice's
office lines with no such channel, and stays (credit_contacts, tail_strangers leave them).
"""

from __future__ import annotations

import re

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

# a label near the line's start ("TEL：", "企业QQ:", "韩国id医院主页："), then its value
_LABEL = re.compile(
    r"(?:TEL|Tel|tel|电话|電話|热线|熱線|手机|手機|传真|傳真|QQ|微信号?|微博|邮箱|郵箱|E-?mail"
    r"|地址|網址|网址|官网|官網|主页|主頁|网站|網站)\s*(?:号码?)?\s*[:：]\s*\S"
)
_CHANNEL = ("QQ", "微信", "微博", "主页", "主頁", "官网", "官網", "网址", "網址", "网站", "網站")
_LABEL_AT = 14  # the label within the line's first characters: "韩国id医院主页："
_CONTACT_MAX = 80
_APPEAL_MAX = 40  # "关注韩国id医院新闻，让你了解更多信息。"
_MIN_RUN = 3
_MIN_CONTACTS = 2
_AFTER_MAX = 2


def _contact(text: str) -> bool:
    if len(text) > _CONTACT_MAX or ("：" not in text and ":" not in text):
        return False
    label = _LABEL.search(text)
    return label is not None and label.start() <= _LABEL_AT


def _appeal(text: str) -> bool:
    return len(text) <= _APPEAL_MAX and ("关注" in text or "關注" in text)


def cut_contact_tail(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "contact_tail" a run of contact lines and follow appeals that closes the
    story's text and names a promo's channel (see the module)."""
    n = len(lines)
    end = n  # past the story's last text line: only links and cut lines after it
    while end > 0 and (lines[end - 1].is_link or kinds[end - 1][0] is Kind.BAD):
        end -= 1
    for stop in _text_ends(lines, kinds, end):
        start = stop
        while start > 0 and not lines[start - 1].is_link:
            text = lines[start - 1].text.strip()
            if not (_contact(text) or _appeal(text)):
                break
            start -= 1
        run = [lines[k].text for k in range(start, stop)]
        contacts = [text for text in run if _contact(text.strip())]
        if (
            len(run) >= _MIN_RUN
            and len(contacts) >= _MIN_CONTACTS
            and any(word in text for text in contacts for word in _CHANNEL)
            and any(kinds[k][0] is Kind.GOOD for k in range(start))  # a story above it
        ):
            for k in range(start, stop):
                kinds[k] = (Kind.BAD, "contact_tail")


def _text_ends(lines: list[Line], kinds: list[tuple[Kind, str]], end: int) -> list[int]:
    """Where a run may close the story's text: at its end, or over the links that close a
    post's own box (its prev/next, its tags) with at most a host's line or two after them."""
    ends = [end]
    after = 0  # text lines after the position: a host's box, not the story going on
    for k in range(end - 1, 0, -1):
        if lines[k].is_link:
            if not lines[k - 1].is_link:
                ends.append(k)
        elif kinds[k][0] is not Kind.BAD:
            after += 1
            if after > _AFTER_MAX:
                break
    return ends

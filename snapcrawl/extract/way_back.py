"""A portal's link back to itself ("返回搜狐，查看更多") set inside the story's last
paragraph: the site's control, glued to the story's words (and to a "文/X" byline before
it) in one line. It is dropped from the tree before the lines are read, so the paragraph
and its byline are read as the page wrote them. Only after a finished sentence: after a
caption's few words ("X与Y") the line as a whole is the picture's and goes as it did;
alone on a line it is a UI phrase already (chrome_vocab.POST_PHRASES)."""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.furniture import drop_element

GATE = "查看更多"  # every way-back link holds it: most pages skip the walk
_WAY_BACK = re.compile(r"^返回\S{1,8}[，,\s]\s*查看更多$")
_MAX_CHARS = 16
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")


def drop_way_back_links(root: etree._Element) -> None:
    """Remove each ``<a>`` whose whole text is a way back to the portal ("返回X，查看更多")
    and that follows a finished sentence in its paragraph."""
    for link in [el for el in root.iter("a") if _is_way_back(el) and _after_sentence(el)]:
        drop_element(link)


def _is_way_back(link: etree._Element) -> bool:
    text = "".join(link.itertext()).strip()
    return len(text) <= _MAX_CHARS and _WAY_BACK.match(text) is not None


def _after_sentence(link: etree._Element) -> bool:
    """Whether the text before ``link`` in its parent holds a finished sentence."""
    parent = link.getparent()
    if parent is None:
        return False
    before = [parent.text or ""]
    for child in parent:
        if child is link:
            break
        before.append("".join(child.itertext()))
        before.append(child.tail or "")
    text = "".join(before)
    return any(mark in text for mark in _SENTENCE_ENDS)

"""Footers and asides that hold nothing but credits: the story's, not the site's furniture.

``furniture`` strips every ``<footer>`` and ``<aside>``: most are the site's footer and its
sidebars. But a page may close its story with a box of credits in one (HTML5's article
footer, "<footer>责任编辑：X | 审校：Y</footer>" inside ``<article>``; a credits box,
"<aside><p>统筹 X</p><p>文字 Y Z</p><p>责编 W</p></aside>"). Stripped, its names are lost to
the author and editor readers. A box every line of which is a credit is kept (as a
``<div>``), and the body drops its lines as credits, as it does anywhere. An article's
information box reads the same with its heading, its meta lines and its counts beside the
credits ("文章信息" | "作者：X" | "来源：Y" | "责任编辑：Z" | "字数：860", one a list item): it
is kept when two of its lines or more are credits and every other line is one of those.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.fact_rows import COUNT_ROW
from snapcrawl.extract.meta_labels import is_meta_line
from snapcrawl.extract.text import normalize_text

_BOX_MAX = 200  # the characters of a credits box: a few short lines
_PARTS_MAX = 8  # and as many credit lines at most
_LISTS = ("ul", "ol", "dl")  # an information box lists its fields, one an item
_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "header", "strong", "b")
_HEADING_MAX = 8  # "文章信息", "本文信息": a box's title
_BOX_CREDITS = 2  # the credits that make such a box the story's


def _parts(box: etree._Element) -> list[str] | None:
    """The box's lines (its children's texts, or its own text), or ``None`` when it holds
    more than a few short lines."""
    text = etree.tostring(box, method="text", encoding=str, with_tail=False)
    if not text.strip() or len(text) > _BOX_MAX:
        return None
    children = []
    for child in box:
        if isinstance(child.tag, str):  # a list's items are the box's lines
            items = [i for i in child if isinstance(i.tag, str)] if child.tag in _LISTS else []
            children += items or [child]
    if len(children) > _PARTS_MAX:
        return None
    texts = [normalize_text("".join(child.itertext())) for child in children] or [text]
    if box.text and box.text.strip() and children:
        texts.append(box.text)
    parts = [normalize_text(t) for t in texts]
    return [p for p in parts if p]


def keep_credit_boxes(footers: list[etree._Element], asides: list[etree._Element]) -> None:
    """Turn each footer inside an ``<article>`` and each aside (``footers``, ``asides``: the
    page's, from ``structured.survey``) whose every line is a credit into a ``<div>``, so
    that furniture keeps it."""
    boxes = [f for f in footers if next(f.iterancestors("article"), None) is not None]
    for box in (*boxes, *asides):
        if box.tag == "div":
            continue  # a headline's aside, kept already
        parts = _parts(box)
        if not parts:
            continue
        credits = [len(p) <= thresholds.CREDIT_MAX and is_credit(p) for p in parts]
        if all(credits) or (sum(credits) >= _BOX_CREDITS and _info_box(box, parts, credits)):
            box.tag = "div"


def _info_box(box: etree._Element, parts: list[str], credits: list[bool]) -> bool:
    """Whether the lines that are no credits are an information box's heading (its first
    child, a heading's tag), meta lines or counts."""
    first = next((c for c in box if isinstance(c.tag, str)), None)
    for pos, (part, credit) in enumerate(zip(parts, credits, strict=True)):
        if credit or is_meta_line(part) or COUNT_ROW.match(part):
            continue
        heading = first is not None and first.tag in _HEADINGS and len(part) <= _HEADING_MAX
        if not (pos == 0 and heading):
            return False
    return True

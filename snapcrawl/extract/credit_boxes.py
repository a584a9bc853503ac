"""Footers and asides that hold nothing but credits: the story's, not the site's furniture.

``furniture`` strips every ``<footer>`` and ``<aside>``: most are the site's footer and its
sidebars. But a page may close its story with a box of credits in one (HTML5's article
footer, "<footer>责任编辑：X | 审校：Y</footer>" inside ``<article>``; a credits box,
"<aside><p>统筹 X</p><p>文字 Y Z</p><p>责编 W</p></aside>"). Stripped, its names are lost to
the author and editor readers. A box every line of which is a credit is kept (as a
``<div>``), and the body drops its lines as credits, as it does anywhere.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.text import normalize_text

_BOX_MAX = 200  # the characters of a credits box: a few short lines
_PARTS_MAX = 8  # and as many credit lines at most


def _parts(box: etree._Element) -> list[str] | None:
    """The box's lines (its children's texts, or its own text), or ``None`` when it holds
    more than a few short lines."""
    text = etree.tostring(box, method="text", encoding=str, with_tail=False)
    if not text.strip() or len(text) > _BOX_MAX:
        return None
    children = [child for child in box if isinstance(child.tag, str)]
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
        if parts and all(len(p) <= thresholds.CREDIT_MAX and is_credit(p) for p in parts):
            box.tag = "div"

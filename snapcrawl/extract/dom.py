"""Parse a page and flatten it into text lines that remember where they came from.

Every later step (container choice, noise layers, metadata) works on the same list of
``Line`` objects. A line ends at a block boundary or a ``<br>``, so ``<p>`` pages, ``<br>``
runs, table cells and ``<font>`` soup all come out as the paragraphs a reader sees; each line
keeps its owning block element, how much of it is link text and the links it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lhtml

from snapcrawl.extract.text import clean_fragment, normalize_text, punctuation_count, visible_len
from snapcrawl.extract.vocab import (
    BLOCK_TAGS,
    CONTENT_CLASS_TOKENS,
    DROP_TAGS,
    HEADING_TAGS,
    NOISE_CLASS_TOKENS,
)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[-_\s:.]+|(?<=[a-z])(?=[A-Z])")


@dataclass(slots=True, eq=False)
class Line:
    """One visible line of the page."""

    text: str
    owner: etree._Element  # nearest block-level ancestor
    index: int
    chars: int = 0
    link_chars: int = 0
    punct: int = 0
    heading: bool = False
    hrefs: tuple[str, ...] = ()
    ancestors: tuple[etree._Element, ...] = field(default=())

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def parse_html(text: str) -> etree._Element | None:
    """Parse markup leniently; ``None`` when there is no document at all."""
    text = clean_fragment(_XML_DECL.sub("", text, count=1))
    if not text.strip():
        return None
    parser = lhtml.HTMLParser(remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lhtml.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


def class_names(el: etree._Element) -> list[set[str]]:
    """Each class name and the id of an element, as sets of lower-cased tokens."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".split()
    return [{t.lower() for t in _TOKEN_SPLIT.split(name) if t} for name in raw]


def is_noise_region(el: etree._Element) -> bool:
    """Whether class/id call this element page furniture.

    A name with a furniture token is furniture even with a content word in it
    ("comment-content", "reply-text"); a separate plain content name ("content" beside
    "ad-free") vetoes it.
    """
    names = class_names(el)
    if not any(name & NOISE_CLASS_TOKENS for name in names):
        return False
    return not any(name & CONTENT_CLASS_TOKENS and not name & NOISE_CLASS_TOKENS for name in names)


def strip_furniture(root: etree._Element) -> None:
    """Remove elements that never hold article text (scripts, forms' widgets, nav, footers)."""
    for el in list(root.iter(*DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        if el.getparent() is not None:
            el.drop_tree()
    # Hidden copies (print versions, templates, tab panes): the reader never sees them.
    for el in list(root.xpath("//*[@hidden or @style]")):
        style = (el.get("style") or "").replace(" ", "").lower()
        if (
            el.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style
        ) and (el.getparent() is not None and el.tag not in ("html", "body")):
            el.drop_tree()


def _body(root: etree._Element) -> etree._Element:
    return root


def flatten(root: etree._Element) -> list[Line]:
    """Walk the tree once and return its visible lines in reading order."""
    lines: list[Line] = []
    pieces: list[tuple[str, bool]] = []
    hrefs: list[str] = []
    blocks: list[etree._Element] = []
    link_depth = 0
    heading_depth = 0

    def flush(owner: etree._Element) -> None:
        if not pieces:
            return
        text = normalize_text("".join(p for p, _ in pieces))
        if text:
            chars = visible_len(text)
            link = sum(visible_len(p) for p, is_link in pieces if is_link)
            lines.append(
                Line(
                    text=text,
                    owner=owner,
                    index=len(lines),
                    chars=chars,
                    link_chars=min(link, chars),
                    punct=punctuation_count(text),
                    heading=heading_depth > 0,
                    hrefs=tuple(hrefs),
                )
            )
        pieces.clear()
        hrefs.clear()

    body = _body(root)
    blocks.append(body)
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if el is body:
                if el.text:
                    pieces.append((el.text, False))
                continue
            if tag in BLOCK_TAGS:
                flush(blocks[-1])
                if tag != "br" and tag != "hr":
                    blocks.append(el)
            if tag in HEADING_TAGS:
                heading_depth += 1
            if tag == "a":
                link_depth += 1
                href = el.get("href")
                if href:
                    hrefs.append(href.strip())
            if el.text and tag not in ("br", "hr"):
                pieces.append((el.text, link_depth > 0))
        else:
            if el is body:
                flush(body)
                continue
            if tag == "a":
                link_depth -= 1
            if tag in HEADING_TAGS:
                flush(blocks[-1])
                heading_depth -= 1
            if tag in BLOCK_TAGS and tag not in ("br", "hr"):
                flush(blocks[-1])
                blocks.pop()
            if el.tail:
                pieces.append((el.tail, link_depth > 0))
    flush(blocks[-1] if blocks else body)
    return lines


def attach_ancestors(lines: list[Line]) -> None:
    """Record each line's block owner and its ancestors (innermost first)."""
    cache: dict[etree._Element, tuple[etree._Element, ...]] = {}
    for line in lines:
        chain = cache.get(line.owner)
        if chain is None:
            chain = (line.owner, *line.owner.iterancestors())
            cache[line.owner] = chain
        line.ancestors = chain

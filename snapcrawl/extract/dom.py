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

from snapcrawl.extract import thresholds
from snapcrawl.extract.text import (
    drop_void_references,
    normalize_text,
    punctuation_count,
    visible_len,
)
from snapcrawl.extract.vocab import (
    BLOCK_TAGS,
    CONTENT_CLASS_TOKENS,
    DROP_TAGS,
    HEADING_TAGS,
    NOISE_CLASS_TOKENS,
)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_EARLY_END = re.compile(r"</(?:html|HTML|body|BODY)")  # no IGNORECASE: a fast literal scan
_TOKEN_SPLIT = re.compile(r"[-_\s:.]+|(?<=[a-z])(?=[A-Z])")
# What a tag does to lines, for the walk in ``flatten``.
_INLINE, _LINK, _BREAK, _BLOCK, _HEADING = range(5)
_KIND = {
    **{tag: _BLOCK for tag in BLOCK_TAGS},
    **{tag: _HEADING for tag in HEADING_TAGS},
    "br": _BREAK,
    "hr": _BREAK,
    "a": _LINK,
}
_TRANSPARENT = re.compile(r"(?:^|;)opacity:0?\.?0*(?:;|!|$)")
# Counted inside libxml2: the text's length minus its length without the marks.
_SENTENCE_ENDS = "。！？!?"
_NOISE_SUBSTRING = re.compile("|".join(sorted(NOISE_CLASS_TOKENS, key=len, reverse=True)))


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
    # Set once per page by ``layout.annotate``:
    noise_at: int = -1  # position in ``ancestors`` of the innermost furniture region, or -1
    stamp: bool = False  # a date stamp or a stamped list item ("标题 2025-02-13")
    teaser: bool = False  # prose inside a list item, after the item's title link
    is_link: bool = False  # mostly link text (``thresholds.is_link_line``), set by ``flatten``
    notice: tuple[tuple[str, ...], int] | None = None  # (site names, strength), by noise

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def parse_html(text: str) -> etree._Element | None:
    """Parse markup leniently; ``None`` when there is no document at all.

    Plain ``lxml.etree`` elements, not ``lxml.html`` ones: the class lookup of the latter
    costs as much as the walk over the tree.
    """
    # Invisible marks and control bytes are left to ``normalize_text``, line by line: cleaning
    # the whole document first would cost a third of the parse. Only NUL would reach the
    # text (as U+FFFD).
    text = _XML_DECL.sub("", text, count=1)
    # libxml2 drops what follows an early </html> (a stray one, before the content).
    if _EARLY_END.search(text, 0, max(0, len(text) - thresholds.END_TAG_TAIL)):
        text = _END_TAGS.sub("", text)
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = drop_void_references(text)  # &#0; and the like: NUL by another name
    if not text or text.isspace():
        return None
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True)
    try:
        return etree.fromstring(text, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


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
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not _NOISE_SUBSTRING.search(raw):  # no token can match: most elements stop here
        return False
    names = class_names(el)
    if not any(name & NOISE_CLASS_TOKENS for name in names):
        return False
    return not any(name & CONTENT_CLASS_TOKENS and not name & NOISE_CLASS_TOKENS for name in names)


def _drop(el: etree._Element) -> None:
    """Remove ``el`` and what it holds, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _is_hidden(el: etree._Element) -> bool:
    """Hidden by an attribute or an inline style (display, visibility, opacity)."""
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return "opacity" in style and _TRANSPARENT.search(style) is not None


def _sentences(el: etree._Element) -> int:
    """Sentence ends under ``el``: a cheap count of the prose it holds.

    ``str.count`` over the joined text, not XPath ``translate``: libxml2's translate walks
    the text a character at a time, 3x slower, and a hidden data blob of 170,000
    characters (seen on a real page) cost 14 ms that way."""
    text = (el.text or "") if len(el) == 0 else "".join(el.itertext())
    return sum(map(text.count, _SENTENCE_ENDS))


def _styled_or_hidden(root: etree._Element) -> list[etree._Element]:
    """The elements with a ``hidden`` or ``style`` attribute, in document order.

    A Python walk, not XPath ``//*[@hidden or @style]``: libxml2's XPath also steps through
    every text node and builds a node set, which costs half as much again as asking each
    element for its attribute names (most have none)."""
    found: list[etree._Element] = []
    for el in root.iter(etree.Element):  # elements only: no comments or PIs
        names = el.keys()
        if names and ("style" in names or "hidden" in names):
            found.append(el)
    return found


def _attached(el: etree._Element, root: etree._Element) -> bool:
    """Whether ``el`` is still in ``root``'s tree: an element that ``strip_elements``
    removed (or one inside it) keeps its own subtree, whose top is not ``root``."""
    top = el
    for top in el.iterancestors():  # noqa: B007 - the last ancestor is wanted
        pass
    return top is root


def strip_furniture(root: etree._Element, styled: list[etree._Element] | None = None) -> None:
    """Remove elements that never hold article text (scripts, forms' widgets, nav, footers).

    ``styled``: the elements with a ``style`` or ``hidden`` attribute from a walk of the
    tree made before this call (``structured.survey``), to spare a second walk; those
    inside what is stripped first are left out here, so the result is the same."""
    etree.strip_elements(
        root, *DROP_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )
    # Hidden copies (print versions, templates, tab panes, menus): the reader never sees
    # them. But some pages hide the article itself until a script reveals it (WeChat's
    # ``visibility: hidden`` body): a hidden element holding more of the page's prose than
    # everything else together is that article, and stays.
    if styled is None:
        styled = _styled_or_hidden(root)
        hidden = [el for el in styled if el.tag not in ("html", "body") and _is_hidden(el)]
    else:  # the cheap tests first: few styled elements are hidden
        hidden = [
            el
            for el in styled
            if el.tag not in ("html", "body") and _is_hidden(el) and _attached(el, root)
        ]
    page_sentences = -1
    dropped: set[etree._Element] = set()
    for el in hidden:
        if any(anc in dropped for anc in el.iterancestors()):
            continue
        sentences = _sentences(el)
        if sentences >= thresholds.MIN_HIDDEN_SENTENCES:
            if page_sentences < 0:
                page_sentences = _sentences(root)
            if sentences > page_sentences - sentences:
                continue
        dropped.add(el)
        _drop(el)


def flatten(root: etree._Element) -> list[Line]:
    """Walk the tree once and return its visible lines in reading order."""
    lines: list[Line] = []
    parts: list[str] = []  # text of the line being read
    link_parts: list[str] = []  # the part of it inside links
    hrefs: list[str] = []
    blocks: list[etree._Element] = [root]
    link_depth = 0
    heading_depth = 0
    solid = False  # whether ``parts`` holds more than whitespace

    def emit(owner: etree._Element) -> None:
        text = normalize_text("".join(parts))
        if text:
            chars = len(text) - text.count(" ") - text.count("\u3000")  # normalised spaces
            link = visible_len("".join(link_parts)) if link_parts else 0
            line = Line(
                text,
                owner,
                len(lines),
                chars,
                min(link, chars),
                punctuation_count(text),
                heading_depth > 0,
                tuple(hrefs),
            )
            line.is_link = thresholds.is_link_line(line)
            lines.append(line)

    walk = etree.iterwalk(root, events=("start", "end"))
    next(walk)  # the root's own start: its text opens the first line
    if root.text:
        parts.append(root.text)
        solid = not root.text.isspace()
    for event, el in walk:
        kind = _KIND.get(el.tag, _INLINE)
        if event == "start":
            if kind >= _BREAK:  # a block or a break: the text so far is a line
                if parts:
                    if solid:
                        emit(blocks[-1])
                    parts.clear()
                    link_parts.clear()
                    hrefs.clear()
                    solid = False
                if kind == _BREAK:
                    continue
                blocks.append(el)
                if kind == _HEADING:
                    heading_depth += 1
            elif kind == _LINK:
                link_depth += 1
                href = el.get("href")
                if href:
                    hrefs.append(href.strip())
            text = el.text
        else:
            if el is root:
                break
            if kind >= _BLOCK:
                if parts:
                    if solid:
                        emit(blocks[-1])
                    parts.clear()
                    link_parts.clear()
                    hrefs.clear()
                    solid = False
                if kind == _HEADING:
                    heading_depth -= 1
                blocks.pop()
            elif kind == _LINK:
                link_depth -= 1
            text = el.tail
        if text:
            parts.append(text)
            if link_depth:
                link_parts.append(text)
            if not solid and not text.isspace():
                solid = True
    if parts and solid:
        emit(blocks[-1])
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

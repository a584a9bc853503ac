"""The walk from a parsed (and stripped) tree to its visible lines, in reading order.

A line ends at a block boundary or a ``<br>``, so ``<p>`` pages, ``<br>`` runs, table cells
and ``<font>`` soup all come out as the paragraphs a reader sees; each line keeps its owning
block element, its ancestors, how much of it is link text and the links it holds.

The walk is the costliest Python loop of a page (~540 elements and ~157 lines on the
benchmark pages), and what lxml charges for each element read is fixed, so the loop reads
each element's tag, text and tail once and does as little else as it can: the line is built
in one call (``emit``), the buffers are emptied only when they hold something, and a
whitespace-only run is dropped before any call.

Each owner's ancestor chain (``Line.ancestors``) is built here, once per owner, off the stack
of open elements, not on first use: ``layout.annotate`` reads every line's and
``body._score`` nearly every owner's, so a lazy chain would be built as often, from lxml's
``iterancestors()`` instead of a slice of a list the walk holds anyway.
"""

from __future__ import annotations

from itertools import chain

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line
from snapcrawl.extract.text import normalize_punctuated, visible_len
from snapcrawl.extract.vocab import BLOCK_TAGS, HEADING_TAGS

# What a tag does to lines.
_INLINE, _LINK, _BREAK, _BLOCK, _HEADING = range(5)
_KIND = {
    **{tag: _BLOCK for tag in BLOCK_TAGS},
    **{tag: _HEADING for tag in HEADING_TAGS},
    "br": _BREAK,
    "hr": _BREAK,
    "a": _LINK,
}
_LINK_LINE_DENSITY = thresholds.LINK_LINE_DENSITY  # ``thresholds.is_link_line``, written out
# The endings of a link to a picture file: a slider's zoom, not a way to another page, so
# the block of words each of a slider's slides wraps (a gallery's slide text) is not link
# text.
_PICTURE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".webp")
_PICTURE_ENDINGS_ANY_CASE = _PICTURE_ENDINGS + tuple(e.upper() for e in _PICTURE_ENDINGS)


def _to_picture(href: str) -> bool:
    """Whether a link opens a picture file ("…/pic/0031.jpg", "…/A.PNG?w=800"); asked once a
    link, so no lower-casing or split unless the link has a query."""
    if "?" in href:
        href = href.partition("?")[0]
    return href.endswith(_PICTURE_ENDINGS_ANY_CASE)


def _holds_block(link: etree._Element) -> bool:
    """Whether a link wraps a block (a slide's "<div><p>…</p></div>"), not a button's word
    ("<a href=1.jpg>放大图片</a>", which stays link text)."""
    return any(_KIND.get(child.tag, _INLINE) >= _BLOCK for child in link.iter(etree.Element))


_MIN_SLIDES = 3  # a slider's run of slides, not one photo's caption in its lightbox link


def _among_slides(link: etree._Element) -> bool:
    """Whether the link stands among sibling links to pictures, a slider's slides; a photo
    alone in its box, its caption inside its zoom link, is no slide and no story."""
    parent = link.getparent()
    if parent is None:
        return False
    slides = 0
    for sibling in parent:
        if sibling.tag == "a" and _to_picture((sibling.get("href") or "").strip()):
            slides += 1
            if slides >= _MIN_SLIDES:
                return True
    return False


_STORY_SENTENCES = 3  # a teaser card's title and summary end fewer sentences than this
_SENTENCE_ENDS = "。！？"


def _wraps_story(link: etree._Element) -> bool:
    """Whether a link whose address is a script call ("JavaScript:void(0)") is a click box
    round paragraphs of the story: a gallery opener a template left unclosed, so that the
    picture's figure and the paragraphs after it are inside it. Such a link leads to no page,
    and its words are the story's prose, not a teaser's link text. A script-driven teaser
    card (a title block and a one- or two-sentence summary) stays link text. Asked only of
    a script link: the text is read only when it holds a block."""
    if not _holds_block(link):
        return False
    parent = link.getparent()
    if parent is not None and parent.tag == "li":
        return False  # a feed's card: the list item is the link (avatar, name, time, text)
    text = "".join(link.itertext())
    return sum(text.count(end) for end in _SENTENCE_ENDS) >= _STORY_SENTENCES


_WRAPPED_BREAKS = 4  # a link's words broken into this many lines or more by its own <br>s
_WRAPPED_SENTENCES = 6  # ... ending this many sentences: a story, not a card's teaser


def _wraps_lines(link: etree._Element) -> bool:
    """Whether a link to a page wraps a whole story in ``<br>``-broken paragraphs (a video
    page's transcript set inside its link to the text version): many sentences over many
    lines, where a card's link holds a title and a sentence or two. Its words are the
    story's prose, not link text. Asked of every link with children: the child count and
    the ``<br>`` count come before any text is read."""
    if len(link) < _WRAPPED_BREAKS:
        return False
    if sum(1 for child in link if child.tag == "br") < _WRAPPED_BREAKS:
        return False
    text = "".join(link.itertext())
    return (
        len(text) >= thresholds.STRONG_PROSE_CHARS
        and sum(text.count(end) for end in _SENTENCE_ENDS) >= _WRAPPED_SENTENCES
    )


def flatten(root: etree._Element) -> list[Line]:
    """Walk the tree once and return its visible lines in reading order."""
    lines: list[Line] = []
    parts: list[str] = []  # text of the line being read
    link_parts: list[str] = []  # the part of it inside links
    hrefs: list[str] = []
    blocks: list[etree._Element] = [root]
    # Where each block stands in ``opened`` (below): the open elements are the path from
    # the root, so a block's ancestors are the ones opened before it, read off the stack
    # instead of asking lxml for each owner's ``iterancestors()``.
    depths: list[int] = [0]
    chains: dict[etree._Element, tuple[etree._Element, ...]] = {}
    above = tuple(root.iterancestors())  # when ``root`` is not the document's root
    link_depth = 0
    heading_depth = 0
    solid = False  # whether ``parts`` holds more than whitespace

    def emit(owner: etree._Element) -> None:
        """Close the line ``parts`` holds; ``owner`` is ``blocks[-1]``. A code block's text
        keeps its own line breaks: each of its lines is a line."""
        joined = "".join(parts)
        if owner.tag == "pre" and not link_parts and "\n" in joined.strip():
            pieces: list[str] | tuple[str] = joined.split("\n")
            link = 0
        else:
            pieces = (joined,)
            link = visible_len("".join(link_parts)) if link_parts else 0
        ancestors = chains.get(owner)
        if ancestors is None:
            ancestors = chains[owner] = (*opened[depths[-1] :: -1], *above)
        for piece in pieces:
            text, chars, punct = normalize_punctuated(piece)
            if text:
                line = Line(
                    text,
                    owner,
                    len(lines),
                    chars,
                    link if link < chars else chars,
                    punct,
                    heading_depth > 0,
                    tuple(hrefs),
                    ancestors,
                )
                line.is_link = link > _LINK_LINE_DENSITY * chars  # link < chars: as with min
                lines.append(line)

    if root.text:  # the root's own text opens the first line
        parts.append(root.text)
        solid = not root.text.isspace()
    # ``root.iter()`` gives each element's start; an element ends where the next one is not
    # inside it, so the ends come off a stack of open elements. These are the events of
    # ``etree.iterwalk(root, events=("start", "end"))`` in the same order, but the walk
    # costs half as much (iterwalk builds an event tuple per step).
    opened: list[etree._Element] = [root]
    kinds: list[int] = [_BLOCK]
    nodes = root.iter(etree.Element)  # as iterwalk: no comments or PIs (nor their tails)
    next(nodes)  # the root's own start, read above
    for el in chain(nodes, (None,)):  # None: end whatever is still open below the root
        parent = root if el is None else el.getparent()
        while opened[-1] is not parent:  # the end of each element ``el`` is not inside
            kind = kinds.pop()
            if kind >= _BLOCK:
                if parts:
                    if solid:
                        emit(blocks[-1])  # before the pop: the line reads its ancestors
                        solid = False
                    parts.clear()
                    if link_parts:
                        link_parts.clear()
                    if hrefs:
                        hrefs.clear()
                if kind == _HEADING:
                    heading_depth -= 1
                blocks.pop()
                depths.pop()
            elif kind == _LINK:
                link_depth -= 1
            text = opened.pop().tail
            if text:
                parts.append(text)
                if link_depth:
                    link_parts.append(text)
                if not solid:
                    solid = not text.isspace()
        if el is None:
            break
        kind = _KIND.get(el.tag, _INLINE)
        if kind == _LINK:
            href = el.get("href") or None  # read once: the hrefs below keep it
            if href is not None:
                href = href.strip()  # "" when only spaces: kept, as the walk always has
                if _to_picture(href) and _holds_block(el) and _among_slides(el):
                    kind = _INLINE  # a slide's zoom link (``_to_picture``): its words are prose
                elif href[:1] in "jJ" and href[:11].lower() == "javascript:" and _wraps_story(el):
                    kind = _INLINE  # a script's click box round blocks (above)
                elif len(el) >= _WRAPPED_BREAKS and _wraps_lines(el):
                    kind = _INLINE  # a story's paragraphs inside one link (above)
        opened.append(el)
        kinds.append(kind)
        if kind >= _BREAK:  # a block or a break: the text so far is a line
            if parts:
                if solid:
                    emit(blocks[-1])
                    solid = False
                parts.clear()
                if link_parts:
                    link_parts.clear()
                if hrefs:
                    hrefs.clear()
            if kind == _BREAK:
                continue
            blocks.append(el)
            depths.append(len(opened) - 1)
            if kind == _HEADING:
                heading_depth += 1
        elif kind == _LINK:
            link_depth += 1
            if href is not None:  # read above; "" when the address was only spaces
                hrefs.append(href)
        text = el.text
        if text:
            parts.append(text)
            if link_depth:
                link_parts.append(text)
            if not solid:
                solid = not text.isspace()
    if parts and solid:
        emit(blocks[-1])
    return lines

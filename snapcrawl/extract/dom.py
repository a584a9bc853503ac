"""Parse a page, and the ``Line`` its text is read into (``walk.flatten``).

Every later step (container choice, noise layers, metadata) works on the same list of
``Line`` objects: one visible line each, which keeps its owning block element, how much of
it is link text and the links it holds. The class names that call a region furniture are
judged here too (``is_noise_names``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.furniture import strip_furniture  # noqa: F401 - long imported from here
from snapcrawl.extract.text import drop_void_references
from snapcrawl.extract.vocab import (
    BUILDER_BLOCK_TOKENS,
    BUILDER_CLASS_TOKENS,
    CONTENT_CLASS_TOKENS,
    GLUED_NOISE_ENDINGS,
    MACHINE_CLASS_TOKENS,
    NOISE_CLASS_TOKENS,
    READ_ON_CLASS_TOKENS,
    STYLE_CLASS_TOKENS,
    TABLE_TAGS,
    TEXT_CLASS_TOKENS,
    WEAK_NOISE_CLASS_TOKENS,
)
from snapcrawl.extract.word_trie import any_of

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_EARLY_END = re.compile(r"</(?:html|HTML|body|BODY)")  # no IGNORECASE: a fast literal scan
_EARLY_END_BYTES = re.compile(_EARLY_END.pattern.encode())
_REFERENCE = re.compile(rb"&#")  # a numeric reference, void or not (bytes.find is slower)
_TOKEN_SPLIT = re.compile(r"[-_\s:.]+|(?<=[a-z])(?=[A-Z])")

# Whether a class or id can hold a furniture token at all, as a trie (2.7x faster than the
# plain alternation of the tokens).
_NOISE_SUBSTRING = re.compile(any_of(NOISE_CLASS_TOKENS))
# A machine's box ("ai_area", "ai-summary"): its token as a whole word of the name.
_MACHINE_WORD = re.compile(r"(?<![a-z0-9])(?:" + "|".join(MACHINE_CLASS_TOKENS) + r")(?![a-z0-9])")
_NOISE_TOKENS = NOISE_CLASS_TOKENS | MACHINE_CLASS_TOKENS
_TEXT = TEXT_CLASS_TOKENS | READ_ON_CLASS_TOKENS
# A long noise word glued after a letter or a digit, at the end of its token.
_GLUED_END = re.compile(r"[a-z0-9](?:" + "|".join(GLUED_NOISE_ENDINGS) + r")(?![a-z0-9])")


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
    ancestors: tuple[etree._Element, ...] = field(default=())  # owner first, set by flatten
    # Set once per page by ``layout.annotate``:
    noise_at: int = -1  # position in ``ancestors`` of the innermost furniture region, or -1
    stamp: bool = False  # a date stamp or a stamped list item ("标题 2025-02-13")
    teaser: bool = False  # prose inside a list item, after the item's title link
    headline: bool = False  # the document ``<title>``'s headline, repeated as a line
    is_link: bool = False  # mostly link text (``thresholds.is_link_line``), set by ``flatten``
    notice: tuple[tuple[str, ...], int] | None = None  # (site names, strength), by noise

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def run_under(lines: list[Line], i: int, element: etree._Element, limit: int) -> range | None:
    """The places of the lines inside ``element`` around ``lines[i]`` (one of them): an
    element's lines are one run of the page's, in document order. ``None`` as soon as
    there are more than ``limit``, so a story's big block costs no more than a card."""
    lo = hi = i
    while lo > 0 and element in lines[lo - 1].ancestors:
        lo -= 1
        if hi - lo >= limit:
            return None
    while hi + 1 < len(lines) and element in lines[hi + 1].ancestors:
        hi += 1
        if hi - lo >= limit:
            return None
    return range(lo, hi + 1)


def lines_by_child(
    lines: list[Line], parent: etree._Element, children: list[etree._Element]
) -> dict[etree._Element, list[Line]]:
    """The lines under each of ``children`` (children of ``parent``), in reading order: the
    parts of a story split over sibling boxes, each weighed on its own. A line's chain is
    read up to ``parent`` once; a line not under ``parent`` or under another child is left."""
    by_child: dict[etree._Element, list[Line]] = {el: [] for el in children}
    for line in lines:
        chain = line.ancestors
        for pos, anc in enumerate(chain):
            if anc is parent:
                if pos and chain[pos - 1] in by_child:
                    by_child[chain[pos - 1]].append(line)
                break
    return by_child


def blocks_around(
    lines: list[Line], i: int, container: etree._Element, limit: int
) -> Iterator[tuple[etree._Element, range]]:
    """Each ancestor of ``lines[i]`` below ``container``, narrowest first, with the places
    of the lines inside it (``run_under``): the blocks a box's cut climbs through. The climb
    stops at ``container``, at a table's element (its cells are data) and at the first block
    holding more than ``limit`` lines."""
    for anc in lines[i].ancestors:
        if anc is container or anc.tag in TABLE_TAGS:
            return
        members = run_under(lines, i, anc, limit)
        if members is None:
            return
        yield anc, members


def parse_html(text: str) -> etree._Element | None:
    """Parse markup leniently; ``None`` when there is no document at all.

    Plain ``lxml.etree`` elements, not ``lxml.html`` ones: the class lookup of the latter
    costs as much as the walk over the tree.

    libxml2's own parse is most of this (callgrind, benchmark pages: ~5.9 M instructions a
    page of ~28 M for all of ``read_page``); the encoding and the repairs' scans below take
    ~0.17 ms of ~1.1. The text of ``<style>`` elements is 22 % of the pages' bytes and costs
    libxml2 nothing measurable; that of ``<script>`` (11 %, and read later) ~0.08 ms. A regex
    cutting either out of the bytes first costs ~0.34 ms: more than it could spare.
    """
    # Invisible marks and control bytes are left to ``normalize_text``, line by line: cleaning
    # the whole document first would cost a third of the parse. Only NUL would reach the
    # text (as U+FFFD).
    text = _XML_DECL.sub("", text, count=1)
    # The repairs below are looked for in the UTF-8 bytes libxml2 gets, when there are
    # bytes: every token is ASCII, so it is in the bytes where it is in the text, and ``re``
    # scans bytes ~1.6x faster than a str of CJK text (NUL, one byte, at memchr speed).
    # A repair itself (rare) is made on the text, which is encoded again.
    data = _utf8(text)
    if _has_early_end(text, data):  # libxml2 drops what follows an early </html>
        text = _END_TAGS.sub("", text)
        data = _utf8(text)
    if (text.find("\x00") if data is None else data.find(b"\x00")) >= 0:
        text = text.replace("\x00", "")
        data = _utf8(text)
    if data is None or _REFERENCE.search(data):  # &#0; and the like: NUL by another name
        fixed = drop_void_references(text)
        if fixed is not text:  # re.sub hands back the very text when it changes nothing
            text, data = fixed, _utf8(fixed)
    if not text or text.isspace():
        return None
    try:
        return etree.fromstring(*_parser_input(text, data))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _has_early_end(text: str, data: bytes | None) -> bool:
    """Whether an ``</html>`` or ``</body>`` stands before the last ``END_TAG_TAIL``
    characters (a stray one, before the content); ``data``: ``text`` in UTF-8, if any."""
    if data is None:
        return _EARLY_END.search(text, 0, max(0, len(text) - thresholds.END_TAG_TAIL)) is not None
    if len(text) <= thresholds.END_TAG_TAIL:
        return False
    end = len(data) - len(text[-thresholds.END_TAG_TAIL :].encode())  # the same place, in bytes
    return _EARLY_END_BYTES.search(data, 0, end) is not None


def _utf8(text: str) -> bytes | None:
    """``text`` in UTF-8, or ``None`` where libxml2 must read the ``str`` (see
    ``_parser_input``)."""
    if text.startswith("<?xml"):
        return None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _parser_input(text: str, data: bytes | None) -> tuple[str | bytes, etree.HTMLParser]:
    """The page as libxml2 reads it fastest, with its parser.

    UTF-8 bytes: lxml hands a ``str`` to libxml2 as UTF-16 or UCS-4, which libxml2 converts
    to UTF-8 itself, more slowly than ``str.encode`` does (4-8 % of the parse on the corpus
    pages, encoding included). libxml2 parses the same characters either way, so the tree is
    the same (checked on every corpus page). A ``str`` stays a ``str`` where the two could
    differ: one that cannot be UTF-8 (a lone surrogate), and one opening with an XML
    declaration (lxml refuses a ``str`` that declares an encoding; that answer is kept).
    """
    # No id table (``collect_ids``): nothing here looks an element up by its id, and hashing
    # every id costs ~4 % of the parse.
    if data is not None:
        return data, etree.HTMLParser(
            remove_comments=True,
            remove_pis=True,
            recover=True,
            encoding="utf-8",
            collect_ids=False,
        )
    return text, etree.HTMLParser(
        remove_comments=True, remove_pis=True, recover=True, collect_ids=False
    )


def class_names(el: etree._Element) -> list[set[str]]:
    """Each class name and the id of an element, as sets of lower-cased tokens."""
    return _name_tokens(el.get("class"), el.get("id"))


def _name_tokens(class_: str | None, id_: str | None) -> list[set[str]]:
    raw = f"{class_ or ''} {id_ or ''}".split()
    return [{t.lower() for t in _TOKEN_SPLIT.split(name) if t} for name in raw]


def is_noise_names(class_: str | None, id_: str | None) -> bool:
    """Whether an element's class and id call it page furniture.

    A name with a furniture token is furniture even with a content word in it
    ("comment-content", "reply-text"); a separate plain content name ("content" beside
    "ad-free") vetoes it. A weak token (``more``) is furniture alone ("more-news"), but
    beside a word for the text it names the story's rest ("art-text-more" after a picture). A
    CSS utility name ("margin-bottom-20") names no region. An old template's glued word
    ("blogcomments", "rightsidebar") ending in a long noise token is that token. It takes
    the attribute values, not the element: its callers have read them already (each
    attribute read costs ~0.2 us, a fifth of the judgement).
    """
    raw = f"{class_ or ''} {id_ or ''}".lower()
    if not _NOISE_SUBSTRING.search(raw) and not ("ai" in raw and _MACHINE_WORD.search(raw)):
        return False  # no token can match: most elements stop here
    names = _name_tokens(class_, id_)
    if _GLUED_END.search(raw):  # "blogcomments": one scan, then the names that have one
        for name in names:
            for token in [t for t in name if t.endswith(GLUED_NOISE_ENDINGS)]:
                name.update(e for e in GLUED_NOISE_ENDINGS if token.endswith(e))
    if not any(
        name & _NOISE_TOKENS
        and not name & STYLE_CLASS_TOKENS
        and not (name & _NOISE_TOKENS <= BUILDER_BLOCK_TOKENS and name & BUILDER_CLASS_TOKENS)
        and not (name & _NOISE_TOKENS <= WEAK_NOISE_CLASS_TOKENS and name & _TEXT)
        for name in names
    ):
        return False
    return not any(name & CONTENT_CLASS_TOKENS and not name & _NOISE_TOKENS for name in names)

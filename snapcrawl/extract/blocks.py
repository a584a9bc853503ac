"""Lists and code inside the article: part of it, however short their lines.

Line kinds are built for news prose: a short line survives only between paragraphs, a
mostly-link line or a dated one ("发行日期：2001年12月14日") is furniture. A wiki's track list,
a blog post's steps or a code listing is a block of such lines, and a
single link or date inside it breaks the run of short lines, so the whole block was lost.

A block (the outermost ``ul``/``ol`` or ``pre`` below the container) is the
article's when it stands inside the article (prose before and after it in the container)
and is mostly text of its own, not links: then its short, link and dated lines are kept. A
related-headlines list is links (or teasers) and stays out, and so does a list of dated
entries (comments); lines removed for what they say (notices, credits, promos, furniture
regions, the cut after a notice) stay out. A contents box (its items name the article's
headings) and a definition list of short facts (an infobox) are dropped with their title,
even where short lines between prose would otherwise stay.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.dates import find_dates
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.vocab import EDIT_LINK

# Lists and code. Not ``dl`` nor ``table``: a definition list or a table of label/value rows
# is an infobox (a wiki's or an encyclopedia's side box of facts), which readers and gold
# texts leave out of the article's text: a ``dl`` of short lines between the prose is dropped.
BLOCK_TAGS = frozenset({"ul", "ol", "pre"})
# Reasons a line of such a block lost only for its shape: a link, a dated item.
_SHAPE_REASONS = frozenset({"links", "list_item"})


def _block_of(line: Line, container: etree._Element) -> etree._Element | None:
    """The outermost list, code block or definition list between ``line`` and
    ``container``."""
    chain = line.ancestors
    try:
        top = chain.index(container)
    except ValueError:
        return None
    for anc in reversed(chain[:top]):
        if anc.tag in BLOCK_TAGS or anc.tag == "dl":
            return anc
    return None


_NUMBERING = re.compile(r"^(?:[\d.]+|[一二三四五六七八九十]+、)\s*")


def _heading_key(text: str) -> str:
    """A heading's words without its number or its edit link: "2.1 个人生活[编辑]" -> "个人生活"."""
    return _NUMBERING.sub("", EDIT_LINK.sub("", text)).strip()


def _is_contents(members: list[Line], headings: set[str]) -> bool:
    """A contents box: most of the list's items name headings of the article."""
    items = [key for line in members if (key := _heading_key(line.text))]
    named = sum(1 for key in items if key in headings)
    return named >= 2 and 2 * named >= len(items)


def _holds_blocks(container: etree._Element) -> bool:
    """Whether a list, code block or definition list stands below ``container``: without
    one no line has a block (``_block_of``), and most containers hold none. One walk in
    lxml's C code, where asking each line's ancestors cost a Python loop a line."""
    return any(el is not container for el in container.iter(*BLOCK_TAGS, "dl"))


def time_stamped(line: Line) -> bool:
    """A short line with a date and a time of day: the head of a comment or a post."""
    return line.chars <= thresholds.ENTRY_STAMP_CHARS and any(
        found.has_time for found in find_dates(line.text)
    )


def keep_blocks(
    lines: list[Line],
    kinds: list[tuple[Kind, str]],
    keep: list[bool],
    container: etree._Element | None,
) -> None:
    """Set ``keep`` for the lines of blocks that belong to the article (see the module)."""
    if container is None or not any(keep) or not _holds_blocks(container):
        return
    good = [i for i, (kind, _) in enumerate(kinds) if kind is Kind.GOOD and keep[i]]
    if not good:
        return
    first_good, last_good = good[0], good[-1]
    headings = {_heading_key(line.text) for line in lines if line.heading}
    # Only a block between the first and the last GOOD line is kept or dropped: start past
    # the block the first one stands in (if any), stop at the last one.
    n = len(lines)
    i = first_good + 1
    if (first_block := _block_of(lines[first_good], container)) is not None:
        while i < n and _block_of(lines[i], container) is first_block:
            i += 1
    while i < last_good:
        block = _block_of(lines[i], container)
        if block is None:
            i += 1
            continue
        j = i
        while j + 1 < n and _block_of(lines[j + 1], container) is block:
            j += 1
        _keep_block(lines, kinds, keep, block, (i, j), (first_good, last_good), headings)
        i = j + 1


def _keep_block(
    lines: list[Line],
    kinds: list[tuple[Kind, str]],
    keep: list[bool],
    block: etree._Element,
    span: tuple[int, int],
    prose: tuple[int, int],
    headings: set[str],
) -> None:
    """Keep the lines of ``span`` (``block``'s) when the block is inside the article's prose
    (``prose``: its first and last GOOD line) and is text of its own; drop them when it is a
    contents box or a definition list of short facts (an infobox)."""
    (i, j), (first_good, last_good) = span, prose
    if i <= first_good or j >= last_good:
        return  # not between the article's prose
    members = lines[i : j + 1]
    fact_box = block.tag == "dl"
    if fact_box and all(kind is not Kind.GOOD for kind, _ in kinds[i : j + 1]):
        keep[i : j + 1] = [False] * (j + 1 - i)  # label/value pairs: an infobox
        return
    if _is_contents(members, headings):  # its items and its title ("目录") go
        keep[i : j + 1] = [False] * (j + 1 - i)
        if i > 0 and lines[i - 1].heading and kinds[i - 1][0] is Kind.SHORT:
            keep[i - 1] = False
        return
    if fact_box:
        return
    chars = sum(line.chars for line in members)
    links = sum(line.link_chars for line in members)
    teasers = sum(1 for line in members if line.teaser)
    if links > thresholds.BLOCK_LINK_SHARE * chars or teasers:
        return  # a list of headlines or items, not the article's own list
    if any(time_stamped(line) for line in members):
        return  # dated entries: comments or posts (entries.py), not the article's list
    for k in range(i, j + 1):
        kind, reason = kinds[k]
        if kind is Kind.SHORT or (kind is Kind.BAD and reason in _SHAPE_REASONS):
            keep[k] = True

"""The element the markup itself calls the article: a fallback for pages without news signals.

Body selection scores prose, which suits news. A blog post of two short lines (a picture and
its caption, a note) has too little prose to outweigh a dialog or a sidebar, and the page is
refused. HTML has its own word for the article: the one ``<article>`` element of a page, or
the element microdata marks ``itemprop="articleBody"``. When prose scoring finds no article,
that element, if the page has exactly one, is read as the body however short it is (as
readability trusts an ``<article>``). A page with several is a list of teasers: none is
trusted.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.body import Selection, select_body
from snapcrawl.extract.dom import Line
from snapcrawl.extract.page import Page


def marked_article(root: etree._Element, lines: list[Line]) -> etree._Element | None:
    """The page's single ``itemprop="articleBody"`` or ``<article>`` element holding a
    visible line, or ``None``."""
    for path in ('.//*[@itemprop="articleBody"]', ".//article"):
        found = root.xpath(path)
        if len(found) > 1:
            return None
        if found:
            el = found[0]
            if any(el in line.ancestors for line in lines):
                return el
    return None


def marked_selection(page: Page, names: tuple[str, ...]) -> Selection | None:
    """The body of the element the markup calls the article (``marked_article``), when prose
    scoring found none: kept if it has some text of its own and more text than links.
    With no prose in it, its short lines are the post (a picture's caption, a note)."""
    el = marked_article(page.root, page.lines)
    if el is None:
        return None
    selection = select_body(page.lines, names, container=el)
    if not selection.kept:  # no prose to anchor short lines to: the post is its short lines
        selection.kept = [line for line, reason in selection.removed if reason == "short"]
        selection.removed = [(ln, why) for ln, why in selection.removed if why != "short"]
    kept = sum(line.chars for line in selection.kept)
    links = sum(line.link_chars for line in selection.inside)
    if kept < thresholds.MIN_BODY_CHARS // 2 or links > kept:
        return None
    return selection

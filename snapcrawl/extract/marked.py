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

from snapcrawl.extract.dom import Line


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

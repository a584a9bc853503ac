"""Drop the copies a carousel script makes of its slides.

A slider library (slick, Swiper, Glide, Splide) clones the first and last slides
around the real ones so the strip can loop, and marks each copy with a class of its own.
Saved from a browser, the page keeps the copies: a photo story's eight captions come out
fifteen times over, ahead of the story. The clone's class is the library's own name for a
copy, so a marked element is never the only place its text stands."""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract.chrome_vocab import SLIDE_CLONE_CLASSES
from snapcrawl.extract.furniture import drop_element

__all__ = ["drop_slide_clones", "may_hold_clones"]

_XPATH = etree.XPath(
    " | ".join(
        f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
        for name in SLIDE_CLONE_CLASSES
    )
)


def may_hold_clones(html: str) -> bool:
    """The cheap test: a clone's class name somewhere in the page's source."""
    return any(name in html for name in SLIDE_CLONE_CLASSES)


def drop_slide_clones(root: etree._Element) -> int:
    """Remove each marked copy (with its subtree, keeping the text after it); the count."""
    found = _XPATH(root)
    if not found:
        return 0
    marked = set(found)
    dropped = 0
    for el in found:
        if el.getparent() is None or any(anc in marked for anc in el.iterancestors()):
            continue
        drop_element(el)
        dropped += 1
    return dropped

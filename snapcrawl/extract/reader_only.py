"""Drop the text a page keeps for screen readers only.

Accessible templates label links and buttons for screen readers with words a sighted reader
never sees, hidden by a class the stylesheet clips to nothing (``sr-only``, ``visually-hidden``,
``screen-reader-text``): a link inside a paragraph reads "特别报告员Opens in new window"
when the label is kept, and share bars, skip links and menu toggles leave "Share this via X",
"Toggle navigation" among the lines. The stylesheet is not saved with the text, so the
class is all that says so. Such labels are short; an element so marked that holds prose of
its own (a story a script reveals) is not a label and stays."""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.chrome_vocab import READER_ONLY_CLASSES
from snapcrawl.extract.furniture import drop_element
from snapcrawl.extract.vocab import SENTENCE_END_MARKS

__all__ = ["drop_reader_only", "may_hold_reader_only"]

# One walk in libxml2 for all the names (a union of paths walks the tree once per path).
_XPATH = etree.XPath(
    "//*[@class]["
    + " or ".join(f"contains(@class, '{name}')" for name in READER_ONLY_CLASSES)
    + "]"
)


# The gate's needles: the three names nearly every template uses ("isually" for both
# spellings of visually-hidden). Each scan of a page's source costs ~25 us; all eight names
# cost ~200 us a page on the benchmark's pages, more than the rest of this module.
def may_hold_reader_only(html: str) -> bool:
    """The cheap test: a common screen-reader class name somewhere in the page's source."""
    return "sr-only" in html or "isually" in html or "screen-reader" in html


def _reader_only(el: etree._Element) -> bool:
    """A class word of ``el`` holds a screen-reader name (the XPath matched the whole
    attribute: "not-sr-only-x" passes it too, and so does a class that only mentions one)."""
    for word in (el.get("class") or "").split():
        if any(name in word for name in READER_ONLY_CLASSES):
            return True
    return False


def drop_reader_only(root: etree._Element) -> int:
    """Remove each screen-reader-only element (with its subtree, keeping the text after it)
    that holds fewer sentences than a hidden story would; the count."""
    found = _XPATH(root)
    if not found:
        return 0
    marked = {el for el in found if _reader_only(el)}
    dropped = 0
    for el in found:
        if el not in marked or any(anc in marked for anc in el.iterancestors()):
            continue
        text = etree.tostring(el, method="text", encoding=str, with_tail=False)
        if sum(map(text.count, SENTENCE_END_MARKS)) >= thresholds.MIN_HIDDEN_SENTENCES:
            continue
        drop_element(el)
        dropped += 1
    return dropped

"""A strip of headlines is no story, even when it outscores a short one.

A mobile page's "精彩播报" carousel or a video strip prints a dozen headlines, each the one
line of its card; the cards open by script (no ``<a>``), so their words are not link text
and fifteen titles of 25 characters outweigh a two-paragraph story of 250. What makes the
strip a strip is its shape: many lines, none of them long. When the best block is such a
strip and another block of at least half its score carries a paragraph-length prose line
and stands with the page's headline (the ``<h1>`` inside it or beside it), that block is
the story.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract.dom import Line

# A line this long is a paragraph: a headline strip has none (titles are 10-40 characters).
STRIP_LONG_LINE = 60
STRIP_MIN_LINES = 8  # fewer short lines are a short story or a poem's stanza, not a strip
STORY_SHARE = 0.5  # the story block's score against the strip's
STORY_LINE = 80  # a punctuated line this long in the story block
HEADLINE_LEVELS = 3  # the story block and the <h1> share an ancestor this close


def _near_headline(el: etree._Element, h1: etree._Element) -> bool:
    """Whether the ``<h1>`` is inside ``el`` or under one of its three nearest ancestors."""
    up = el
    for _ in range(HEADLINE_LEVELS + 1):
        if up is None:
            return False
        if h1 in up.iterdescendants():
            return True
        up = up.getparent()
    return False


def story_over_strip(
    lines: list[Line], chosen: etree._Element, scores: dict[etree._Element, float], best: float
) -> etree._Element:
    """The block under the headline when ``chosen`` is a strip of headlines; else ``chosen``."""
    count = 0
    for line in lines:
        if chosen in line.ancestors:
            if line.chars >= STRIP_LONG_LINE:
                return chosen  # a paragraph: the usual case, found on the first long line
            count += 1
    if count < STRIP_MIN_LINES:
        return chosen
    h1 = next((line.owner for line in lines if line.heading and line.owner.tag == "h1"), None)
    if h1 is None or chosen in h1.iterancestors():
        return chosen
    floor = best * STORY_SHARE
    strip_chain = set(chosen.iterancestors())
    found: etree._Element | None = None
    for el, score in scores.items():
        if score < floor or el in strip_chain or chosen in el.iterancestors():
            continue
        if found is not None and score <= scores[found]:
            continue
        if _near_headline(el, h1) and any(
            el in line.ancestors and line.punct and line.chars >= STORY_LINE for line in lines
        ):
            found = el
    return chosen if found is None else found

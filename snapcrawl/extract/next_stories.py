"""Stories stacked under one another: the page's story, then the next ones it loads.

An endless-scroll page renders the story it was asked for and then the next one (and the
one after) below it, each a unit of its own: its headline in an ``<h1>``, its byline, its
paragraphs. Their common parent holds the most prose on the page and so is chosen as the
body's container, which would run the stories together. A story has one headline; where
the container holds two ``<h1>`` lines, each the head of a unit with prose of its own, the
units are separate stories and the page's is the first one (the later ones are appended
below it, never above).

Some editors (the WeChat ones above all) set whole paragraphs in ``<h1>`` for their type:
a line ending a sentence with "。" is such a paragraph, never a headline, so it heads no
story of its own.

Two ``<h1>`` lines of the same words are one story's headline twice, no two stories: a
banner over the page (the headline on the lead photo, its caption under it) and the page's
own head over the paragraphs. The story is the unit that holds more prose, when it holds
most of the block's (the banner's caption alone is no story). When neither does, they are
read as two heads are: a page's desktop and mobile copies of one story (each whole) keep
the first, and a headline with its story outside both units is read whole.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line
from snapcrawl.extract.entries import prose_chars


def _unit(line: Line, parent: etree._Element) -> etree._Element | None:
    """The child of ``parent`` that holds ``line``."""
    chain = line.ancestors
    for i, anc in enumerate(chain):
        if anc is parent:
            return chain[i - 1] if i else None
    return None


_CLOSERS = "”’」』）)】 "


def _headline(line: Line) -> bool:
    """An ``<h1>`` line that can head a story: not a paragraph ending on a full stop."""
    return line.heading and line.owner.tag == "h1" and not line.text.rstrip(_CLOSERS).endswith("。")


def first_story(inside: list[Line]) -> list[Line]:
    """``inside`` cut to its first story when it holds several stacked ones, else as is."""
    heads = [line for line in inside if _headline(line)]
    if len(heads) < 2:
        return inside
    first, second = heads[0], heads[1]
    below = set(second.ancestors)
    parent = next((anc for anc in first.ancestors if anc in below), None)
    if parent is None:
        return inside
    unit, next_unit = _unit(first, parent), _unit(second, parent)
    if unit is None or next_unit is None or unit is next_unit:
        return inside
    story = [line for line in inside if unit in line.ancestors]
    after = [line for line in inside if next_unit in line.ancestors]
    if first.text == second.text:  # one story's headline twice: a banner's and the page's
        fuller = max(story, after, key=prose_chars)
        if 2 * prose_chars(fuller) > prose_chars(inside):
            return fuller
    if min(prose_chars(story), prose_chars(after)) < thresholds.ENTRY_MIN_PROSE:
        return inside  # a logo's or a section's h1 over the story: one story
    return story

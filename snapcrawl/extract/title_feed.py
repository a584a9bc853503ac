"""A feed of headlines kept as a body: a page that names no story of its own.

A browser may save a portal's app shell instead of the story (its front feed scrolled in:
each card's headline a line of its own, the links set by script). The body then is a run of
one-line headlines: many short lines, none a paragraph, under a ``<title>`` that no heading
on the page repeats (the shell's title is the site's name) and with no dated line. A story
of short lines (a poem, a list of points) stands under its own headline or beside its date;
``not_article.refused_kind`` asks for the date and the declarations, this module the rest.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line

_MIN_LINES = 8  # this many headlines and more make a feed
_HEADLINE_CHARS = 40  # no kept line longer: a headline, not a paragraph
_MAX_BODY = 800  # a longer body is read as a story whatever its lines
_HEADING_MIN_CHARS = 2  # a place's or a person's name is a headline too ("青石镇")


def headline_feed(title: str, lines: list[Line], kept: list[Line]) -> bool:
    """Whether the kept lines are a feed's headlines under no headline of the page's."""
    if len(kept) < _MIN_LINES or any(line.chars > _HEADLINE_CHARS for line in kept):
        return False
    if sum(line.chars for line in kept) >= _MAX_BODY:
        return False
    return not any(
        line.heading
        and not line.is_link
        and len(line.text) >= _HEADING_MIN_CHARS
        and (line.text in title or title in line.text)
        for line in lines
    )

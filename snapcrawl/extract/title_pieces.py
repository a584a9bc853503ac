"""Whether a line of the page is the headline part of its ``<title>`` whole.

A ``<title>`` sets the headline beside the site's name, a channel's or a tag: "标题 - 站名",
"标题_栏目_站名", "站名高清图-标题", "标题(图)". A plain line that is that headline whole is
the story's heading though no heading element holds it (an old page sets it in a styled
``<div>``); a line the title merely opens on is not ("X" of "X小组": a group's name the
title goes on from), nor a part of the headline cut at its colon or comma.

One set of marks cuts a title into pieces, with the spaces around them: a bar ("|", "｜",
"丨", "︱", "│", "┃"), an underscore, a dash ("–", "—"), a hyphen, bare, spaced or doubled
("-", "－", " - ", "--"), and "::"; besides, a bracket opening a tag after the headline ("标题(图)",
"标题（副题）") or closing one before it ("【专题】标题"). A bare hyphen cuts here though
``TITLE_SPLIT`` does not split on it (a headline holds hyphens, "COVID-19"): the line
says where its headline would end, and only a line that stops at the hyphen is cut there
(the floor keeps a short opening, "COVID", from reading as a headline). No comma, colon or
space alone cuts: "媒体：标题" and "标题, 俄罗斯卫星通讯社" end on the second half of a
headline or on the site's name, neither of them the headline.

Which end of the title the headline holds is the caller's ``reach``: ``"start"`` (the title
opens on it, the site's name after it), ``"end"`` (the site's or channel's name first) or
``"either"``. A short story's heading over its block (classify.short_story) is looked for
at either end ("中新网高清图-标题" ends on it); a digest's headline over its lead
(classify.titled_lead), a bare headline over a story in furniture
(furniture_story.headline_like) and a gallery's ``<h1>`` (paged_story.title_h1) at the
start; the heading ``title._match`` finds after the channel's name at the end (its
statements, cut by ``TITLE_SPLIT``, miss a bare hyphen). A plain line under
``TITLED_HEADLINE_CHARS`` names a channel or a site; an ``<h1>`` counts from
``paged_story.MIN_TITLE`` (a photo's short headline in its heading element).
"""

from __future__ import annotations

import re
from typing import Literal

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line

Reach = Literal["start", "end", "either"]

# "丨" (U+4E28) is a letter to Python but a bar to the Chinese sites that set it between a
# column's name and the headline or the headline and the site's ("栏目丨标题", "标题丨站名"):
# no word of modern Chinese prose is written with it. "︱" (a vertical dash) and the box
# lines "│", "┃" are other sites' bars ("作者︱标题_专栏", "标题│电视台新闻网"), as in a UI
# row (chrome._BAR_SPLIT).
_BARS = "_|｜丨︱│┃–—"  # the marks that cut a title anywhere, bare or spaced
CUTS = _BARS + "-－"  # ... and a bare hyphen next to a given line ("--", " - ": doubled, spaced)
# The title's pieces for a reader that splits it (its site's name, its channel, the stated
# headlines): the bars, a spaced or doubled hyphen and "::", not a bare hyphen ("COVID-19").
TITLE_SPLIT = re.compile(rf"\s*(?:[{_BARS}]|\s-\s|-{{2,}}|::)\s*")
_DOUBLE_COLON = "::"
_AFTER_HEADLINE = frozenset(CUTS + "(（[【")  # a cut, or a tag the title adds after it ...
_BEFORE_HEADLINE = frozenset(CUTS + ")）]】")  # ... or before it


def headline_piece(
    text: str, title: str, reach: Reach, floor: int = thresholds.TITLED_HEADLINE_CHARS
) -> bool:
    """Whether ``text`` is the headline piece of ``title`` at ``reach`` (the module's doc):
    the whole title, or its opening or closing pieces up to a cut. ``floor`` is the fewest
    characters of a headline: a shorter line names a channel or a site."""
    size = len(text)
    if size < floor or size >= len(title):
        return size >= floor and text == title
    if reach != "end" and title.startswith(text):
        after = title[size:].lstrip()
        if after[:1] in _AFTER_HEADLINE or after.startswith(_DOUBLE_COLON):
            return True
    if reach != "start" and title.endswith(text):
        before = title[: len(title) - size].rstrip()
        return before[-1:] in _BEFORE_HEADLINE or before.endswith(_DOUBLE_COLON)
    return False


def titled_line(
    line: Line, title: str, reach: Reach, floor: int = thresholds.TITLED_HEADLINE_CHARS
) -> bool:
    """``headline_piece`` for a line that is no link: a linked line is an item's title, a
    teaser of another story, never the page's own heading."""
    return bool(title) and not line.is_link and headline_piece(line.text, title, reach, floor)

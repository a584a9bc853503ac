"""A list of videos set as cards: each card a title, its play count and running time
("19.0万|23:34", or the time alone, "02:57"), its comment count and date. A video page's
column "本期节目" lists them beside the player, often without links (the site's script
opens them), so their longer titles read as lines of prose and a page whose video has no
text keeps the list as its story.

Told by the shape, not by a site's class: three sibling elements of one kind or more, each
holding a line of a count and a running time; the short lines of every card of that kind
(titles, never a story's paragraph; the card playing now shows "播放中" for its figures) are
the list's, not the story's. A card's title set as a heading is a title however it ends
("…相信我们会终成眷属。"): a story's paragraph is no heading.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

# "19.0万|23:34", "1579877次播放 02:57", "02:57": a play count and a running time.
_STAT = re.compile(r"(?:\d[\d.,]*[万亿wW]?(?:次播放|播放)?\s*[|｜·/]?\s*)?\d{1,2}:\d\d(?::\d\d)?")
_STAT_MAX = 24  # the line is the figures, nothing else
_MIN_CARDS = 3  # two may be a story's two clips
_REACH = 5  # levels from the figures' line up to its card
_TITLE_MAX = 60  # a card's title; a paragraph is longer or ends a sentence


def _card(line: Line, marked: set[etree._Element]) -> tuple[etree._Element, list] | None:
    """The card holding ``line`` and its siblings of its kind, when enough of them hold
    such figures too."""
    for card in line.ancestors[1:_REACH]:
        parent = card.getparent()
        if parent is None:
            return None
        kind = (card.tag, card.get("class"))
        cards = [el for el in parent if (el.tag, el.get("class")) == kind]
        if sum(el in marked for el in cards) >= _MIN_CARDS:
            return parent, cards  # the one playing shows "播放中" for its figures
    return None


def cut_media_cards(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark the short lines of a video list's cards (see the module) as not the story's."""
    stats = [
        i
        for i, line in enumerate(lines)
        if line.chars <= _STAT_MAX and ":" in line.text and _STAT.fullmatch(line.text)
    ]
    if len(stats) < _MIN_CARDS:
        return
    marked = {anc for i in stats for anc in lines[i].ancestors[1:_REACH]}
    cards: set[etree._Element] = set()
    seen: set[etree._Element] = set()
    for i in stats:
        found = _card(lines[i], marked)
        if found is None or found[0] in seen:
            continue
        seen.add(found[0])
        cards.update(found[1])
    if not cards:
        return
    for i, line in enumerate(lines):
        if (
            kinds[i][0] is not Kind.BAD
            and line.chars <= _TITLE_MAX
            and (line.heading or not line.text.endswith("。"))
            and any(anc in cards for anc in line.ancestors)
        ):
            kinds[i] = (Kind.BAD, "card")

"""A strip of headlines is no story, even when it outscores a short one.

A mobile page's "精彩播报" carousel or a video strip prints a dozen headlines, each the one
line of its card; the cards open by script (no ``<a>``), so their words are not link text
and fifteen titles of 25 characters outweigh a two-paragraph story of 250. What makes the
strip a strip is its shape: many lines, none of them long. When the best block is such a
strip and another block of at least half its score carries a paragraph-length prose line
and stands with the page's headline (the ``<h1>`` inside it or beside it), that block is
the story.

A strip whose lines each stand in a card of their own (one line under each of a row of like
siblings: the same tag and first class word) is a carousel by its markup too. A story of one
paragraph stands against it at a quarter of its score (fifteen cards outweigh a lead of 80
characters three times over), its paragraph any line longer than a strip's can be.

When no card's line closes on a full stop, the cards are headlines (a video strip's titles
end on "！", "…" or a word), not a gallery's captions. Against such a strip a mobile photo
page's one-sentence caption under its ``<h1>`` is the story: a sentence that closes on a
full stop and is longer than every headline of the strip, at a tenth of its score (fifteen
titles of 25 characters outweigh a caption of 40 near ten times over). A gallery's slides,
each a caption closed by a full stop, keep the quarter and the paragraph's length: its
intro of two short lines is not the story. This module owns the kind "a short story under
its headline beside a strip of other stories' titles"; no later step second-guesses it.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from snapcrawl.extract.dom import Line

# A line this long is a paragraph: a headline strip has none (titles are 10-40 characters).
STRIP_LONG_LINE = 60
STRIP_MIN_LINES = 8  # fewer short lines are a short story or a poem's stanza, not a strip
STORY_SHARE = 0.5  # the story block's score against the strip's
CARD_STORY_SHARE = 0.25  # the same, against a strip of like cards (one line in each)
TITLE_STORY_SHARE = 0.1  # the same, against like cards of headlines (no full stop closes one)
FULL_STOP = "。"
CARD_LINES = 2  # a card holds its headline and at most one more line (a count, a length)
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


def _like_cards(strip: list[Line], chosen: etree._Element) -> bool:
    """Whether the strip's lines stand in a row of like cards: each under its own child of
    ``chosen`` (at most ``CARD_LINES`` to a child), the children of one tag and first class word."""
    cards: dict[etree._Element, int] = {}
    for line in strip:
        if line.heading:
            continue  # the strip's own title ("热门视频") over its cards
        chain = line.ancestors
        at = chain.index(chosen)
        if at == 0:
            return False  # a line of the strip's own element: <br> runs, no cards
        card = chain[at - 1]
        cards[card] = cards.get(card, 0) + 1
        if cards[card] > CARD_LINES:
            return False
    if len(cards) < STRIP_MIN_LINES:
        return False
    # the first class word: a carousel's script adds state words ("… active") to a few
    shapes = {(card.tag, (card.get("class") or "").partition(" ")[0]) for card in cards}
    return len(shapes) == 1


def story_over_strip(
    lines: list[Line], chosen: etree._Element, scores: dict[etree._Element, float], best: float
) -> etree._Element:
    """The block under the headline when ``chosen`` is a strip of headlines; else ``chosen``."""
    strip: list[Line] = []
    for line in lines:
        if chosen in line.ancestors:
            if line.chars >= STRIP_LONG_LINE:
                return chosen  # a paragraph: the usual case, found on the first long line
            strip.append(line)
    if len(strip) < STRIP_MIN_LINES:
        return chosen
    h1 = next((line.owner for line in lines if line.heading and line.owner.tag == "h1"), None)
    if h1 is None or chosen in h1.iterancestors():
        return chosen
    cards = _like_cards(strip, chosen)
    titles = cards and not any(line.text.endswith(FULL_STOP) for line in strip)
    if titles:  # a caption's sentence, longer than any of the strip's headlines
        floor = best * TITLE_STORY_SHARE
        longest = max(line.chars for line in strip)
        story = _sentence_over(longest)
    else:
        floor = best * (CARD_STORY_SHARE if cards else STORY_SHARE)
        story = _paragraph(STRIP_LONG_LINE if cards else STORY_LINE)
    strip_chain = set(chosen.iterancestors())
    found: etree._Element | None = None
    for el, score in scores.items():
        if score < floor or el in strip_chain or chosen in el.iterancestors():
            continue
        if found is not None and score <= scores[found]:
            continue
        if _near_headline(el, h1) and any(el in line.ancestors and story(line) for line in lines):
            found = el
    return chosen if found is None else found


def _paragraph(least: int) -> Callable[[Line], bool]:
    return lambda line: bool(line.punct) and line.chars >= least


def _sentence_over(longest: int) -> Callable[[Line], bool]:
    return lambda line: line.chars > longest and FULL_STOP in line.text

"""A writer's card past the story with no label: the byline's name alone, then a line on them.

A column or review site closes a story with a box about its writer: the name the byline
gave ("文：阿嵐" over the story), alone on its line, and a line or two about who they are
("獨立樂評人，喜歡在深夜聽唱片…"). No label says "作者简介", and the line about the writer
ends a sentence, so it reads as the story's last paragraph. What tells the box is the name:
the one the byline above the story gave, standing alone at the head of a box of its own
past the story, with nothing of the story after that box.
"""

from __future__ import annotations

from snapcrawl.extract.credit_person import is_name, is_pen_name
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind, first_good

_NAME_MAX = 6
_CARD_LINES = 3  # the name and a line or two about the writer
_LINE_MAX = 80


def cut_writer_cards(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark BAD "credit" a writer's unlabelled card at the story's end (see the module's doc)."""
    good = Kind.GOOD
    n = len(kinds)
    first = first_good(kinds, n)
    for k in range(first + 1, n):
        text = lines[k].text
        if (
            kinds[k][0] is not Kind.SHORT
            or len(text) > _NAME_MAX
            or not (is_name(text) or is_pen_name(text))
        ):
            continue
        owner = lines[k].owner
        box = owner if k + 1 < n and owner in lines[k + 1].ancestors else owner.getparent()
        if box is None or box in lines[k - 1].ancestors:
            continue  # the card's name heads its box
        end = k + 1
        while end < n and box in lines[end].ancestors:
            end += 1
        if (
            end - k > _CARD_LINES
            or end == k + 1
            or any(len(lines[m].text) > _LINE_MAX for m in range(k, end))
        ):
            continue
        if any(kinds[m][0] is good for m in range(end, n)):
            continue  # the story goes on past the box
        if not any(text in lines[j].text and lines[j].text != text for j in range(first)):
            continue  # not the byline's name
        for m in range(k, end):
            kinds[m] = (Kind.BAD, "credit")
        return

"""The writer an author card names: the box of avatar, name, a line about the writer and a
follow button (关注, 追蹤) that a portal or a column site sets above or below the story.

The card is marked by its class (author-card, author-box, author-info); its name is the
first element of its own whose text has the shape of a person's name, so the card's label
(作者, 关于作者), the writer's line and the counters (粉丝 1820, 文章 326) are passed by.
Only a card standing by the story is read: a feed of other writers' cards is not the
story's byline.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.dom import Line

# The class of a card about the writer (not a list of writers to follow: author-list).
_CARD_MARK = re.compile(
    r"(?:author|writer)s?-?(?:box|info|card|wrap(?:per)?|panel|intro|profile)s?(?:$|\s)",
    re.IGNORECASE,
)
_CARD_TEXT_MAX = 300  # a card is a name, a line about the writer and a few counters
# Lines between the story (its first or last paragraph) and the card's name.
_NEAR_STORY = 6
_GAP = 3  # lines between two of the story's paragraphs (a picture, its caption, a credit)


def read_card_names(marked: list[etree._Element]) -> list[str]:
    """The name each author card among the ``marked`` elements shows, in page order."""
    names = []
    for el in marked:
        if el.tag not in ("div", "section", "aside", "p") or not _CARD_MARK.search(
            el.get("class") or ""
        ):
            continue
        for inner in el.iter(etree.Element):
            text = (inner.text or "").strip()
            if 2 <= len(text) <= 4 and is_name(text):
                names.append(text)
                break
    return names


_CARD_DEPTH = 4  # the card's line (its bio, its name) sits this close under the card
_CARD_SHARE = 2  # the bio is most of its card's text (the rest: a name, a follow button)


def in_author_card(line: Line) -> bool:
    """Whether ``line`` stands in an author card ("author-box", "author-wrapper"): its line
    about the writer or the outlet ("X是全球最受信赖的新闻来源…"), no sentence of the story.
    A box as long as a story, or of several lines of like length (a brief's paragraphs), is
    no card, whatever its class says: a card is a name, a button and its one long line."""
    for el in line.ancestors[:_CARD_DEPTH]:
        cls = el.get("class")
        if cls and el.tag in ("div", "section", "aside") and _CARD_MARK.search(cls):
            text = etree.tostring(el, method="text", encoding=str, with_tail=False)
            chars = len("".join(text.split()))
            return chars <= _CARD_TEXT_MAX and line.chars * _CARD_SHARE >= chars
    return False


def card_author(names: list[str], lines: list[Line], body: list[Line]) -> str | None:
    """The one name an author card by the story shows (``names``: read_card_names), as a
    line of its own or opening one ("作者王思涵" glues the label to it)."""
    if not names or not body:
        return None
    # the story's run of paragraphs: a stray line kept far below it (a card's own line about
    # the writer) does not stretch the story to the card
    end = body[0].index
    for line in body[1:]:
        if line.index - end > _GAP:
            break
        end = line.index
    first, last = body[0].index - _NEAR_STORY, end + _NEAR_STORY
    near = {
        name
        for name in names
        for line in lines
        if first <= line.index <= last and name in line.text and line.chars <= _CARD_TEXT_MAX
    }
    return near.pop() if len(near) == 1 else None

"""A picture's caption with its credits after it, in one ``<figcaption>``: "市民在步道上散步。
摄影：X　责任编辑：Y". The caption is the story's (it says what the picture shows); the
credits after it are the page's, as they are on a line of their own.

Only a ``<figcaption>`` is split: there the caption and the credits share the element by
the page's layout, where a paragraph that ends in a credit is the story's text as the page
wrote it (glued_credit). The credits start after a space, and the rest of the line from
there reads as a credit whole (credit_lines.is_credit); the caption before them stays.
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.dom import Line

_SPACE = re.compile(r"[ \u3000]+")
_MIN_CAPTION = 4  # a caption says something: a label before a name is no caption


def caption_credit_tail(line: Line) -> tuple[str, str] | None:
    """``(caption, credits)`` for a figcaption that ends in credits, else ``None``."""
    if line.owner.tag != "figcaption" or (" " not in line.text and "\u3000" not in line.text):
        return None
    text = line.text
    for space in _SPACE.finditer(text):
        caption, tail = text[: space.start()], text[space.end() :]
        if len(caption) >= _MIN_CAPTION and tail and is_credit(tail):
            return caption, tail
    return None

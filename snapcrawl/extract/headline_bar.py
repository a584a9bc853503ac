"""What a page prints over its headline: a bar, not the story's first lines.

A story starts under its headline. An app's shared page puts its name over it (its icon and
"X融媒"), a channel its label, a site its slogan; inside the container they come before
the headline and would open the body. Short lines with no sentence in them, kept before
the headline line, are that bar, whatever they say; a line of prose there is a summary or
a lead the page sets first, and everything before the headline then stays.

A news flash's headline may carry its clock in brackets ("乾癬患者 動脈較易堵塞 【08:05】")
where the title read elsewhere has none: that heading is the headline all the same.
"""

from __future__ import annotations

import re

_BAR_LINE_MAX = 20  # a name, a label or a slogan
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "…")
_CLOCK_TAIL = re.compile(r"\s*[【\[(（]\s*[0-2]?\d\s*[:：]\s*[0-5]\d\s*[】\])）]$")


def clocked_headline(text: str, title: str) -> bool:
    """Whether ``text`` is the headline ``title`` with a bracketed clock after it."""
    return (
        len(text) > len(title)
        and text.startswith(title)
        and text[-1] in "】])）"
        and _CLOCK_TAIL.fullmatch(text, len(title)) is not None
    )


def above_headline(paragraphs: list[str]) -> bool:
    """Whether the lines kept before the headline are all a bar's (see the module's doc)."""
    return all(
        len(text) <= _BAR_LINE_MAX and not text.endswith(_SENTENCE_ENDS) for text in paragraphs
    )

"""A picture gallery's counter before each caption ("1/10 当全世界…", "（2/6）…"): the
gallery's page chrome, while the caption after it is the story's. Not a fraction of prose
("3/4 的受访者"): the counter is followed by a space or closed by brackets, then a caption."""

from __future__ import annotations

import re

# "1/10 当全世界…": a gallery's counter glued before the caption. Not a fraction of prose
# ("3/4 的受访者"): the counter is followed by a space and a caption.
_GALLERY_COUNTER = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})\s+(?=[^\s\d的是为以左])")
# "（2/6）当全世界…": the counter in brackets, glued to the caption or not; the brackets
# close it, so the caption may open on a figure ("（1/4）9月27日，…").
_BRACKETED_COUNTER = re.compile(r"^[（(]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[)）]\s*(?=[^\s的是为以左])")
_CAPTION_MIN = 12  # a gallery caption after its counter is at least a clause
_CAPTION_SENTENCE_MIN = 6  # ... or a shorter sentence, closed as one ("市民在栈道上拍照。")
_CAPTION_ENDINGS = ("。", "！", "!")


def without_gallery_counter(text: str) -> str:
    """``text`` without the "1/10 " (or "（1/10）") a gallery puts before each picture's
    caption."""
    first = text[:1]
    if first.isdigit():
        match = _GALLERY_COUNTER.match(text)
    elif first in "（(":
        match = _BRACKETED_COUNTER.match(text)
    else:
        return text
    if match is None:
        return text
    shown, total = int(match[1]), int(match[2])
    if not (1 <= shown <= total and total >= 2):
        return text
    caption = len(text) - match.end()
    if caption >= _CAPTION_MIN or (
        caption >= _CAPTION_SENTENCE_MIN and text.endswith(_CAPTION_ENDINGS)
    ):
        return text[match.end() :]
    return text

"""A credit row set in an inline element of its own at the end of the last paragraph:
"…将增开二楼自习区。 <em style="font-size:12px">文字/X 图片/Y 责编/Z</em></p>".

The page writes the crew inside the story's last ``<p>``, but marks it off: an ``<em>``,
``<small>``, ``<i>``, ``<font>`` or a styled ``<span>`` that ends the paragraph, holding
nothing but the row, set in smaller or paler type. A ``<br>`` would have made it a line
of its own (and a credit line is dropped as such); the element is the same break drawn by
CSS. The row goes from the body, the sentence before it stays.

A row glued as text, with no element ("…。（记者 X）", "…。 责任编辑：X"), is
glued_credit's: it is the paragraph's as every gold set counts it. The meta-line test used
to drop such a paragraph whole when the row held two labels (the story's sentence with its
credits): ``glued_on_sentence`` tells it the paragraph is the story's.

Only an element whose whole text is a credit row (``chrome.line_kind``) after a finished
sentence counts: an emphasised phrase of the story is no credit, and one inside a sentence
is the sentence's.
"""

from __future__ import annotations

from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.dom import Line
from snapcrawl.extract.glued_credit import split_tail
from snapcrawl.extract.text import normalize_text

# Inline tags a page sets a small note in; a plain <span> only with its own look.
_NOTE_TAGS = frozenset({"em", "small", "i", "font", "sub"})
_STYLED_TAGS = frozenset({"span"})
_SENTENCE_END = ("。", "！", "？", "!", "?", "…", "”", "」", "』")
_MIN_STORY = 10  # the paragraph before the row is a sentence at least
_MAX_ROW = 60  # a crew's row is short
_BRACKETS = "（(【[〔"


def inline_credit_tail(line: Line) -> tuple[str, str] | None:
    """``(story, credit)`` when ``line`` ends in an inline element holding only a credit
    row after a finished sentence (see the module); ``None`` otherwise."""
    owner = line.owner
    if len(owner) == 0:  # most paragraphs: no child element at all
        return None
    last = owner[-1]
    if not isinstance(last.tag, str) or (last.tail and not last.tail.isspace()):
        return None
    if last.tag not in _NOTE_TAGS and not (
        last.tag in _STYLED_TAGS and (last.get("style") or last.get("class"))
    ):
        return None
    row = normalize_text(last.xpath("string()"))
    if not row or len(row) > _MAX_ROW or row[0] in _BRACKETS or not line.text.endswith(row):
        return None
    story = line.text[: len(line.text) - len(row)].rstrip(" \u3000")
    if len(story) < _MIN_STORY or not story.endswith(_SENTENCE_END):
        return None
    return (story, row) if line_kind(row) == "credit" else None


def glued_on_sentence(text: str) -> bool:
    """Whether ``text`` is a finished sentence with a credit row glued after it, bracketed
    ("…通过。（记者：X　编辑：Y）", glued_credit.split_tail) or not ("…通过。 记者：X
    编辑：Y"): a paragraph of the story as the page wrote it, never a meta line."""
    if split_tail(text) is not None:
        return True
    end = max(text.rfind(mark) for mark in _SENTENCE_END)
    if end < _MIN_STORY - 1 or len(text) - end > _MAX_ROW:
        return False
    row = text[end + 1 :].strip(" \u3000")
    return bool(row) and line_kind(row) == "credit"

"""A pop-up box in the story: a term's card that the page shows over the text when the
reader taps the word ("跨性別" → "跨性別小百科 | 目前最廣被接受的定義有：… | 看更多 | 關閉").

Saved with the page, the card sits in the middle of the paragraph that holds the term, the
words it explains glued before it and the sentence going on after it. What makes it a box
drawn over the page and not the story's: its own close button, a line that is only the
word "關閉"/"关闭" (or its cross), the last line of a small element that holds the card's
few lines. The card goes; the term and the sentence around it stay.
"""

from __future__ import annotations

from snapcrawl.extract.dom import Line, run_under
from snapcrawl.extract.line_kinds import Kind

_CLOSE = frozenset({"關閉", "关闭", "×", "✕", "✖", "Close", "close", "CLOSE"})
_BOX_LINES = 12  # a card holds a few lines, never the story
_BOX_CHARS = 400  # and a few sentences


def cut_popup_boxes(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark the lines of a pop-up card (see the module) as not the story's, when prose of
    the story follows the card."""
    for i, line in enumerate(lines):
        if line.text not in _CLOSE or i == 0:
            continue
        box = line.owner.getparent()
        if box is None or box not in lines[i - 1].ancestors:
            continue  # a close button alone, no card of lines above it
        run = run_under(lines, i, box, _BOX_LINES)
        if run is None or run[-1] != i or len(run) < 3:
            continue
        if sum(lines[j].chars for j in run) > _BOX_CHARS:
            continue
        if not any(kind is Kind.GOOD for kind, _ in kinds[i + 1 :]):
            continue  # nothing of the story after it: a tail box, read elsewhere
        for j in run:
            kinds[j] = (Kind.BAD, "popup")

"""Two lines a column page prints over the story's first paragraph, neither of them story.

- a *dated byline*: the writer's name, the full time and the comment counter on one line
  ("康斯坦丁 2015-06-25 10:45:52 0人参与评论", "maomaobear 2015-06-19 11:20:11 12人参与"):
  no label says what it is, its shape does (a name, a clock, a counter and nothing else);
- a *summary box* whose label opens its line ("[摘要：…]", "【内容提要】…"): the page's
  précis of the story, like the box whose label stands alone on its line
  (line_kinds.cut_summary_box). 导语 and 导读 are not read so: their lead is often the
  story's own opening (summary_boxes.repeats_story reads them).
Both only before the story has begun, with the story after them (paragraphs.py).
"""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import CLOCK
from snapcrawl.extract.credit_person import is_name
from snapcrawl.extract.dates import YEAR, date_spans

_BYLINE_MAX = 48  # a name, a date-time and a counter
_CLOCK = re.compile(CLOCK)
# A comment or read counter printed beside the time: "0人参与评论", "12人参与", "评论(3)".
_COUNTER = re.compile(
    r"\d+\s*人?\s*(?:参与评论|参与|跟贴|跟帖|评论|阅读)|(?:评论|跟贴|跟帖|阅读)\s*[（(]?\d+[)）]?"
)
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{2,19}")  # a columnist's Latin pen name
_PEN_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")  # or a Chinese one (康斯坦丁)
_SUMMARY_OPENING = re.compile(
    r"^[\s【\[]*(?:内容)?(?:摘要|提要|核心提示)\s*[:：】\]]\s*(?P<rest>\S)"
)
_SUMMARY_MIN = 20  # a précis is a sentence or more, not a label with a word after it


def is_dated_byline(text: str) -> bool:
    """A line of a person's name, a full date-time and a comment counter, and nothing else."""
    if len(text) > _BYLINE_MAX or not _CLOCK.search(text) or not YEAR.search(text):
        return False
    counter = _COUNTER.search(text)
    if counter is None:
        return False
    rest = text[: counter.start()] + " " + text[counter.end() :]
    for start, end in reversed(date_spans(rest)):
        rest = rest[:start] + " " + rest[end:]
    words = _CLOCK.sub(" ", rest).split()
    if len(words) != 1:
        return False
    word = words[0]
    return is_name(word) or any(shape.fullmatch(word) is not None for shape in (_HANDLE, _PEN_NAME))


def is_summary_opening(text: str) -> bool:
    """A line that opens on a summary box's label ("[摘要：X…]") and goes on for a sentence."""
    if "摘" not in text[:6] and "提" not in text[:8]:
        return False
    match = _SUMMARY_OPENING.match(text)
    return match is not None and len(text) - match.start("rest") >= _SUMMARY_MIN

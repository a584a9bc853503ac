"""A sign-off glued to the story's last paragraph: "…会议将于下月召开。（记者 姚峰 上海报道）".

Many sites write the closing credit, end marker or source inside the last ``<p>`` instead
of on a line of its own ("…。(完)", "…。【编辑：刘洋】", "…。（来源：海港晚报）"). Glued,
the credit readers, which expect it alone on its line, miss it. Here the metadata readers
get the bracketed tail as a line of its own, right after the paragraph, and read it as they
read a standalone credit line.

The body keeps the paragraph as the page wrote it: every gold set we score against
(gne_tests_unlabeled, zh_cleaneval_immortal, trafilatura_eval_zh's snippets) counts a glued
credit as the paragraph's text, and cutting it lowered body F1 on two sets and the snippet
score on a third (RESULTS.md, "Metadata and held-out noise", 2026-12-05). A paragraph the
body dropped whole because its tail reads as a credit ("…。（责任编辑：王敏）") comes back.

A wire's filing stamp may follow the sign-off, digits only ("…。（編輯：李明）1120823", the
date in the Minguo calendar; "…（完）20231105"): it is neither story nor credit, and the
tail before it is read as if it ended the paragraph.

Only a tail that is the whole end of the paragraph, after a finished sentence, whose
inside has a credit's or an end marker's shape (``chrome.line_kind``), or names an outlet
signing the story off with no label ("…。 (南海网)", ``according_to.signoff_outlet``: the
source reader's), counts: a bracket inside a sentence, a picture note (（图为…）), a quoted
aside or an audience's reaction (（掌声）) is the paragraph's own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from snapcrawl.extract.according_to import signoff_outlet
from snapcrawl.extract.body import Selection
from snapcrawl.extract.caption_credits import figure_around
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.dom import Line

_CLOSING = "）)】]"
_OPENING = "（(【["
_SENTENCE_END = ("。", "！", "？", "!", "?", "…", "”", "」", "』", '"')
_QUOTES = frozenset('“”「」『』"《》')
_MAX_TAIL = 40  # a credit, a source or an end marker is short; a longer aside is prose
_MIN_STORY = 10  # the paragraph before the tail is a sentence at least
_LOOK_BACK = 4  # the story's last paragraph may stand before a few credit or chrome lines
_CUT_KINDS = frozenset({"credit", "end_marker"})
_HAN = re.compile("[\u4e00-\u9fff]")
_STAMP = (6, 8)  # a filing stamp's digits: a date, yyymmdd (Minguo) or yyyymmdd


def split_tail(text: str) -> tuple[str, str] | None:
    """``(story, tail)`` when ``text`` ends in a bracketed credit, source or end marker
    glued after a finished sentence; ``None`` otherwise. ``story`` is the text before the
    tail exactly (only the spaces between them dropped)."""
    if text and text[-1].isdigit():
        text = _unstamped(text)
    if not text or text[-1] not in _CLOSING:
        return None
    start = max(text.rfind(char) for char in _OPENING)
    if start <= 0 or len(text) - start > _MAX_TAIL:
        return None
    inner = text[start + 1 : -1]
    if not inner.strip() or any(c in _OPENING or c in _CLOSING or c in _QUOTES for c in inner):
        return None
    story = text[:start].rstrip(" \u3000")
    if len(story) < _MIN_STORY or not story.endswith(_SENTENCE_END):
        return None
    tail = text[start:]
    if line_kind(tail) in _CUT_KINDS:
        return story, tail
    # "…照顾好她。 (南海网)": an outlet signing off with no label, for the source reader
    # (according_to.signoff_outlet); a Latin word alone ("(Continued)") names none here
    if _HAN.search(inner) and signoff_outlet(tail):
        return story, tail
    return None


def _unstamped(text: str) -> str:
    """``text`` without a filing stamp after its closing bracket, or ``""`` when it ends in
    digits that are no such stamp (a sentence's number)."""
    body = text.rstrip("0123456789")
    digits = len(text) - len(body)
    body = body.rstrip(" \u3000")
    if _STAMP[0] <= digits <= _STAMP[1] and body and body[-1] in _CLOSING:
        return body
    return ""


def cut_glued_credit(selection: Selection, lines: list[Line]) -> list[Line]:
    """The page's lines for the metadata readers, with a sign-off glued to the story's
    last paragraph split into a line of its own (``lines`` itself when none is glued).

    The paragraph is the last kept line, or a line the body dropped as a credit after it
    (a paragraph ending "（责任编辑：王敏）" reads as a credit line as a whole: it returns to
    ``selection.kept`` whole), or one of those before a few trailing credit or chrome lines.
    The tail is not added to ``selection.credits``: those are the noise audit's, and the
    body keeps the paragraph whole (every gold set does), so the tail was not removed from
    it. The lines after it are renumbered by position, as the readers of the metadata
    number them.
    """
    if not selection.kept:
        return lines
    last = selection.kept[-1].index
    dropped = [ln for ln in selection.credits if last < ln.index <= last + _LOOK_BACK]
    candidates = [*_last_kept(selection.kept), *dropped]
    candidates.sort(key=lambda ln: ln.index)
    for line in reversed(candidates):
        if (parts := split_tail(line.text)) is not None:
            return _split(selection, lines, line, *parts)
        if line_kind(line.text) is None and figure_around(line) is None:
            # a line of the story with nothing glued to it; a picture's caption after the
            # last paragraph is no line of the story, and the paragraph may stand before it
            return lines
    return lines


def _last_kept(kept: list[Line]) -> list[Line]:
    """The last ``_LOOK_BACK`` kept lines, not counting the pictures' captions among them:
    a wire story's photo set after its last paragraph (four or five captions, each in its
    figure) would push the paragraph that carries the sign-off out of reach."""
    count = 0
    start = len(kept)
    while start > 0 and count < _LOOK_BACK:
        start -= 1
        if figure_around(kept[start]) is None:
            count += 1
    return kept[start:]


def _split(
    selection: Selection, lines: list[Line], line: Line, story_text: str, tail_text: str
) -> list[Line]:
    chars = len(story_text)
    story = replace(line, text=story_text, chars=chars, link_chars=min(line.link_chars, chars))
    tail = replace(line, text=tail_text, chars=len(tail_text), link_chars=0, punct=0, is_link=False)
    if line in selection.credits:  # dropped as a credit as a whole: the paragraph comes back
        selection.credits.remove(line)
        selection.kept.append(line)
    if line.index >= len(lines) or lines[line.index] is not line:
        return lines  # not the page's lines numbered by position: leave them
    pos = line.index
    for later in lines[pos + 1 :]:
        later.index += 1
    tail.index = pos + 1
    return [*lines[:pos], story, tail, *lines[pos + 1 :]]

"""A summary box ("摘要：X", "提要：X", "导读：X") over the story: the page's own abstract of
it, repeated where the story opens, so it is no paragraph of the story. Told by what it
repeats, not by its label alone: a "导读" that says something the story does not is kept.
A page may set the box between the paragraphs, below the one it repeats ("核心提示：X"
after the paragraph opening with X): the box goes, the story's own paragraph stays.

A portal may also set its description over the story with no label, built of sentences it
took from the story ("当时…很开心。现在…的影子。" over the paragraphs that say each): a lead
whose every sentence, two at least, stands word for word in the paragraphs below it is
that copy, not the story's opening.

A tech site's teaser is the same copy in other shapes: "【X 评测】随着…落地加速……" (a label,
the first words of the opening paragraph, an ellipsis), or the box once bare and once under
its label ("在 X 上排查…" over "【摘要】在 X 上排查…"). Neither is a sentence of the story's
own: the first is cut mid-clause, the second a copy of the labelled box. One whole repeated
sentence alone is not dropped (it may be the story's emphasis): the cut or the label next
to the copy tells them apart.

A box's label may be drawn as a badge of spaced letters with no colon ("导 读 X…", each
character in a span of its own): the same label, read the same way.

A takeaway box over the story ("本文重点" or any title of the site's own, over one
paragraph) is the same abstract in a box of two lines: its paragraph says again what a
paragraph below says, nearly word for word (a typo fixed in one copy, a word changed), so
it is told by the copy, not by the title's words."""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import SUMMARY_LABEL
from snapcrawl.extract.dom import Line

_SUMMARY_PROBE = 16  # characters of a summary that must open a later paragraph
# "导 读 X…": the label's letters spaced out as a badge, a space where the colon would stand.
_SPACED_LABEL = re.compile(r"^[\s【\[]*(?:导\s+读|导\s+语|摘\s+要|提\s+要)\s+")


def repeats_story(text: str, following: list[str]) -> bool:
    """A "摘要：X" box whose X stands in one of the ``following`` paragraphs (or the ones
    over it, when given those): the page's summary of the story, repeated, not a part of it."""
    if "摘" not in text and "提" not in text and "导" not in text:
        return False
    match = SUMMARY_LABEL.match(text) or _SPACED_LABEL.match(text)
    if not match:
        return False
    probe = text[match.end() : match.end() + _SUMMARY_PROBE]
    return len(probe) == _SUMMARY_PROBE and any(probe in later for later in following)


_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
_SENTENCE_MIN = 10  # a sentence, not a stock phrase ("记者了解到。")
_SENTENCES_MIN = 2  # one repeated sentence may be the story's own emphasis


def restates_story(text: str, following: list[str]) -> bool:
    """Whether ``text``, over the story, is only sentences of the ``following`` paragraphs,
    copied word for word (see the module's docstring)."""
    if len(text) < _SENTENCES_MIN * _SENTENCE_MIN or not text.endswith(
        ("。", "！", "？", "!", "?")
    ):
        return False
    sentences = _SENTENCE.findall(text)
    if len(sentences) < _SENTENCES_MIN or sum(map(len, sentences)) != len(text):
        return False
    later = "\n".join(following)
    return all(len(s) >= _SENTENCE_MIN and s in later for s in sentences)


_ELLIPSIS = re.compile(r"(?:……|…|\.{3,6})$")
_LABEL = re.compile(r"^[【\[［](?P<label>[^】\]］]{1,12})[】\]］]\s*")
_MIN_CORE = 12  # words enough to be the story's opening, not a stock phrase
_LABEL_MAX = 8  # "【摘要】", "【导读】"


def cut_teaser(text: str, following: list[str]) -> bool:
    """A label and the opening of one of the ``following`` lines, cut with an ellipsis.
    A later line that is this one again is no longer text it was cut from: a gallery prints
    its text on every slide, and the first copy keeps its place (paragraphs drops the rest)."""
    if not _ELLIPSIS.search(text):
        return False
    core = _ELLIPSIS.sub("", _LABEL.sub("", text)).strip()
    return len(core) >= _MIN_CORE and any(
        later.startswith(core) and later != text for later in following
    )


def bare_copy_of_box(text: str, following: list[str]) -> bool:
    """The next line is this one under a bracketed label ("【摘要】" + this)."""
    if len(text) < _MIN_CORE or not following:
        return False
    nxt = following[0]
    if not nxt.endswith(text) or len(nxt) - len(text) > _LABEL_MAX:
        return False
    return _LABEL.match(nxt) is not None


_CUT_COPY_MIN = 24  # a copy of the opening, not a heading that shares its first words
_SPACES = re.compile(r"\s+")
_SENTENCE_END = ("。", "！", "？", "!", "?", "”", "」")


def cut_copy(text: str, following: list[str]) -> bool:
    """A summary box built of the story's own opening, cut at a fixed length with no
    ellipsis ("X。 据《Y》报" over the paragraphs "X。" and "据《Y》报道，…"): the opening
    of the ``following`` lines read on, and either longer than the first of them (so no
    paragraph of its own) or cut short of its end mid-sentence."""
    if len(text) < _CUT_COPY_MIN or not following:
        return False
    core = _SPACES.sub("", _ELLIPSIS.sub("", text))
    first = _SPACES.sub("", following[0])
    if len(core) < _CUT_COPY_MIN or core[:_CUT_COPY_MIN] != first[:_CUT_COPY_MIN]:
        return False  # the cheap test: most lines stop here
    if len(core) < len(first):
        return first.startswith(core) and not core.endswith(_SENTENCE_END)
    return len(core) > len(first) and _SPACES.sub("", "".join(following)).startswith(core)


_BOX_TITLE_MAX = 16  # a box's title is one short label
_COPY_MIN = 40  # a takeaway is a sentence or two, not a phrase
_COPY_SHARE = 0.9  # of its character pairs a near copy shares with the paragraph it copies


def takeaway_box(title: str, text: str, following: list[str]) -> bool:
    """Whether ``title`` (a short label with no sentence's mark) over ``text`` is a box of
    two lines whose paragraph a later one of the ``following`` says again nearly word for
    word (see the module's docstring)."""
    if len(title) > _BOX_TITLE_MAX or len(text) < _COPY_MIN or _MARKS.search(title):
        return False
    pairs = {text[i : i + 2] for i in range(len(text) - 1)}
    need = _COPY_SHARE * len(pairs)
    for later in following:
        if len(later) < len(text) * _COPY_SHARE:
            continue
        later_pairs = {later[i : i + 2] for i in range(len(later) - 1)}
        if len(pairs & later_pairs) >= need:
            return True
    return False


_MARKS = re.compile(r"[，。！？；：,.!?;:]")


def box_of_two(title: Line, text: Line) -> bool:
    """Whether two lines are the whole of one box: their elements share a parent that
    holds nothing else."""
    parent = title.owner.getparent()
    return (
        parent is not None
        and text.owner.getparent() is parent
        and title.owner is not text.owner
        and len(parent) == 2
    )

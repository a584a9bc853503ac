"""A summary box ("摘要：X", "提要：X", "导读：X") over the story: the page's own abstract of
it, repeated where the story opens, so it is no paragraph of the story. Told by what it
repeats, not by its label alone: a "导读" that says something the story does not is kept.

A portal may also set its description over the story with no label, built of sentences it
took from the story ("当时…很开心。现在…的影子。" over the paragraphs that say each): a lead
whose every sentence, two at least, stands word for word in the paragraphs below it is
that copy, not the story's opening."""

from __future__ import annotations

import re

from snapcrawl.extract.chrome_vocab import SUMMARY_LABEL

_SUMMARY_PROBE = 16  # characters of a summary that must open a later paragraph


def repeats_story(text: str, following: list[str]) -> bool:
    """A "摘要：X" box whose X opens one of the ``following`` paragraphs: the page's summary
    of the story, repeated, not a part of it."""
    if "摘" not in text and "提" not in text and "导" not in text:
        return False
    match = SUMMARY_LABEL.match(text)
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

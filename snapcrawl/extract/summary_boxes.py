"""A summary box ("摘要：X", "提要：X", "导读：X") over the story: the page's own abstract of
it, repeated where the story opens, so it is no paragraph of the story. Told by what it
repeats, not by its label alone: a "导读" that says something the story does not is kept."""

from __future__ import annotations

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

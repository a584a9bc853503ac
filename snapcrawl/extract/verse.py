"""A poem's stanzas, or any story told in a block of short ``<br>``-broken lines.

Line kinds keep a short line only between prose: a heading, a caption, a sign-off. A poem
on a literature site (or a verse quoted whole, a list of names set line by line) has no
prose around it: each of its lines is short and unpunctuated, so every one was SHORT and the
page had no story at all. What makes such a run the story's is its shape: many lines of one
block element broken by ``<br>`` (or of sibling elements of one tag and class, a line
each), none of them a link, a label or a heading.
A menu is links, an info box is labels, and a heading stands in an element of its own.
Only where the block holds no prose: the verse is then the story, not what stands beside it.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract import noise, thresholds
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.story_runs import RUN


def _verse_line(line: Line, kind: tuple[Kind, str]) -> bool:
    text = line.text
    return (
        kind == (Kind.SHORT, "")
        and not line.link_chars
        and not line.heading
        and not text.endswith(("：", ":"))
        and not noise.is_meta_line(text)
    )


def _one_block(a: etree._Element, b: etree._Element) -> bool:
    """Lines of one ``<br>``-broken element, or of sibling elements of one tag and class
    (a poem set one ``<p>`` a line)."""
    return a is b or (
        a.getparent() is b.getparent() and a.tag == b.tag and a.get("class") == b.get("class")
    )


def keep_verse(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Make GOOD each run of ``VERSE_BLOCK_LINES`` or more SHORT lines of one block, in a
    block with no prose of its own: beside prose, such a run is as often a sidebar's
    or a profile's lines, and a short run between paragraphs stays anyway (keep_short)."""
    if any(kind is Kind.GOOD for kind, _ in kinds):
        return
    n = len(lines)
    i = 0
    while i < n:
        if kinds[i][0] is not Kind.SHORT:
            i += 1
            continue
        j = i
        while (
            j < n
            and (j == i or _one_block(lines[j - 1].owner, lines[j].owner))
            and _verse_line(lines[j], kinds[j])
        ):
            j += 1
        if (
            j - i >= thresholds.VERSE_BLOCK_LINES
            and sum(line.chars for line in lines[i:j]) >= thresholds.MIN_BODY_CHARS
        ):
            for k in range(i, j):
                kinds[k] = (Kind.GOOD, "")
        i = max(j, i + 1)


# The line that closes a quoted poem: a dash, the poet, the work ("——X《Y》全文", "—— X《Y》节选").
_ATTRIBUTION = re.compile(r"^[—–―－-]{1,2}\s*[^\s《》，。]{0,12}《[^》]{1,30}》\S{0,4}$")
_QUOTED_MIN = 2  # lines of a poem quoted before its attribution


def keep_quoted_verse(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Make GOOD a run of short lines closed by a poem's attribution ("——X《Y》"), after the
    story's prose: a poem the story quotes whole or in part, a line a ``<p>`` (each in a
    wrapper of its own, so ``keep_verse``'s one block does not hold them), not a sidebar's
    list, whose lines no dash and cited work close. Per line only a kind and a substring
    test; the run above an attribution is read only when one is found."""
    seen_good = False
    for pos, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind[0] is Kind.GOOD:
            seen_good = True
            continue
        if not seen_good or "《" not in line.text or not _ATTRIBUTION.match(line.text):
            continue
        start = pos
        while start > 0 and _verse_line(lines[start - 1], kinds[start - 1]):
            start -= 1
        if pos - start >= _QUOTED_MIN:  # the run's lines are SHORT: the prose is above it
            for k in range(start, pos + 1):
                kinds[k] = (Kind.GOOD, RUN)  # the story's run: no stranger past its end

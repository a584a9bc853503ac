"""Pages that are a series of dated entries: blog front pages, forum threads, comment lists.

Their block holds several sibling elements of one kind (same tag and class), each with its
own date-and-time line ("2005-06-14 03:25:55", "发布时间 2005/03/15 22:36 by 某人") and its
own prose. The reader's article is the first entry (the post that opens a thread, the newest
blog post) or, when a story comes before the series, that story (the series is its comments).
Paragraphs of one story never come in such siblings: a paragraph has no date-and-time line,
and a dated table row has no prose.

Bare dates one under the other are no entries: a record's fields ("datePublished",
"dateCreated", "dateModified", each a ``<div>`` of one ISO date, the way a schema.org block
over the story sets them) are three dated siblings with nothing else in them, and taking
them for a series kept only the record's lines above them and lost the story below. A
thread's stamps stand apart, each over its post's text.

Nor are other stories' cards set between the paragraphs (each a linked headline and its
date, "新的限制是否会影响中国游戏市场？ 2021年9月1日, 17:09"): the story's own paragraphs
stand between them, where a thread's posts or a blog's entries follow one another.
"""

from __future__ import annotations

import re
from itertools import pairwise

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.dates import find_dates
from snapcrawl.extract.dom import Line

# What every date with a time of day holds, in this order: a year (both of ``dates``' forms
# have one), then the hour's separator (":", "：", 时, 点) after it. One search a line
# finds the few lines ``find_dates`` can stamp.
_YEAR_THEN_CLOCK = re.compile(r"(?:19|20)\d\d.*[:：时点]", re.DOTALL)


def prose_chars(lines: list[Line], *, outside_furniture: bool = False) -> int:
    """Characters of sentence-like lines: what tells a story (or a post) from a list of
    entries. ``outside_furniture`` leaves out lines inside a furniture region."""
    return sum(
        line.chars - line.link_chars
        for line in lines
        if line.punct
        and not line.is_link
        and not (outside_furniture and line.noise_at >= 0)
        and line.chars - line.link_chars >= thresholds.ENTRY_PROSE_LINE
    )


def _dated(lines: list[Line], known: dict[int, bool] | None = None) -> bool:
    """Whether an entry's head or tail holds a short line with a date and a time of day.
    ``known``: whether each line is one, by index (see ``_series``)."""
    edge = lines[: thresholds.ENTRY_STAMP_REACH] + lines[-thresholds.ENTRY_STAMP_REACH :]
    if known is None:
        return any(_stamped(line) for line in edge)
    return any(known[line.index] for line in edge)


def _stamped(line: Line) -> bool:
    """A short line with a date and a time of day."""
    return line.chars <= thresholds.ENTRY_STAMP_CHARS and any(
        d.has_time for d in find_dates(line.text)
    )


def _series(inside: list[Line], container: etree._Element) -> list[list[Line]]:
    """The first run of dated sibling entries under ``container``, as their lines."""
    # Each line judged once (it is at the edge of the entries at each depth it is under),
    # and first: entries of a series are disjoint, so a block with fewer date-and-time
    # lines than MIN_ENTRIES (an article: most blocks) holds no series.
    # Only a line with a year before a clock's separator can be stamped (most are not).
    search = _YEAR_THEN_CLOCK.search
    limit = thresholds.ENTRY_STAMP_CHARS
    maybe = [line for line in inside if line.chars <= limit and search(line.text)]
    if len(maybe) < thresholds.MIN_ENTRIES:
        return []
    known = dict.fromkeys((line.index for line in inside), False)
    for line in maybe:
        known[line.index] = _stamped(line)
    if sum(known.values()) < thresholds.MIN_ENTRIES:
        return []
    groups: dict[etree._Element, dict[etree._Element, list[Line]]] = {}
    for line in inside:
        chain = line.ancestors
        try:
            top = chain.index(container)
        except ValueError:
            continue
        parent = container
        for depth in range(min(thresholds.ENTRY_DEPTH, top)):
            child = chain[top - 1 - depth]
            groups.setdefault(parent, {}).setdefault(child, []).append(line)
            parent = child
    best: list[list[Line]] = []
    for children in groups.values():
        if len(children) < thresholds.MIN_ENTRIES:
            continue
        kinds: dict[tuple[str, str | None], list[list[Line]]] = {}
        for child, lines in children.items():
            if _dated(lines, known):
                kinds.setdefault((child.tag, child.get("class")), []).append(lines)
        for entries in kinds.values():
            if (
                len(entries) >= thresholds.MIN_ENTRIES
                and (not best or entries[0][0].index < best[0][0].index)
                and not _bare_dates(entries)
                and not _cards_in_story(entries, inside, known)
            ):
                best = entries
    return best


def _cards_in_story(entries: list[list[Line]], inside: list[Line], known: dict[int, bool]) -> bool:
    """Entries that are each a linked headline and its date, with the story's paragraphs
    between them: another story's card set into this one ("相关：X" over its date), not posts."""
    if not all(
        any(line.link_chars for line in lines)
        and all(line.is_link or known[line.index] for line in lines)
        for lines in entries
    ):
        return False
    first, last = entries[0][-1].index, entries[-1][0].index
    taken = {line.index for lines in entries for line in lines}
    between = [line for line in inside if first < line.index < last and line.index not in taken]
    return prose_chars(between) >= thresholds.ENTRY_MIN_PROSE


_BARE_DATE = re.compile(r"[\d\s:：.+/TZ年月日时分秒-]+")


def _bare_dates(entries: list[list[Line]]) -> bool:
    """Entries that are each one line holding a date and nothing else, one right under
    the other: a record's date fields (published, created, modified), not posts."""
    return all(
        len(lines) == 1 and _BARE_DATE.fullmatch(lines[0].text) for lines in entries
    ) and all(b[0].index == a[0].index + 1 for a, b in pairwise(entries))


def _short_post(lines: list[Line]) -> bool:
    """A thread's opening post shorter than a story ("求助：…", two or three sentences): its
    stamp on a line of its own and a few sentences in its other lines. A paragraph that
    opens with a date ("2005-06-14 03:25，…") is a whole entry in one line, and is none."""
    unstamped = [line for line in lines if not _stamped(line)]
    return len(unstamped) < len(lines) and prose_chars(unstamped) >= thresholds.MIN_BODY_CHARS


def first_entry(inside: list[Line], container: etree._Element) -> list[Line]:
    """``inside`` cut to the article when it is a series of dated entries, else as is."""
    entries = _series(inside, container)
    if not entries:
        return inside
    start = entries[0][0].index
    before = [line for line in inside if line.index < start]
    if prose_chars(before) >= thresholds.ENTRY_MIN_PROSE:  # a story, then its comments
        return before
    if prose_chars(entries[0]) < thresholds.ENTRY_MIN_PROSE and not _short_post(entries[0]):
        return inside
    end = entries[0][-1].index
    return [line for line in inside if line.index <= end]

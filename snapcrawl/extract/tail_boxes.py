"""A widget's box after the story: short lines in a block of their own past the last prose.

A story may end on a short run after its prose (a sign-off: 原标题, a reporter's name, a
signature and its date), and such a run is kept (``keep_short``). But hosts set their
widgets there too, worded every way: a press room's media contact (a heading, a name, a
phone, a mail address), a podcast's listening platforms, a library's sign-up counter, a
service centre's links, a map's address with its route button, an "ask our analyst" box, a
card's heading left over its fields, a box asking the reader a short question over its
button (对行情有疑问？ 向分析师提问). What they share is not their words but their shape: a
block below the article's container, past the last prose line, with no prose in it, that is
a box: two or more lines (a heading over its fields, a label over its links), or one line
beside an empty slot a script fills (a map's canvas, an icon, a counter's bar) or over a
wall of pictures with no caption (a sponsors' logos). A sign-off
stands as a paragraph of the story, one line to its block; a list's or a table's items are
the story's data and are never read here; a signature over a written date closes a notice.
A code block past the last prose line tells a tutorial, whose steps between its samples are
short lines with no sentence end: the story reaches at least to its last sample.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract.dom import Line, blocks_around
from snapcrawl.extract.line_kinds import SIGNED_ON, Kind
from snapcrawl.extract.vocab import TABLE_TAGS

_BOX_MAX_LINES = 8
_WALL_EXTRA = 2  # pictures beyond one per line: a wall of logos, not a captioned picture
_QUESTION_MAX = 20  # a box's question to the reader: one short line ending in a question mark
_QUESTION_ENDS = ("？", "?")  # a widget is a few lines: a story's closing section is longer
ITEM_TAGS = frozenset({"li", "dd", "dt", *TABLE_TAGS})  # a list's or a table's data
_NO_SLOT = frozenset({"img", "br", "hr", "wbr"})  # no text and no slot either: a picture, a break


def _has_slot(box: etree._Element) -> bool:
    """Whether an element under ``box`` is empty: a slot a script fills (a canvas, an icon)."""
    for el in box.iterdescendants():
        if (
            el.tag not in _NO_SLOT
            and isinstance(el.tag, str)
            and len(el) == 0
            and not (el.text or "").strip()
        ):
            return True
    return False


def _is_box(box: etree._Element, members: range, lines: list[Line]) -> bool:
    if any(SIGNED_ON.match(lines[k].text) for k in members):
        return False  # a signature and its date: a notice's close
    pictures = sum(1 for _ in box.iter("img"))
    if len(members) >= 2:
        # a picture per line is a gallery's captions, not a widget
        return pictures < len(members)
    # one line: beside an empty slot, or over a wall of pictures with no caption (logos)
    return lines[members[0]].owner is not box and (
        _has_slot(box) or pictures >= len(members) + _WALL_EXTRA
    )


def last_code_line(lines: list[Line], last: int) -> int:
    """``last``, or the last line past it set in a code block: a tutorial's steps go on in
    short lines with no sentence end between its code samples, and no host sets code in
    a widget, so the story reaches at least as far as its last sample."""
    for k in range(len(lines) - 1, last, -1):
        if lines[k].owner.tag == "pre":
            return k
    return last


def _storys_paragraph(box: etree._Element, members: range, lines: list[Line], end: int) -> bool:
    """A ``<p>`` beside the story's last line (``end``), its lines broken by ``<br>`` and
    holding no link, on a page whose story sets its own paragraphs so (a blog's "# 三、测试
    <br>执行…" step): the story's paragraph, not a widget. A host's notice in a ``<p>`` of
    several lines beside single-line story paragraphs is still judged."""
    return (
        box.tag == "p"
        and box.getparent() is lines[end].owner.getparent()
        and not any(lines[k].link_chars for k in members)
        and _sets_broken_paragraphs(lines, end)
    )


def _sets_broken_paragraphs(lines: list[Line], end: int) -> bool:
    """Whether two lines up to ``end`` share one ``<p>`` of the story's container."""
    parent = lines[end].owner.getparent()
    for k in range(end, 0, -1):
        owner = lines[k].owner
        if owner.tag == "p" and owner is lines[k - 1].owner and owner.getparent() is parent:
            return True
    return False


def cut_tail_boxes(
    kinds: list[tuple[Kind, str]], lines: list[Line], container: etree._Element
) -> None:
    """Mark BAD "ui" the short lines after the last prose line that stand in a widget's box
    (see the module's doc)."""
    good = Kind.GOOD
    n = len(kinds)
    last = n - 1
    while last >= 0 and kinds[last][0] is not good:
        last -= 1
    if last < 0:
        return
    text = lines[last].text
    if len(text) <= _QUESTION_MAX and text.endswith(_QUESTION_ENDS):  # maybe a box's question
        last -= 1
        while last >= 0 and kinds[last][0] is not good:
            last -= 1
    last = last_code_line(lines, last)
    short = Kind.SHORT
    i = last + 1
    while i < n:
        line = lines[i]
        if kinds[i][0] is not short or line.owner is container or line.owner.tag in ITEM_TAGS:
            i += 1
            continue
        box, members = None, None
        for anc, found in blocks_around(lines, i, container, _BOX_MAX_LINES):
            if found[0] <= last:
                break
            box, members = anc, found
        if (
            box is None
            or members is None
            or not _is_box(box, members, lines)
            or _storys_paragraph(box, members, lines, last)
        ):
            i += 1
            continue
        for k in members:
            if kinds[k][0] is not Kind.BAD and lines[k].owner.tag not in ITEM_TAGS:
                kinds[k] = (Kind.BAD, "ui")
        i = members[-1] + 1

"""A lead box over the story that restates its sentences: "当局指出，…构成影响。" in a box
above the first paragraph, the same words standing again inside the story's third.

Portals (凤凰网's "dy_box") print a summary over the story, made of the story's own
sentences, cut short ("…另一部分网友则与新华社持相同观点，“阴") or two of them joined
("…已经晚了。2013年11月，台北市政府…首例。"). Every piece of such a line stands word for
word in a later paragraph, and the box is an element of its own, apart from the one that
holds the story's paragraphs: the line is the page's précis, not the story's opening. A
story that opens by quoting a sentence it gives again later, in the story's own element,
keeps it (the corpus gold does). Only the first prose line is asked, and only when the
story after it is several times longer.
"""

from __future__ import annotations

import re

from snapcrawl.extract.caption_credits import figure_around, under_picture
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind

_PIECES = re.compile(r"[。！？!?；;…\u3000]+|[“”「」]")
_MIN_PIECE = 12  # a clause, not a phrase every story repeats
_MIN_LEAD = 20
_STORY_TIMES = 3  # the story under the box is several times the box


def _a_caption(line: Line) -> bool:
    """A photo's caption: in a figure, under a picture, or in a box its class calls one
    ("story-caption", a caption set apart from its picture)."""
    if figure_around(line) is not None or under_picture(line):
        return True
    return any("caption" in (anc.get("class") or "") for anc in line.ancestors[:4])


def _same_box(lead: Line, line: Line) -> bool:
    """The lead and the story's next paragraph stand in one element (their blocks share a
    parent): no box of its own over the story."""
    return lead.owner.getparent() is line.owner.getparent()


def cut_restated_lead(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark the first prose line as a summary when every piece of it stands in a later
    line of the story (see the module)."""
    first = next((i for i, (kind, _) in enumerate(kinds) if kind is Kind.GOOD), None)
    if first is None or lines[first].chars < _MIN_LEAD:
        return
    if _a_caption(lines[first]):
        return  # a photo's caption, which may name what the story says again, stays
    following = [k for k in range(first + 1, len(lines)) if kinds[k][0] is Kind.GOOD]
    if not following or _same_box(lines[first], lines[following[0]]):
        return  # the story's own first paragraph, in the story's element
    later = [lines[k].text for k in following]
    rest = "\n".join(later)
    text = lines[first].text
    if len(rest) < _STORY_TIMES * len(text) or text in later:
        return
    pieces = [p.strip() for p in _PIECES.split(text)]
    pieces = [p for p in pieces if p]
    if not pieces or any(len(p) < _MIN_PIECE for p in pieces[:-1]):
        return  # a short clause inside: a sentence of the story's own, not a copy
    if all(p in rest for p in pieces if len(p) >= _MIN_PIECE) and any(
        len(p) >= _MIN_PIECE for p in pieces
    ):
        kinds[first] = (Kind.BAD, "summary")

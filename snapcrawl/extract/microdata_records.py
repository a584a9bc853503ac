"""A schema.org record over the story: an ``itemscope`` element whose every line is one of
its fields, each a leaf of its own (``<div itemprop="mainEntityOfPage">URL</div>``, the
headline twice, the site's name, the description, three ISO dates, the logo's width and
height). A site sets it for machines and hides it by its stylesheet, which a saved page may
not carry: read as text it is a box of the story's address, headline and lead over the story.
It is no part of the story: the story says it again below, in the page's own paragraphs.

Told by its shape, not by a site's class: all the element's lines are fields, at least a
few, and the story's prose follows it outside it. A record whose field is the story itself
(``articleBody``, ``text``) is the story, and a visible article marked up with microdata
holds paragraphs that are no fields, so neither is taken.
"""

from __future__ import annotations

from lxml import etree

from snapcrawl.extract.dom import Line, run_under
from snapcrawl.extract.line_kinds import Kind

_MIN_FIELDS = 3  # a headline marked up alone is no record
_MAX_LINES = 80  # a record holds its fields, never a page
_STORY_PROPS = frozenset({"articlebody", "text", "reviewbody"})
_NO_FIELD = _STORY_PROPS | {""}  # a child with no itemprop is no field


def _field(line: Line) -> bool:
    """A line that is a record's field: its block a leaf marked ``itemprop``; or a record
    whose children are all fields, set inline (``<span itemprop=…>`` after ``<span>``, read
    as one line); or a field's link (``<a itemprop="url" href=…>`` with no text, read as its
    address) standing straight in a record."""
    owner = line.owner
    if owner.get("itemscope") is not None:
        return line.link_chars == line.chars or all(
            (child.get("itemprop") or "").lower() not in _NO_FIELD for child in owner
        )
    prop = owner.get("itemprop")
    return prop is not None and len(owner) == 0 and prop.lower() not in _STORY_PROPS


def _record(owner: etree._Element) -> etree._Element | None:
    """The outermost ``itemscope`` element over ``owner`` that is itself a field of another
    record or none: the whole record, its nested ones (the publisher, its logo) included."""
    found = None
    for anc in (owner, *owner.iterancestors()):
        if anc.get("itemscope") is not None:
            found = anc
        elif found is not None:
            break
    return found


def cut_microdata_records(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Mark the lines of a schema.org record (see the module) as not the story's, when
    prose of the story follows it."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if not _field(line):
            i += 1
            continue
        record = _record(line.owner)
        run = None if record is None else run_under(lines, i, record, _MAX_LINES)
        if run is None or run[0] != i:
            i += 1
            continue
        end = run[-1]
        if (
            len(run) >= _MIN_FIELDS
            and all(_field(lines[j]) for j in run)
            and any(kind is Kind.GOOD for kind, _ in kinds[end + 1 :])
        ):
            for j in run:
                kinds[j] = (Kind.BAD, "record")
        i = end + 1

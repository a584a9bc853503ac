"""A story whose whole column carries a furniture name, under the page's own headline.

Themes name the main column after how it scrolls or is laid out ("sticky-sidebar-wrap",
a sticky-column plugin's "...StickySidebar" wrapper put on every column, the story's too),
so the body's scoring mutes every line of the story, and the best block left is a widget's
few words (a translator's "Rate this translation"): the selection keeps nothing. Such a
page is scored again as a page whose prose is all in furniture (``body.loose_best``),
and the block found is the story only when it stands under a heading that repeats the
page's ``<title>`` (a related list or a comment box has no such heading over it) and the
verdict on it is an article. Asked only of a page whose selection kept nothing at all.

A review or a forum post may have only its text in the misnamed box (a "report this" button's
wrapper named with "link"), its headline and its dated meta line above the box in the page's
main column. The headline outside the box is the story's when the title opens on it, that dated line
stands between them, and the box is not named for readers' comments (a video's headline and
date over its comment box): a related list has no headline over it, a bare comment box
under a video's headline no dated line of the story's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.body import Selection, loose_best, select_body
from snapcrawl.extract.dom import Line, class_names
from snapcrawl.extract.not_article import dated_line
from snapcrawl.extract.title_pieces import headline_piece

_HEADING_REACH = 8  # lines over the block where its headline stands (a date, a share bar between)
# Names of a box of readers' words: a comment box under a headline is never its story.
_READER_TALK = frozenset({"comment", "comments", "reply", "replies"})
_META_LINE_CHARS = 60  # a meta line lists fields: a date, a name, a counter
_THIN_LINES = 2  # a strict selection of this many lines at most ...
_THIN_CHARS = 2 * thresholds.STRONG_PARAGRAPH_CHARS  # ... and under this many characters
_THIN_GAIN = 4  # the block found in furniture holds this many times the thin one's text


def _chars(lines: list[Line]) -> int:
    return sum(line.chars for line in lines)


def is_thin(selection: Selection) -> bool:
    """A strict selection of a line or two of little text (module doc): cheap, counts only."""
    kept = selection.kept
    return 0 < len(kept) <= _THIN_LINES and _chars(kept) < _THIN_CHARS


_HEAD_BOX_LEVELS = 3  # the headline's element, its parent, the title block holding both


_DATE_OVER = 2  # a post's header: its date, its category, then its headline


def _dated_above(lines: list[Line], heading: Line, start: int, region: etree._Element) -> bool:
    """A short dated meta line between the headline and the box's first kept line, in the
    main column, at the box's own head, or in the headline's own title block (a theme may
    name the date's bar under the headline as furniture too: "post-title-bottom"); or right
    over the headline, as a post's header sets it ("2023 年 3 月 31 日" | "文章" | headline)."""
    head_box = heading.ancestors[:_HEAD_BOX_LEVELS]
    over = lines[max(0, heading.index - _DATE_OVER) : heading.index]
    if any(
        line.noise_at < 0 and line.chars <= _META_LINE_CHARS and dated_line(line.text)
        for line in over
    ):
        return True
    return any(
        (
            line.noise_at < 0
            or region in line.ancestors
            or any(a in head_box for a in line.ancestors)
        )
        and line.chars <= _META_LINE_CHARS
        and dated_line(line.text)
        for line in lines[heading.index + 1 : start]
    )


_BARE_HEADLINE_CHARS = 16  # an unmarked line this long that the <title> holds is the headline


def headline_like(line: Line, title: str) -> bool:
    """A heading, or a bare line the page's ``<title>`` holds whole (a ``<span>`` headline)."""
    if line.heading:
        return True
    if line.is_link or not title:
        return False
    # A shorter bare line is the headline only whole up to the title's cut ("…焦虑症”-北方网"):
    # a short headline an old page sets in a styled ``<div>``.
    return (line.chars >= _BARE_HEADLINE_CHARS and line.text in title) or headline_piece(
        line.text, title, "start"
    )


# "2021-12-17 - 标题 | 站名": a blog theme puts the post's date before its headline.
_DATED_TITLE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[-|_–—]\s*")


def _opened_by(title: str, text: str) -> bool:
    """Whether the ``<title>`` opens on ``text``, past a date set before it."""
    if title.startswith(text):
        return True
    dated = _DATED_TITLE.match(title) if title[:1].isdigit() else None
    return dated is not None and title.startswith(text, dated.end())


def _names_talk(region: etree._Element) -> bool:
    return any(name & _READER_TALK for name in class_names(region))


# Lines of the block over its headline: a blog's post card opens on its stamp ("6月21日 · 3 分鐘"),
# then the headline, then the story.
_STAMP_REACH = 2
_STAMP_CHARS = 20


def _stamp_like(line: Line) -> bool:
    """A short unpunctuated line, a post card's stamp or counter, never a sentence."""
    return line.stamp or (not line.punct and line.chars <= _STAMP_CHARS)


def _under_title(
    lines: list[Line], first: int, start: int, title: str, kept: Iterable[int] = ()
) -> bool:
    """A heading of the page's title over the block's first kept line (in the block, from
    its ``first`` line, or right above it; or just under it when only a post card's stamp
    comes first), in the same furniture region as that line: the
    column the theme misnamed holds the headline and its story both, where a comment box
    or a related list under a video's headline stands in a region of its own. Or a heading
    outside the box that the title opens on, over a dated meta line (module doc), with no
    line of the thin selection (``kept``, its indexes) between them: prose the strict
    reading kept under that headline is its story, and the box below it (a strip of hot
    news in headings) comes after the story."""
    story = lines[start]
    if story.noise_at < 0:
        return False
    region = story.ancestors[story.noise_at]
    for pos in range(max(0, first - _HEADING_REACH), min(len(lines), start + 1 + _STAMP_REACH)):
        line = lines[pos]
        if pos > start and not all(_stamp_like(lines[k]) for k in range(start, pos)):
            break  # below the first kept line only past its stamp: never under prose
        text = line.text
        if line.is_link or text not in title:
            continue
        if not headline_like(line, title):
            continue
        if len(text) >= thresholds.TITLED_HEADLINE_CHARS and region in line.ancestors:
            return True
        # Outside the box: the title opening on it (a review's title adds the work's name).
        if (
            len(text) >= thresholds.TITLE_MIN_CHARS
            and (_opened_by(title, text) or not line.heading)  # a bare one: long (headline_like)
            and line.noise_at < 0
            and _dated_above(lines, line, start, region)
            and not _names_talk(region)
            and not any(pos < k < start for k in kept)
        ):
            return True
    return False


def story_in_furniture(
    lines: list[Line], selection: Selection, title: str, site_names: Iterable[str] = ()
) -> Selection | None:
    """The story of a page whose strict selection kept nothing, or a thin line or two,
    found in furniture; or ``None``."""
    thin = bool(selection.kept)
    if (thin and not is_thin(selection)) or not title or not lines:
        return None
    loose, best = loose_best(lines)
    if loose is None or best < thresholds.STRONG_PARAGRAPH_CHARS:  # more than a widget says
        return None
    if selection.container is not None and (
        loose is selection.container or loose in selection.container.iterancestors()
    ):
        return None  # the same block, or one holding it: nothing new to read
    found = select_body(lines, site_names, container=loose)
    if not found.kept:
        return None
    if thin and _chars(found.kept) < _THIN_GAIN * _chars(selection.kept):
        return None
    start = found.kept[0].index
    first = min(found.inside[0].index, start) if found.inside else start
    kept = [line.index for line in selection.kept]
    return found if _under_title(lines, first, start, title, kept) else None

"""A photo's caption or a flash right under the page's dated headline, chosen over a box.

A 2011 portal's photo page ("图为…") prints its headline (the ``<h1>`` that opens
``<title>``), the story's dated line, then a caption of a sentence or two and nothing more;
its sidebars hold longer boxes of teasers ("【…】…[详情]"), so body selection takes a box
and the page is judged a list. The caption is the page's story: the lines between the
dated headline and the first link under it. ``judge`` still decides whether those lines
are a story (whole sentences under a heading) or a topic page's one-line blurb, after
``select_body`` has read the block as any other (credits, promos, share bars go).

A photo page may set its toolbar between the dated line and the caption: a like count, the
picture counter ("1 / 3"), "原图", "评论 ( 2767 )", the share buttons, a tag line. Those are
short lines with no sentence; past them, the caption is the first longer line, even in a
frame the page names for its ads ("forAd") or set in a heading element, when it holds a
sentence. That reading is asked only when the plain one (the lines right under the dated
line) finds no story.

An old portal's photo page may caption its picture in one sentence, shorter than a story's
least ("…男儿身照曝光，整容变性前后变化巨大。"), in a table whose next cells hold the editor's
credit and a related box's links. Under the dated headline that is the ``<title>`` (an
``<h1>``, or a plain line that is the ``<title>`` whole) that sentence is the page's story;
the caption's own cell, not the table, is the element that must hold no link.
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract.body import Selection, select_body
from snapcrawl.extract.dom import Line
from snapcrawl.extract.host_voice import line_notice_strength
from snapcrawl.extract.page import Page
from snapcrawl.extract.paged_story import gallery_date_line, paged_intro, title_h1
from snapcrawl.extract.thresholds import MIN_BODY_CHARS, TITLED_HEADLINE_CHARS

MAX_LINES = 6  # a caption, its credit and a line or two of the story's close
_DATE_REACH = 2  # the dated line stands right under the headline
# A portal's provider line dates a fresh story by its age ("星島日報 – 3小時前"), its date
# only in the markup's attributes: a stamp as good as a date right under the headline.
_AGE = re.compile(r"(?<!\d)\d{1,2}\s*(?:分鐘|分钟|小時|小时|天)前$")


_AGE_LINE_MAX = 24  # a provider's name and an age, no headline
_TOOL_CHARS = 12  # a toolbar's line: a count, a button, a short tag line ...
_TOOL_REACH = 12  # ... this many of them at most between the dated line and the caption
_SENTENCE_MARKS = ("。", "！", "？")
_CAPTION_MIN = MIN_BODY_CHARS // 2  # a sentence of news: the body's own floor (article.py)


def aged_line(text: str) -> bool:
    """A short line ending on the story's age ("(AFP) – 11 小時前"): a provider's meta line,
    no story (paragraphs.py drops it over the story, as a stamp)."""
    return text.endswith("前") and len(text) <= _AGE_LINE_MAX and _AGE.search(text) is not None


def _dated(line: Line) -> bool:
    """The story's meta line: a date, or a short line ending on the story's age."""
    return gallery_date_line(line) or aged_line(line.text)


def headline_caption(title: str, lines: list[Line]) -> tuple[etree._Element, int, int] | None:
    """The element holding the dated headline and the unlinked lines under it, up to the
    first link (for ``select_body`` to read as it reads any block), and the first and last
    of those lines' indexes; or ``None``."""
    if not title:
        return None
    headline = _headline(lines, title)
    if headline is None:
        return None
    top = headline.index + 1
    start = next(
        (
            line.index + 1
            for line in lines[top : top + _DATE_REACH]
            if not line.is_link and _dated(line)
        ),
        None,
    )
    if start is None:
        return None
    run: list[Line] = []
    for line in lines[start : start + MAX_LINES]:
        if line.is_link or line.heading or line.noise_at >= 0:
            break
        run.append(line)
    return _block(headline, run)


def _headline(lines: list[Line], title: str) -> Line | None:
    """The page's headline: the ``<h1>`` that opens ``<title>``, or a plain line that is the
    ``<title>`` whole (an old portal sets its headline in a styled ``<div>``: "韩变性艺人…
    曝光(图)" over its dated line); a list's page names its ``<title>`` in no such line
    right over a date."""
    found = title_h1(lines, title)
    if found is not None or len(title) < TITLED_HEADLINE_CHARS:
        return found
    return next((line for line in lines if line.text == title and not line.is_link), None)


def _block(headline: Line, run: list[Line]) -> tuple[etree._Element, int, int] | None:
    """The element holding ``headline`` and ``run``, with the run's first and last index."""
    if not run:
        return None
    below = set(run[-1].ancestors)
    block = next((anc for anc in headline.ancestors if anc in below), None)
    return None if block is None else (block, run[0].index, run[-1].index)


def _at(line: Line) -> int:
    return line.index


def _sentence(line: Line) -> bool:
    return any(mark in line.text for mark in _SENTENCE_MARKS)


def caption_past_toolbar(title: str, lines: list[Line]) -> tuple[etree._Element, int, int] | None:
    """Like ``headline_caption``, the caption found past the photo's toolbar (see the
    module docstring): short lines with no sentence are crossed, then the lines up to the
    first link are the caption; a line in a furniture region or a heading element only
    when it holds a sentence. No link may follow in the caption's own element."""
    # title_h1 takes only the <h1> that is the <title>'s whole first piece (not the "X" of
    # "X小组"); the plain line is the <title> whole.
    headline = _headline(lines, title) if title else None
    if headline is None:
        return None
    top = headline.index + 1
    dated = next(
        (ln for ln in lines[top : top + _DATE_REACH] if not ln.is_link and _dated(ln)), None
    )
    if dated is None:
        return None
    start = None
    for line in lines[dated.index + 1 : dated.index + 1 + _TOOL_REACH]:
        if line.chars > _TOOL_CHARS or _sentence(line):
            start = line.index
            break
    if start is None:
        return None
    run: list[Line] = []
    for line in lines[start : start + MAX_LINES]:
        if line.is_link or ((line.heading or line.noise_at >= 0) and not _sentence(line)):
            break
        if _host_statement(line):
            break  # the platform's statement under a post closes it ("特别声明：以上内容…")
        run.append(line)
    if not run:
        return None
    # The caption's own element holds the caption alone: a lead over dated items in the
    # same block is a list's intro (a link inside it ends the reading).
    if _links_after(lines, run):
        # An old portal's table: the caption and its 来源 line in one cell, the editor's
        # credit and a related box's links in the next ones. The caption's cell, if it holds
        # no link, is the caption's own element.
        cell = next((a for a in run[0].ancestors if a.tag in _CELLS), None)
        own = [ln for ln in run if cell is not None and cell in ln.ancestors]
        if not own or len(own) == len(run) or own != run[: len(own)] or _links_after(lines, own):
            return None
        run = own
    return _block(headline, run)


_CELLS = frozenset(("td", "div", "section", "article", "figure"))


def _links_after(lines: list[Line], run: list[Line]) -> bool:
    """Whether a link follows ``run`` inside the element all of its lines share."""
    own = next(a for a in run[0].ancestors if all(a in ln.ancestors for ln in run))
    for line in lines[run[-1].index + 1 :]:
        if own not in line.ancestors:
            return False
        if line.is_link:
            return True
    return False


def _host_statement(line: Line) -> bool:
    """A notice wherever it stands (``notice_strength`` 2): the page speaking of itself,
    never a caption's sentence. Past it the caption's element is the page's, not the
    post's (its comment board's links follow)."""
    return line_notice_strength(line) >= 2


def caption_under_headline(page: Page, names: tuple[str, ...]) -> Selection | None:
    """The caption's lines as their block's reading keeps them, when ``judge`` takes them
    for a story; else ``None``. For a page judged a list (``extract_article``,
    ``classify_page``)."""
    return _read(page, names, headline_caption(page.head.title, page.lines), toolbar=False)


def caption_past_toolbar_read(page: Page, names: tuple[str, ...]) -> Selection | None:
    """``caption_under_headline`` for the caption past the photo's toolbar
    (``caption_past_toolbar``): asked last, when no other reading finds the story."""
    return _read(page, names, caption_past_toolbar(page.head.title, page.lines), toolbar=True)


def _read(
    page: Page,
    names: tuple[str, ...],
    found: tuple[etree._Element, int, int] | None,
    *,
    toolbar: bool,
) -> Selection | None:
    from snapcrawl.extract.classify import ARTICLE, judge  # classify asks this module

    if found is None:
        return None
    block, first, last = found
    read = select_body(page.lines, names, block)
    kept = [line for line in read.kept if first <= line.index <= last]
    if toolbar:  # the caption in a frame named as furniture; its own element, not the page
        framed = [ln for ln, why in read.removed if why == "region" and _sentence(ln)]
        kept = sorted({*kept, *(ln for ln in framed if first <= ln.index <= last)}, key=_at)
        if kept:
            block = next(a for a in kept[0].ancestors if all(a in ln.ancestors for ln in kept))
    if not kept:
        return None
    caption = Selection(block, [ln for ln in read.inside if first <= ln.index <= last], kept)
    if (
        judge(page.lines, caption) == ARTICLE
        or one_sentence_caption(kept)
        or paged_intro(page.lines, kept)  # the opening sentence of a paged story's page
    ):
        return caption
    return None


def one_sentence_caption(kept: list[Line]) -> bool:
    """A photo's caption of one whole sentence, shorter than a story's least: the page's
    story all the same when it stands under the dated headline that is the ``<title>``'s
    (what ``headline_caption`` and ``caption_past_toolbar`` found it under). A sentence of
    clauses ("…男儿身照曝光，整容变性前后变化巨大。"), not a label or a topic's slogan; the
    lines after it (a 来源 line, an editor's credit) went as the block's reading decided."""
    first = kept[0]
    text = first.text
    return (
        len(kept) == 1
        and not first.is_link
        and len(text) >= _CAPTION_MIN
        and text.endswith(_SENTENCE_MARKS)
        and ("，" in text or "," in text)
        and sum(text.count(mark) for mark in _SENTENCE_MARKS) == 1
    )

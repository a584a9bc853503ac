"""What each line is part of: furniture regions and list items. One pass per page.

Container choice, line kinds and the article/list verdict all ask the same questions of
every line (is it under a region whose class says furniture? is it a date stamp? is it the
teaser of a list item?). ``annotate`` answers them once and stores the answers on the lines.

A *list item* is the smallest element around a prose line that holds more than that line,
when it is small (a few lines), holds a title link before the prose and no second
paragraph: ``<li><a>标题</a><p>摘要…</p><span>日期</span></li>``, whatever the tags are.
Its prose is a teaser, however long and well punctuated, unless the link is the page's
own headline (``<h1><a href=self>标题</a></h1>`` over a one-paragraph story) or the element
also holds that headline as a heading of its own (a column's cut opening under it), or that
headline stands right over the element, only its dated line between (a syndicated excerpt:
"摘自X" over one paragraph).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line, is_noise_names
from snapcrawl.extract.furniture_lines import is_list_item
from snapcrawl.extract.title_pieces import headline_piece

_PAGE_TAGS = frozenset({"html", "body"})  # their classes describe the page's state, not a region
_LIST_TAGS = frozenset({"ul", "ol"})
# The story's dated line under its headline ("2012-01-17 15:32:50 | 我来说两句").
_DATED = re.compile(r"[12][09]\d\d\s*[-/.年]\s*[01]?\d\s*[-/.月]\s*[0-3]?\d")
_UNKNOWN = object()  # not judged yet (``None`` means: under no furniture region)
# Sites repeat their class names page after page (on the benchmark's 225 pages of many
# sites, 46 % of the names judged on a page were judged on an earlier one): judged once a
# process, as the line caches of chrome.py and meta_labels.py are.
_judged_names = lru_cache(maxsize=4096)(is_noise_names)


# Between the links of a bar ("返回科技宽频　　　进入新浪宽频", "上一篇 | 下一篇"): wide
# spacing or a rule.
_BAR_GAP = re.compile(r"[\u3000|]|\s\s")


def _is_title(line: Line, headline: str) -> bool:
    low, high = thresholds.ITEM_TITLE_CHARS
    return (
        line.is_link
        and low <= line.chars <= high
        and not (headline and headline.startswith(line.text))
        and not _is_link_bar(line)
    )


def _is_link_bar(line: Line) -> bool:
    """Links to different pages set apart on one line: a bar of places to go (a video
    page's "back to the channel / enter the site" over its one paragraph), not the title
    of an item, which is one link (a category's link glued to it at most)."""
    return len(set(line.hrefs)) > 1 and _BAR_GAP.search(line.text) is not None


def _is_own_heading(line: Line, headline: str) -> bool:
    """The page's own headline as an unlinked heading (``<h1>`` repeating ``<title>``): the
    element holding it is the story (a paywalled column shows one cut paragraph under its
    heading, a byline link above), never a list's item."""
    return _repeats_headline(line, headline) and not _is_prose(line)  # not the one paragraph


def _repeats_headline(line: Line, headline: str) -> bool:
    return (
        line.heading
        and not line.is_link
        and len(line.text) >= thresholds.TITLED_HEADLINE_CHARS
        and headline.startswith(line.text)
    )


def _under_own_heading(lines: list[Line], first: int, headline: str) -> bool:
    """The page's own headline stands right over the element, only its dated line or a
    comment link between: the element is that story (a syndicated excerpt's one paragraph
    between its source link and a "read the full text" link), not a list's first item."""
    for line in reversed(lines[max(0, first - thresholds.HEADED_REACH) : first]):
        if _repeats_headline(line, headline):
            return True
        if _is_title(line, headline) or (_is_prose(line) and not _DATED.search(line.text)):
            return False  # an item's title link, or prose: the heading is over something else
    return False


def _is_prose(line: Line) -> bool:
    return not line.is_link and line.chars - line.link_chars >= thresholds.ITEM_TEASER_CHARS


def annotate(lines: list[Line], headline: str = "") -> None:
    """Set ``noise_at``, ``stamp``, ``teaser`` and ``headline`` on every line; ``headline``
    is the document ``<title>`` (a link to the page itself is its heading, not an item's
    title).

    Every line, not only the ones that may be body: half the lines of a benchmark page (74
    of 154) are under a furniture region, but ``body.prose_value`` reads the stamp and the
    teaser of every line it scores, and a page whose prose is all in such regions is scored
    with them. The region walk is ~0.25 of ~0.45 ms a page, most of it the loop over ~206
    distinct ancestors, not their two attribute reads: skipping the reads for the ~92 with
    no attribute at all (known from the survey's ``keys()``) spared ~0.025 ms."""
    # The innermost furniture region at or above each element judged so far (None: none).
    # Owners share most of their ancestors, so a line's walk up stops at the first element
    # an earlier line's walk reached: each element on the page's chains is judged once.
    region: dict[etree._Element, etree._Element | None] = {}
    by_names: dict[tuple[str | None, str | None], bool] = {}  # items share their class
    low = thresholds.TITLED_HEADLINE_CHARS
    for line in lines:
        line.stamp = is_list_item(line.text)
        if (
            headline
            and line.chars >= low
            and headline.startswith(line.text)  # a piece at the start opens it: the cheap test
            and headline_piece(line.text, headline, "start", 0)
        ):
            line.headline = True
        chain = line.ancestors
        found = None
        walked = 0
        for anc in chain:
            known = region.get(anc, _UNKNOWN)
            if known is not _UNKNOWN:
                found = known
                break
            walked += 1
            names = (anc.get("class"), anc.get("id"))
            flag = by_names.get(names)
            if flag is None:
                flag = by_names[names] = names != (None, None) and _judged_names(*names)
            if flag and anc.tag not in _PAGE_TAGS:
                found = anc
                break
        for anc in chain[:walked]:  # up to the region found, or below the element known
            region[anc] = found
        line.noise_at = -1 if found is None else chain.index(found)
    verdicts: dict[etree._Element, bool] = {}
    for line in lines:
        line.teaser = _is_prose(line) and _in_item(line, lines, headline, verdicts)


# A day and a time of day: "开播时间 | 11-08 18:00", "11月8日 18:00". A programme's hours
# alone ("09:30") are a story's schedule as often as a feed's.
_DAY_CLOCK = re.compile(r"\d[-/月.]\d\d?日?\s*\d\d?:[0-5]\d")
_TIME_LINE_MAX = 24  # a card's stamp line: "开播时间 | 11-08 18:00", not a sentence
_MIN_CARDS = 3  # a feed's cards come in a run; a story's boxed heading stands alone


def _is_timed_card(card: etree._Element, members: list[Line], line: Line) -> bool:
    """Whether ``line`` is the heading of a feed's card: a card of its heading and short
    lines that carry a day and a time ("开播时间 | 11-08 18:00"), among sibling cards of its
    tag and class (a side column's live list or slider set beside the story's block). A
    story's section has paragraphs under its heading, and a photo's caption no heading."""
    if not line.heading or line.is_link:
        return False
    rest = [m for m in members if m is not line]
    if not rest or any(
        m.chars > _TIME_LINE_MAX or ":" not in m.text or not _DAY_CLOCK.search(m.text) for m in rest
    ):
        return False
    names = card.get("class")
    parent = card.getparent()
    if not names or parent is None:
        return False
    alike = 0
    for sibling in parent:
        if sibling.tag == card.tag and sibling.get("class") == names:
            alike += 1
            if alike >= _MIN_CARDS:
                return True
    return False


def _in_item(
    line: Line, lines: list[Line], headline: str, verdicts: dict[etree._Element, bool]
) -> bool:
    """Whether ``line`` is the one paragraph of a small element that a title link opens.

    ``verdicts``: what earlier lines found for an element of their own ancestors that holds
    more than one line. An element's lines are one run and the verdict is the same for each
    of its prose lines (two of them: no item), so each element is read once a page (the
    body's container, over its 30 paragraphs, among them)."""
    for anc in line.ancestors:
        verdict = verdicts.get(anc)
        if verdict is not None:
            return verdict
        if anc.tag in _PAGE_TAGS:
            return False
        # The element's lines are a run around this one; read it, but never far.
        first = last = line.index
        while (
            first > 0
            and last - first < thresholds.ITEM_MAX_LINES
            and anc in lines[first - 1].ancestors
        ):
            first -= 1
        while (
            last + 1 < len(lines)
            and last - first < thresholds.ITEM_MAX_LINES
            and anc in lines[last + 1].ancestors
        ):
            last += 1
        if first == last:
            continue
        if last - first >= thresholds.ITEM_MAX_LINES or anc.tag in _LIST_TAGS:
            # A list around a one-line item holds its sibling items, not a title over
            # this prose: a resources post's "<li><a>名称</a>：简介</li>" under another.
            verdict = False
        else:
            members = lines[first : last + 1]
            verdict = (
                sum(1 for m in members if _is_prose(m)) <= 1
                and (
                    any(_is_title(m, headline) for m in members if m.index < line.index)
                    or _is_timed_card(anc, members, line)
                )
                and not any(_is_own_heading(m, headline) for m in members)
                and not _under_own_heading(lines, first, headline)
            )
        verdicts[anc] = verdict
        return verdict
    return False

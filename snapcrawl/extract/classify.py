"""Article or list? Decided by what the page's main block looks like, never by its URL.

An article's block is prose: punctuated, sentence-like paragraphs under a heading, however
long the link lists around it (furniture regions and list items weigh little when the block
is chosen). A list's block is items: a title link with perhaps a teaser and a date, in an
element of its own (``layout`` marks those teasers, however long) or in flat runs where each
teaser sits between links and stamps. Teasers never count as story, so one item with a
long teaser is still a list. ``classify_page`` is cheap enough to run on every page.

A page may also say what it is: a heading that repeats its ``og:title``, with a publish time
in its meta or a JSON-LD ``NewsArticle``. A short story under such a heading on a busy portal
(a few sentences among hundreds of headline links) stays an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from snapcrawl.extract import thresholds
from snapcrawl.extract.body import Selection, headline_only_body, select_body
from snapcrawl.extract.comment_board import comment_board
from snapcrawl.extract.described_caption import described_caption
from snapcrawl.extract.dom import Line
from snapcrawl.extract.error_pages import is_bot_check, is_browser_error
from snapcrawl.extract.field_records import one_field_records
from snapcrawl.extract.furniture_lines import is_list_heading
from snapcrawl.extract.furniture_story import headline_like, story_in_furniture
from snapcrawl.extract.headline_caption import caption_past_toolbar_read, caption_under_headline
from snapcrawl.extract.linked_teasers import linked_teasers, one_card_of_many
from snapcrawl.extract.marked import marked_selection
from snapcrawl.extract.meta import HeadInfo
from snapcrawl.extract.not_article import (
    BRIEF,
    dated_line,
    declares_article,
    refused_kind,
    undated,
)
from snapcrawl.extract.page import Page, read_page
from snapcrawl.extract.paged_story import paged_photo_story
from snapcrawl.extract.sibling_cards import one_of_sibling_cards
from snapcrawl.extract.title_pieces import titled_line
from snapcrawl.extract.types import NotAnArticle
from snapcrawl.extract.vocab import SENTENCE_ENDINGS

ARTICLE, LIST, OTHER = "article", "list", "other"
MIN_BODY_CHARS = thresholds.MIN_BODY_CHARS
_JSONLD_HEADLINE = re.compile(r'"headline"\s*:\s*"([^"\\]{4,200})"')
_SENTENCE_END = re.compile(r"[。！？!?]+[”」』]?")


def signalled_heading(head: HeadInfo, lines: list[Line], html: str | bytes = "") -> int | None:
    """The index of the heading the page declares as its article's, or ``None``.

    Declared = a heading line that repeats ``og:title``, the JSON-LD ``headline`` or the
    first part of ``<title>`` (any line repeating og:title or headline whole), plus a
    publish time in the meta, a JSON-LD ``NewsArticle`` or ``og:type=article``.
    """
    metas = head.metas
    if not declares_article(head, html):
        return None
    declared = [t for t in (metas.get("og:title"), metas.get("twitter:title")) if t]
    if isinstance(html, str) and (found := _JSONLD_HEADLINE.search(html)):
        declared.append(found[1])
    titles = [*declared, head.title] if head.title else declared
    for line in lines:
        text = line.text
        if len(text) < thresholds.TITLE_MIN_CHARS or line.is_link:
            continue
        # A heading tag may shorten the title; any other line must repeat a declared one.
        if line.heading and any(text == t or t.startswith(text) or text in t for t in titles):
            return line.index
        if text in declared:
            return line.index
    return None


def _is_stub(line: Line) -> bool:
    """A list item's title link or its date stamp. A link in square brackets
    ("【点击查看其它图片】", "[打印]") is a page's control: a story's one paragraph between
    it and a link under the story is no item boxed between two titles."""
    return (line.is_link and not _bracketed_control(line.text)) or line.stamp


def judge(lines: list[Line], selection: Selection, heading_at: int | None = None) -> str:
    """The verdict for a page whose body has been selected; ``heading_at`` is the line of a
    heading the page declares as its article's (``signalled_heading``). The page's link
    counts are summed where a test reads them (most articles end at their strong prose)."""
    body_chars = sum(line.chars for line in selection.kept)
    if selection.container is None or (
        body_chars < MIN_BODY_CHARS and not _dated_short_story(lines, selection, body_chars)
    ):
        # No story: a page of links, or of items (a teaser, or a dated link, outside the
        # furniture), is a list, even when it holds a single item.
        page_chars = sum(line.chars for line in lines)
        page_links = sum(line.link_chars for line in lines)
        many_links = (
            _link_lines(lines) >= thresholds.LIST_LINK_LINES
            and page_links >= thresholds.LIST_LINK_SHARE * page_chars
        )
        main = [line for line in lines if line.noise_at < 0]
        teasers = sum(line.chars for line in main if line.teaser)
        dated = any(line.stamp and line.is_link for line in main)
        return LIST if many_links or dated or teasers >= MIN_BODY_CHARS else OTHER
    # Teasers: prose of the block's list items (see layout), however long each one is.
    teaser_chars = sum(line.chars for line, reason in selection.removed if reason == "teaser")
    inside = selection.inside
    stubs = [_is_stub(line) for line in inside]
    kept = {id(line) for line in selection.kept}
    long_kept = [
        i
        for i, line in enumerate(inside)
        if id(line) in kept and line.chars >= thresholds.ITEM_PROSE_CHARS
    ]
    # Teasers cut short ("…一种..."): a list's items, however sentence-like before the cut.
    paragraphs = [i for i in long_kept if inside[i].chars >= thresholds.STRONG_PARAGRAPH_CHARS]
    cut = sum(1 for i in paragraphs if _cut_short(inside[i].text))
    if cut >= thresholds.BOXED_ITEMS and cut >= thresholds.BOXED_SHARE * len(paragraphs):
        return LIST
    # The values of one label, record after record ("功能介绍：" | …): a directory's entries.
    if one_field_records(inside, long_kept):
        return LIST
    # Each card's teaser printed again beside its link (linked_teasers): however declared.
    if linked_teasers(inside, long_kept):
        return LIST
    # Flat lists: kept prose sandwiched by stubs, or led by a title link, item after item.
    boxed = {i for i in long_kept if 0 < i < len(inside) - 1 and stubs[i - 1] and stubs[i + 1]}
    led = {i for i in long_kept if i > 0 and inside[i - 1].is_link}
    if len(led) >= thresholds.LED_ITEMS:
        boxed |= led
    # Long punctuated paragraphs that are not boxed between stubs: no list has those.
    strong = sum(
        inside[i].chars
        for i in long_kept
        if i not in boxed
        and inside[i].chars >= thresholds.STRONG_PARAGRAPH_CHARS
        and inside[i].punct >= thresholds.STRONG_PARAGRAPH_PUNCT
    )
    if strong >= thresholds.STRONG_PROSE_CHARS or _declared_story(selection, heading_at):
        return ARTICLE
    prose = sum(inside[i].chars for i in long_kept if i not in boxed and inside[i].punct)
    teaser_chars += sum(inside[i].chars for i in boxed)
    blurb = max(thresholds.LIST_BLURB_CHARS, thresholds.LIST_BLURB_SHARE * teaser_chars)
    if teaser_chars and prose < blurb:
        return LIST
    if len(long_kept) >= thresholds.BOXED_ITEMS and len(boxed) >= thresholds.BOXED_SHARE * len(
        long_kept
    ):
        return LIST
    stub_chars = sum(line.chars for line, stub in zip(inside, stubs, strict=True) if stub)
    if sum(stubs) >= thresholds.STUB_LINES and stub_chars > thresholds.STUB_SHARE * body_chars:
        return LIST
    longest = max((line.chars for line in selection.kept), default=0)
    if (
        body_chars < thresholds.BRIEF_MAX_CHARS
        and longest < thresholds.BRIEF_MAX_LINE
        and _link_lines(lines) >= thresholds.BRIEF_LINK_LINES
        and not short_story(lines, selection)
    ):
        return LIST
    # One card of a stream (a tag's or a search's results), its teaser under its headline
    # link, cut from the rest as the first of a series of dated entries (linked_teasers).
    if led and one_card_of_many(lines, selection.kept, selection.container):
        return LIST
    # One card's teaser in its own box, the box one of a run of titled cards (sibling_cards).
    if one_of_sibling_cards(lines, selection):
        return LIST
    return ARTICLE


def _dated_short_story(lines: list[Line], selection: Selection, body_chars: int) -> bool:
    """Two whole sentences under a heading with a dated line between them: a photo's or a
    flash's story, however few its characters ("05-21 09:30" over "…绽放。…赏花。")."""
    if body_chars < MIN_BODY_CHARS // 2 or not short_story(lines, selection):
        return False
    start, end = selection.kept[0].index, selection.kept[-1].index
    return any(dated_line(ln.text) for ln in lines[max(0, start - thresholds.HEADED_REACH) : end])


def _link_lines(lines: list[Line]) -> int:
    return sum(1 for line in lines if line.is_link)


def _cut_short(text: str) -> bool:
    """A line that ends in a truncation mark ("...", "…"), not the Chinese ellipsis "……"
    that prose uses for a pause."""
    return text.endswith(("...", "…")) and not text.endswith("……")


def _declared_story(selection: Selection, heading_at: int | None) -> bool:
    """Whole sentences right under the heading the page declares: the story, however many
    headline links surround it."""
    if heading_at is None:
        return False
    start = selection.kept[0].index
    if not heading_at <= start <= heading_at + thresholds.SIGNAL_REACH:  # block may open on it
        return False
    sentences = sum(line.text.count("。") + line.text.count("！") for line in selection.kept)
    return sentences >= thresholds.SIGNAL_SENTENCES or _paywall_lead(selection.kept)


def _paywall_lead(kept: list[Line]) -> bool:
    """A paywalled story shows its lead cut short mid-sentence ("…，提供OEM廠商更多不同的..."):
    a long line of clauses with no sentence end yet, the block's first long line (the
    heading and the byline may stand over it). Under the heading the page declares it is
    that story's opening, not a list's teaser (a list's cut teasers come many at once)."""
    line = next((ln for ln in kept if ln.chars >= thresholds.STRONG_PARAGRAPH_CHARS), None)
    return (
        line is not None
        and _cut_short(line.text)
        and line.punct >= thresholds.STRONG_PARAGRAPH_PUNCT
    )


def short_story(lines: list[Line], selection: Selection, title: str = "") -> bool:
    """A heading over at least two whole sentences: a brief, however many links surround it.
    The heading may open the block itself (its first kept line), unless it is a list's
    title ("最新消息"). With the page's ``<title>``, a plain line over the block that is
    the headline part of it is that heading too (``title_pieces.titled_line``, at either end:
    "中新网高清图-标题" ends on it): an old gallery page sets its headline in a styled
    ``<div>``; a list's block has no line its title repeats whole right over its items."""
    # Whole sentences, however the story breaks them into lines (a flash: one line of two);
    # not the tips of a list's items ("昼夜温差大，注意增减衣物。" under each label).
    whole = sum(
        _SENTENCE_END.subn("", line.text)[1]
        for line in selection.kept
        if line.punct >= thresholds.BRIEF_SENTENCES
        and line.chars >= thresholds.ITEM_PROSE_CHARS
        and line.text.endswith(SENTENCE_ENDINGS)
    )
    if whole < thresholds.BRIEF_SENTENCES:
        return False
    first = selection.kept[0]
    start = first.index
    reach = max(0, start - thresholds.HEADED_REACH)
    return (
        any(line.heading or titled_line(line, title, "either") for line in lines[reach:start])
        or _opens_on_heading(selection.kept, title)
        or _headline_over_strip(lines, start, title)
    )


_STRIP_LINES = 8  # a story's meta strip: a date, views, a channel, counters, font buttons
_STRIP_CHARS = 20  # "评论(0)赞(1)收藏(0)分享繁" is 18


def _headline_over_strip(lines: list[Line], start: int, title: str) -> bool:
    """The page's headline (the ``<title>``'s, not any heading) over a strip of short lines
    with no sentence right over the block: a post's meta strip ("一年多前", "20.8k 次浏览",
    "时事新闻", "评论(0)赞(1)…", "A-" "A+") may stand taller than the reach of a heading."""
    if not title:
        return False
    for line in reversed(lines[max(0, start - _STRIP_LINES - 1) : start]):
        if titled_line(line, title, "either"):
            return not is_list_heading(line.text)
        if line.heading or line.chars > _STRIP_CHARS or _SENTENCE_END.search(line.text):
            return False
    return False


def _opens_on_heading(kept: list[Line], title: str = "") -> bool:
    """The block opens on the story's heading, or on a few short lines over it (a
    breadcrumb's section "訊息公告 》", the headline repeated in plain text): only
    heading-less scraps come before it, no sentence. A list's title ("最新消息") is no
    story's heading."""
    for line in kept[: thresholds.HEADED_REACH]:
        if line.heading or titled_line(line, title, "either"):
            return not is_list_heading(line.text)
        if line.chars >= thresholds.ITEM_PROSE_CHARS or _SENTENCE_END.search(line.text):
            return False  # a sentence or an item's teaser before any heading
    return False


def titled_lead(title: str, lines: list[Line], selection: Selection) -> bool:
    """Whether a page judged a list opens its block with a story's lead under its headline.

    Older pages declare nothing in their meta, yet a news digest ("【…汇总】", each item a
    linked subhead over a paragraph) is still one article: its ``<h1>``, or a plain line,
    repeats the headline of ``<title>`` (a sentence, before the site's name: ``titled_line``
    at the title's start), and right under it comes a lead of whole sentences that no title
    link leads. A list's block opens with an item, and its items carry dates: a block with
    a date stamp inside stays a list.
    """
    if not title or not selection.kept or any(line.stamp for line in selection.inside):
        return False
    lead = selection.kept[0]
    if (
        lead.teaser
        or lead.chars < thresholds.STRONG_PARAGRAPH_CHARS
        or lead.punct < thresholds.STRONG_PARAGRAPH_PUNCT
    ):
        return False
    start = lead.index
    before = lines[max(0, start - thresholds.HEADED_REACH) : start]
    if (
        before
        and before[-1].is_link
        and before[-1].chars >= thresholds.ITEM_TITLE_CHARS[0]
        and not _bracketed_control(before[-1].text)
        and not _lone_excerpt(before, selection, lead)
    ):
        return False  # an item's teaser under its title link
    return any(titled_line(line, title, "start") for line in before)


def _lone_excerpt(before: list[Line], selection: Selection, lead: Line) -> bool:
    """The lead under its source's link ("摘自北京晚报"), that link right under the story's
    dated line: a syndicated excerpt, the one paragraph of its block. A digest's items each
    follow a title link, so a second paragraph led by a link makes the lead a list's item."""
    if len(before) < 2 or not dated_line(before[-2].text):
        return False
    inside = selection.inside
    return not any(
        line is not lead
        and line.chars >= thresholds.ITEM_PROSE_CHARS
        and not line.is_link
        and inside[i - 1].is_link
        for i, line in enumerate(inside)
        if i
    )


_BRACKETS = (("【", "】"), ("[", "]"), ("［", "］"))


def _bracketed_control(text: str) -> bool:
    """A link in square brackets ("【更多图片】", "[打印]"): a page's control, no item's title."""
    return any(text.startswith(o) and text.endswith(c) for o, c in _BRACKETS)


def headed_verdict(page: Page, selection: Selection, html: str | bytes = "") -> str:
    """``judge``'s verdict, where a page judged a list still shows a story under its
    headline: a heading the page declares, a digest's lead (``titled_lead``) or a paged
    story's sentence over its pager (paged_story). ``classify_page`` and
    ``extract_article`` decide by the same steps."""
    verdict = judge(page.lines, selection)
    if verdict == LIST:  # unless the page declares its heading over a short story
        verdict = judge(page.lines, selection, signalled_heading(page.head, page.lines, html))
    if verdict == LIST and titled_lead(page.head.title, page.lines, selection):
        verdict = ARTICLE  # a digest under its headline
    if verdict == LIST and paged_photo_story(page.head.title, page.lines, selection):
        verdict = ARTICLE  # a sentence under its headline, over the pager
    return verdict


def story_past_headline(
    page: Page, selection: Selection, verdict: str, names: Iterable[str] = ()
) -> Selection | None:
    """The story of a page judged no article whose kept lines are only its headline: in a
    widget's box (nothing else on the page: ``headline_only_body``) or in a column named as
    furniture (``furniture_story``), when ``judge`` takes it for an article. ``names``: the
    site's boilerplate names. ``extract_article`` and ``classify_page`` both ask, so a page
    one reads is no list to the other. Readers' comments found there are no story
    (``comment_board``): a gallery's caption past its toolbar is, or nothing."""
    if not all(headline_like(line, page.head.title) for line in selection.kept):
        return None
    loose = headline_only_body(page.lines, names) if verdict == OTHER else None
    if loose is None:
        loose = story_in_furniture(page.lines, selection, page.head.title, names)
    if loose is None or judge(page.lines, loose) != ARTICLE:
        return None
    if loose.container is not None and comment_board(page.lines, loose.container, loose.kept):
        # readers' comments under a gallery: its caption past the toolbar, if any, is the story
        return caption_past_toolbar_read(page, tuple(names))
    return loose


def classify_page(html: str | bytes, url: str | None = None) -> str:
    """ "article", "list" or "other" (empty, error or too little text to tell)."""
    try:
        page = read_page(html)
    except NotAnArticle:
        return OTHER
    if is_browser_error(page.root, page.error_frame) or is_bot_check(page.root, page.lines):
        return OTHER  # the browser's error page or a site's bot check, saved (error_pages)
    selection = select_body(page.lines)
    verdict = headed_verdict(page, selection, html)
    if verdict == LIST and described_caption(page.head, page.lines, selection) is not None:
        return ARTICLE  # a gallery's caption the head states as its story, as extract_article
    if verdict == LIST and (caption := caption_under_headline(page, ())) is not None:
        verdict, selection = ARTICLE, caption  # a caption under its dated headline
    if verdict != ARTICLE and (marked := marked_selection(page, ())) is not None:
        verdict, selection = ARTICLE, marked  # a short post in the page's one <article>
    if verdict != ARTICLE and (loose := story_past_headline(page, selection, verdict)) is not None:
        verdict, selection = ARTICLE, loose  # the story in boxes named as furniture
    elif verdict == LIST and (caption := caption_past_toolbar_read(page, ())) is not None:
        verdict, selection = ARTICLE, caption  # a photo's caption past its toolbar
    if (
        verdict == ARTICLE
        and (
            kind := refused_kind(
                page.inputs, page.head, page.lines, selection, html, page.password_homes
            )
        )
        and (kind != BRIEF or _undated_lines(page, selection, url))
    ):
        return LIST  # a search's results, a login stub, a few lines beside lists (not_article)
    return verdict


def _undated_lines(page: Page, selection: Selection, url: str | None) -> bool:
    """A few lines beside lists that are no brief (``short_story``) and have no date."""
    return not short_story(page.lines, selection, page.head.title) and undated(page, selection, url)

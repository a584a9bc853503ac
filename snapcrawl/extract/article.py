"""``extract_article``: the whole extraction, step by step.

decode → parse → flatten to lines → pick the body (layer 1 structure, layer 2 host notices)
→ drop the heading and label lines that leaked into it → layer 3 (learned boilerplate)
→ metadata. Each step lives in its own module; this one only orders them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from snapcrawl.extract import credit_fields, meta, thresholds, zones
from snapcrawl.extract.accounts import posting_account
from snapcrawl.extract.author_cards import in_author_card
from snapcrawl.extract.body import Selection, select_body
from snapcrawl.extract.boilerplate import BoilerplateMemory
from snapcrawl.extract.by_colon import by_colon_name
from snapcrawl.extract.caption_credits import (
    caption_credit_tail,
    caption_picture_tag,
    picture_credit_line,
    without_caption_label,
)
from snapcrawl.extract.category import extract_category
from snapcrawl.extract.classify import (
    ARTICLE,
    LIST,
    MIN_BODY_CHARS,
    OTHER,
    headed_verdict,
    judge,
    short_story,
    story_past_headline,
)
from snapcrawl.extract.code_furniture import (
    gutter_lines,
    lone_copy_button,
    without_copy_button,
)
from snapcrawl.extract.control_words import is_control_word, without_control_tail
from snapcrawl.extract.counted_stamp import (
    is_bare_counters,
    is_collected_in,
    is_counted_stamp,
    is_english_date,
)
from snapcrawl.extract.credit_reading import credits_as_read
from snapcrawl.extract.dated_line import labelled_date, opens_on_stamp, without_host_address
from snapcrawl.extract.dates import parse_date
from snapcrawl.extract.described_caption import described_caption
from snapcrawl.extract.dom import Line
from snapcrawl.extract.error_pages import is_age_gate, is_bot_check, is_browser_error
from snapcrawl.extract.fact_rows import fact_box
from snapcrawl.extract.furniture_story import is_thin, story_in_furniture
from snapcrawl.extract.gallery_captions import without_gallery_counter
from snapcrawl.extract.glued_credit import cut_glued_credit
from snapcrawl.extract.head_lines import is_dated_byline, is_summary_opening
from snapcrawl.extract.headline_bar import above_headline, clocked_headline
from snapcrawl.extract.headline_caption import aged_line, caption_under_headline
from snapcrawl.extract.host_voice import line_notice_strength
from snapcrawl.extract.inline_credits import glued_on_sentence, inline_credit_tail
from snapcrawl.extract.issuer_lines import statement_issuer
from snapcrawl.extract.label_cells import labels_as_read
from snapcrawl.extract.labeled_lines import label_index
from snapcrawl.extract.marked import marked_selection
from snapcrawl.extract.markup_leaks import is_leaked_markup
from snapcrawl.extract.meta_labels import is_meta_line
from snapcrawl.extract.not_article import BRIEF, refused_kind
from snapcrawl.extract.notice_gate import may_be_host_text
from snapcrawl.extract.outlet_tags import host_names, title_sections
from snapcrawl.extract.page import Page, read_page
from snapcrawl.extract.profile import SiteProfile
from snapcrawl.extract.published import extract_published
from snapcrawl.extract.repost_lines import repost_source
from snapcrawl.extract.source import extract_source
from snapcrawl.extract.summary_boxes import (
    bare_copy_of_box,
    box_of_two,
    cut_copy,
    cut_teaser,
    repeats_story,
    restates_story,
    takeaway_box,
)
from snapcrawl.extract.text import normalize_text
from snapcrawl.extract.title import extract_title
from snapcrawl.extract.title_clock import timed_by_headline, without_clock
from snapcrawl.extract.types import Article, NotAnArticle
from snapcrawl.extract.ui_shapes import MEDIA_LABEL_MAX, POINTER_MAX, is_media_label, is_pointer
from snapcrawl.extract.vocab import EDIT_LINK

# A heading closing the body heads nothing of the story: short, after a story of a few lines.
_TAIL_HEADING_MAX = 30
_TAIL_HEADING_AFTER = 3
_RESTATED_WITHIN = 16  # lines under a lead where the sentences it copied stand
_BOX_LOOKBACK = 8  # paragraphs over a summary box where the one it copies stands
_INLINE_TAIL_LINES = 3  # the story's last lines, where a crew's row ends a paragraph
_TITLE_SLIDES = 3  # a headline heading this many slides of a gallery, not a story's own line
_MAX_RECORDED = 400  # lines per page handed to the boilerplate memory
REPLACEMENT = "\ufffd"
MAX_UNDECODABLE_SHARE = thresholds.MAX_UNDECODABLE_SHARE


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.lower() if host else None


def _select(page: Page, names: tuple[str, ...], profile: SiteProfile | None) -> Selection:
    if profile and profile.body:
        for el in profile.select(page.root, "body"):
            if any(el in line.ancestors for line in page.lines):
                return select_body(page.lines, names, container=el)
    return select_body(page.lines, names)


_PULL_QUOTE_MIN = 8  # characters of a quote set off again in a box
_QUOTE_MARKS = "“”「」\"'‘’ "


def _pulled_quote(line: Line, texts: list[str], pos: int) -> bool:
    """A pull quote: a line of a ``<blockquote>`` that repeats words of another paragraph
    of the story, set off in large type for the eye; the story already says it."""
    if not any(el.tag == "blockquote" for el in line.ancestors[:3]):
        return False
    core = line.text.strip(_QUOTE_MARKS)
    if len(core) < _PULL_QUOTE_MIN:
        return False
    return any(
        core in other and len(other) > len(core) for i, other in enumerate(texts) if i != pos
    )


def _stamp_line(text: str) -> bool:
    """A line over the story that is the post's stamp: its date with fields or counters,
    the host's address maybe before it."""
    text = without_host_address(text)
    return (
        opens_on_stamp(text)
        or labelled_date(text)
        or is_counted_stamp(text)
        or is_english_date(text)
        or is_collected_in(text)
        or is_bare_counters(text)
        or aged_line(text)
    )


_WORD = re.compile(r"\w")
_CONTENT_TAG = re.compile(
    r"\s*[\[【(（](?:组图|組圖|图|圖|多图|多圖|图文|圖文|视频|視頻)[\]】)）]$"
)


def _untagged(title: str) -> str | None:
    """``title`` without the bracketed tag that closes it ("[组图]", "（图）"), or ``None``."""
    if not title or title[-1] not in "]】)）":
        return None
    bare = _CONTENT_TAG.sub("", title)
    return bare if bare != title and len(bare) >= thresholds.TITLED_HEADLINE_CHARS else None


def _clean_body(
    kept: list[Line],
    title: str,
    title_line: Line | None,
    profile: SiteProfile | None,
    *,
    keep_repeat: bool = False,
) -> tuple[list[str], list[str]]:
    """Drop heading and label lines; split "本文转自：X" off the story it is glued to.
    ``keep_repeat``: a line repeating the title (not the title line itself) stays."""
    paragraphs: list[str] = []
    removed: list[str] = []
    story_started = False
    captions_only = True  # the paragraphs so far are all a picture's captions
    last_heading = False  # the last paragraph is a short heading's line
    boxed = -1  # the line after a takeaway box's title, removed with it
    texts = [ln.text for ln in kept]  # the lines after each, for repeats_story
    long_kept: set[str] = set()  # the paragraphs a repeated copy can equal
    box: set[int] | None = None  # the lines of a box of facts (fact_rows.fact_box)
    gutter = gutter_lines(kept)  # a code listing's line numbers
    # A gallery's slides each under the headline again: those headings are no paragraphs.
    title_slides = bool(title) and texts.count(title) >= _TITLE_SLIDES
    # The headline less the tag on what the story holds ("…喷血[组图]"): so a gallery's page
    # prints it over its pictures.
    bare_title = _untagged(title)
    for pos, line in enumerate(kept):
        text = line.text
        if pos == boxed:
            continue
        if pos in gutter or (pos and lone_copy_button(text, kept[pos - 1], pos - 1 in gutter)):
            removed.append(text)  # a listing's line numbers or its copy button
            continue
        text = without_copy_button(line, text, kept[pos + 1] if pos + 1 < len(kept) else None)
        if not text:
            removed.append(line.text)
            continue
        if pos >= len(kept) - _INLINE_TAIL_LINES and (split := inline_credit_tail(line)):
            text = split[0]  # "…自习区。 <em>文字/X 责编/Y</em>": the story, not its crew
            removed.append(split[1])
        headline = line is title_line or (
            line.heading and not keep_repeat and bool(title) and clocked_headline(text, title)
        )
        if headline or (
            title
            and not keep_repeat
            and (
                (text == title and (pos < 3 or (line.heading and title_slides)))
                or text == bare_title  # a picture's caption, wherever the picture stands
            )
        ):
            if headline and paragraphs and above_headline(paragraphs):
                removed.extend(paragraphs)  # an app's or a channel's bar over the headline
                paragraphs.clear()
            continue
        # The info line under the heading (even under a kept subheading) is labels, not
        # story. Host labels (快照时间, 原文地址) go wherever they are.
        # Every label ends in a colon (meta.host_label): most lines hold none.
        if (
            (not story_started or (("：" in text or ":" in text) and meta.host_label(text)))
            and is_meta_line(text)
        ) or (not paragraphs and _stamp_line(text)):  # a meta line over the story
            if box is None:  # once a page, when a meta line is first met
                box = fact_box(kept)
            # a book's "作者：X" in its box of facts is the story's; so is a sentence with
            # credits glued on ("…通过。（记者：X　编辑：Y）", "…通过。 记者：X　编辑：Y"):
            # the paragraph as written, as glued_credit keeps it
            if id(line) not in box and (not paragraphs or not glued_on_sentence(text)):
                removed.append(text)
                continue
        if not paragraphs and by_colon_name(text):  # "by：X（Y），…" over the story
            removed.append(text)
            continue
        if meta.bare_host_label(text):  # "原文地址 2020-12-14 … 由 X 提供快照支持"
            removed.append(text)
            continue
        if (
            not paragraphs
            and pos + 1 < len(kept)
            and (is_dated_byline(text) or is_summary_opening(text))
        ):  # a column's "name date-time counter" line or "[摘要：…]" box over the story
            removed.append(text)
            continue
        if text[-1] in ">]" and is_leaked_markup(line):
            removed.append(text)  # a broken tag's attributes read as text (markup_leaks)
            continue
        if not paragraphs and not _WORD.search(text):
            removed.append(text)  # a rule ("＊＊＊＊") over the story: no word, no story yet
            continue
        if len(text) <= POINTER_MAX and is_pointer(text):
            removed.append(text)  # "﹀" alone: a button that folds the page, no story word
            continue
        if len(text) <= MEDIA_LABEL_MAX and text[-1] in "：:" and is_media_label(text):
            removed.append(text)  # "视频：" over a player the saved page lost
            continue
        text = without_gallery_counter(text)
        if text.endswith("]"):
            text = EDIT_LINK.sub("", text)  # "历史沿革[编辑]": a wiki's edit link
        if repeats_story(text, texts[pos + 1 : pos + 4]) or (
            paragraphs and repeats_story(text, paragraphs[-_BOX_LOOKBACK:])
        ):  # the box over the paragraph it sums up, or set after it ("核心提示：X" below X)
            removed.append(text)
            continue
        if not paragraphs and (
            cut_teaser(text, texts[pos + 1 : pos + 4])
            or cut_copy(text, texts[pos + 1 : pos + 4])
            or bare_copy_of_box(text, texts[pos + 1 :])
            or restates_story(text, texts[pos + 1 : pos + _RESTATED_WITHIN])
        ):  # the site's teaser or description over the story: the opening cut short, the
            # box twice, or only sentences of the story (summary_boxes)
            removed.append(text)
            continue
        if (
            (not paragraphs or captions_only)
            and pos + 2 < len(kept)
            and box_of_two(line, kept[pos + 1])
            and takeaway_box(text, texts[pos + 1], texts[pos + 2 : pos + _RESTATED_WITHIN])
        ):  # a takeaway box over the story: its title and its copy of a later paragraph
            removed.extend(texts[pos : pos + 2])
            boxed = pos + 1
            continue
        if (not paragraphs or captions_only) and in_author_card(line):
            removed.append(text)  # the writer's card over the story (under the lead
            continue  # picture's caption, maybe): its bio, not the story
        if _pulled_quote(line, texts, pos):
            removed.append(text)
            continue
        if split := caption_credit_tail(line):
            text = split[0]  # "市民在步道上散步。 摄影：X": the caption, not its credits
            removed.append(split[1])
        elif picture_credit_line(line):
            removed.append(text)  # "X 制图" alone under a chart: the picture's credit
            continue
        elif split := caption_picture_tag(line):
            text = split[0]  # "…中獎張數為18張。（資料照）": the caption, not its tag
            removed.append(split[1])
        if line.owner.tag == "figcaption":
            text = without_caption_label(text)  # "图像加注文字，X": the caption, not its label
        if found := repost_source(text):
            rest = found[1]
            removed.append(text[: len(text) - len(rest)].strip())
            if len(rest) < 10:
                continue
            text = rest
        long = len(text) >= thresholds.REPEATED_PARAGRAPH_CHARS
        if long and text in long_kept:  # a hidden or repeated copy of the story
            continue
        if profile and profile.is_noise(text):
            removed.append(text)
            continue
        paragraphs.append(text)
        last_heading = line.heading and len(text) <= _TAIL_HEADING_MAX
        captions_only = captions_only and line.owner.tag == "figcaption"
        if long:
            long_kept.add(text)
        story_started = story_started or len(text) >= thresholds.INFO_LINE_STORY_CHARS
    if last_heading and len(paragraphs) >= _TAIL_HEADING_AFTER:
        # A heading is the story's last line: nothing of the story stands under it. It
        # headed what the saved page lost or the cleaning took (a trailer's player, a box
        # of links), not a section of the story ("X前导预告片" over an empty embed).
        removed.append(paragraphs.pop())
    return paragraphs, removed


def _audit(
    page: Page, selection: Selection, names: tuple[str, ...], removed: list[str]
) -> list[str]:
    """Host text for the audit list: notices in or beside the body, label lines, 本文转自."""
    found = [line.text for line in selection.notices + selection.credits]
    maybe = selection.maybe_host
    if maybe is None:
        maybe = may_be_host_text(page.lines)
    for line in page.lines:
        if line not in maybe:  # no notice word and no host label: neither
            continue
        text = line.text
        if (("：" in text or ":" in text) and meta.host_label(text)) or line_notice_strength(
            line, names
        ) >= 2:
            found.append(text)
    found += removed
    return list(dict.fromkeys(found))


# Above the share, a page is still an article when its losses are few separate runs.
MAX_LOST_RUNS = 10  # this many separate losses or fewer are lost characters, whatever the share
_LOST_RUN = re.compile(REPLACEMENT + "+")


def _without_lost_characters(paragraphs: list[str], title: str) -> tuple[list[str], str]:
    """U+FFFD marks bytes that decoded to nothing. A few runs of them are lost characters
    (an emoji a converter could not map leaves one run each), dropped wherever the share;
    a large share in many runs means binary or an encoding nothing recognised, which is
    not an article."""
    lost = sum(p.count(REPLACEMENT) for p in paragraphs)
    if not lost and REPLACEMENT not in title:
        return paragraphs, title
    length = sum(map(len, paragraphs))
    runs = sum(len(_LOST_RUN.findall(p)) for p in paragraphs)
    share = lost / max(length, 1)
    if share > MAX_UNDECODABLE_SHARE and (runs > MAX_LOST_RUNS or share > 0.25):
        raise NotAnArticle(
            "undecodable",
            f"{lost} of {length} characters ({share:.1%}) in {runs} runs could not be decoded",
        )
    kept = [p.replace(REPLACEMENT, "") for p in paragraphs]
    return [p for p in kept if p], title.replace(REPLACEMENT, "")


def extract_article(
    html: str | bytes,
    url: str | None = None,
    *,
    encoding: str | None = None,
    boilerplate: BoilerplateMemory | None = None,
    profile: SiteProfile | None = None,
) -> Article:
    """Extract the article of one page; ``NotAnArticle(reason)`` for lists and empty pages."""
    page = read_page(html, encoding, details=True)
    # the browser's "site can't be reached", saved
    if is_browser_error(page.root, page.error_frame):
        raise NotAnArticle("no_body", "browser_error")
    if is_bot_check(page.root, page.lines):  # a site's "confirm you are human", saved
        raise NotAnArticle("no_body", "bot_check")
    names = meta.site_names(url, page.head)
    selection = _select(page, names, profile)
    verdict = headed_verdict(page, selection, html)
    described = described_caption(page.head, page.lines, selection) if verdict == LIST else None
    if described is not None:  # a gallery's caption, word for word the head's description
        selection, verdict = described, ARTICLE
    elif verdict == LIST and (caption := caption_under_headline(page, names)) is not None:
        selection, verdict = caption, ARTICLE  # a caption under its dated headline
    marked = None
    if verdict != ARTICLE or not selection.kept:
        marked = marked_selection(page, names)
    if marked is None and verdict != ARTICLE:
        if (loose := story_past_headline(page, selection, verdict, names)) is not None:
            selection, verdict = loose, ARTICLE
    elif marked is None and verdict == ARTICLE and is_thin(selection):
        # a footer's line kept, the story in boxes named like navigation (furniture_story)
        loose = story_in_furniture(page.lines, selection, page.head.title, names)
        if loose is not None and judge(page.lines, loose) == ARTICLE:
            selection = loose
    if marked is not None:
        selection = marked
    elif verdict == LIST:
        raise NotAnArticle("list_page")
    elif verdict == OTHER or not selection.kept:
        raise NotAnArticle("no_body")
    # The head names the gallery's caption as the page's story: no stub's brief line.
    kind = None
    if not described:
        kind = refused_kind(
            page.inputs, page.head, page.lines, selection, html, page.password_homes
        )
    if kind and kind != BRIEF:
        raise NotAnArticle("list_page", kind)  # search results, login stub (not_article)
    lines = cut_glued_credit(selection, page.lines)  # "…。（记者 X）": the tail a line of its own
    lines = credits_as_read(selection, lines)  # 責任編輯：X, Editor: X: as the readers read
    lines = labels_as_read(selection, lines)  # <span>作者</span><span>X</span>: 作者：X
    body_start = selection.kept[0].index
    title, title_line = extract_title(page.head, lines, body_start)
    if profile and (pinned := profile.select_text(page.root, "title")):
        title, title_line = pinned, None
    clocked = title if title.endswith((")", "）")) else None
    if clocked:
        title = without_clock(title)
    # A marked post may open with its own heading's words: they are its first line.
    repeats_title = marked is not None and title_line is not None
    paragraphs, removed = _clean_body(
        selection.kept, title, title_line, profile, keep_repeat=repeats_title
    )
    noise = _audit(page, selection, names, removed)

    host = _host(url)
    if boilerplate is not None and host:
        learned = [p for p in paragraphs if boilerplate.is_boilerplate(host, p)]
        # A template series (daily figures in fixed sentences) recurs too; never let the
        # learned layer eat most of a story.
        if learned and sum(map(len, learned)) <= thresholds.LEARNED_MAX_SHARE * sum(
            map(len, paragraphs)
        ):
            paragraphs = [p for p in paragraphs if p not in learned]
            noise += learned
        inside = [ln.text for ln in selection.inside]
        boilerplate.record(host, inside[:_MAX_RECORDED])

    nfkc = bool(profile and profile.nfkc)
    if nfkc:
        paragraphs = [normalize_text(p, nfkc=True) for p in paragraphs]
        title = normalize_text(title, nfkc=True)
    paragraphs, title = _without_lost_characters(paragraphs, title)
    if sum(len(p) for p in paragraphs) < MIN_BODY_CHARS // 2:
        raise NotAnArticle("no_body")
    if is_age_gate(title, paragraphs):  # an adult site's "confirm your age" pop-up
        raise NotAnArticle("no_body", "age_gate")

    published = extract_published(page.head, lines, title_line, selection.kept, url)
    if clocked:  # "… (18:59)": the headline's clock time, the date's time of day (title_clock)
        published = timed_by_headline(published, clocked)
    if kind == BRIEF and published is None and not short_story(page.lines, selection):
        raise NotAnArticle("list_page", kind)  # a few lines beside lists, no brief, no date
    zone = zones.credit_zone(lines, selection.kept, title_line)
    near_title = zones.head_zone(lines, selection.kept, title_line)
    marked_source = meta.marked_near(page.head, "source", near_title + zone)
    source = extract_source(
        page.head.metas,
        marked_source,
        lines,
        zone,
        near_title,
        selection.kept,
        host_names(names, page.head.title),
        lambda: page.head.stated("script:source"),
        title_sections(page.head.title),
    )
    if len(paragraphs) > 1 and source and paragraphs[0] == source:
        # the outlet's name alone over the story (a portal's provider line above the date,
        # which the meta line's reader took as the source): the meta line's, not the story's
        noise.append(paragraphs.pop(0))
    issuer = statement_issuer(title, source)  # "X / 2023年2月9日" over "X对…的声明"
    if issuer:
        source = None  # the statement's writer, not the outlet that printed it
    author = credit_fields.extract_author(page.head, lines, zone, selection.kept, names, source)
    author = without_control_tail(author)  # "X 返回搜狐", "▲TOP": a link glued to the name
    if is_control_word(author):  # "+加关注" beside the writer's name: a button, no name
        author = None
    author = author or posting_account(near_title, source) or issuer
    editor = credit_fields.extract_editor(zone, lines)
    original_title = credit_fields.extract_original_title(zone)
    labels = label_index(lines)  # the lines each labeled field's reader looks at
    # The page's lines that can be notices (notice_gate), while they are the readers' lines.
    host_text = selection.maybe_host if lines is page.lines else None
    category = extract_category(
        lines, title, body_start, page.head.crumbs, labels, page.head, title_line
    )
    if profile:
        if (value := profile.select_text(page.root, "published_at")) and (
            date := parse_date(value)
        ):
            published = date.value
        source = profile.select_text(page.root, "source") or source
        author = profile.select_text(page.root, "author") or author
        category = profile.select_text(page.root, "category") or category
    return Article(
        url=url,
        title=title,
        body="\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
        category=category,
        published_at=published,
        source=source,
        source_url=meta.extract_source_url(lines, url, labels),
        snapshot_at=meta.extract_snapshot_at(lines, labels, host_text),
        author=author,
        editor=editor,
        original_title=original_title,
        noise=tuple(noise),
    )

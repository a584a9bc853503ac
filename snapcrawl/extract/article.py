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
from snapcrawl.extract.author_bios import bio_note_name, writer_note
from snapcrawl.extract.body import Selection, select_body
from snapcrawl.extract.boilerplate import BoilerplateMemory
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
from snapcrawl.extract.control_words import is_control_word, without_control_tail
from snapcrawl.extract.credit_reading import credits_as_read
from snapcrawl.extract.dates import parse_date
from snapcrawl.extract.described_caption import described_caption
from snapcrawl.extract.error_pages import is_age_gate, is_bot_check, is_browser_error
from snapcrawl.extract.furniture_story import is_thin, story_in_furniture
from snapcrawl.extract.glued_asks import split_glued_asks
from snapcrawl.extract.glued_credit import cut_glued_credit
from snapcrawl.extract.headline_caption import caption_past_toolbar_read, caption_under_headline
from snapcrawl.extract.host_voice import line_notice_strength
from snapcrawl.extract.issuer_lines import statement_issuer
from snapcrawl.extract.label_cells import labels_as_read
from snapcrawl.extract.labeled_lines import label_index
from snapcrawl.extract.marked import marked_selection
from snapcrawl.extract.not_article import BRIEF, refused_kind
from snapcrawl.extract.notice_gate import may_be_host_text
from snapcrawl.extract.outlet_tags import host_names, title_sections
from snapcrawl.extract.own_blurb import own_blurb_tail
from snapcrawl.extract.page import Page, read_page
from snapcrawl.extract.paragraphs import clean_body
from snapcrawl.extract.platform_posts import platform_statement, reposted_from, slot_account
from snapcrawl.extract.profile import SiteProfile
from snapcrawl.extract.published import extract_published
from snapcrawl.extract.source import extract_source
from snapcrawl.extract.text import normalize_text
from snapcrawl.extract.title import extract_title
from snapcrawl.extract.title_clock import timed_by_headline, without_clock
from snapcrawl.extract.types import Article, NotAnArticle
from snapcrawl.extract.web_sourced import web_sourced_tail

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
        elif verdict == LIST and (caption := caption_past_toolbar_read(page, names)):
            selection, verdict = caption, ARTICLE  # a photo's caption past its toolbar
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
    paragraphs, removed = clean_body(
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
    if (
        kind == BRIEF
        and published is None
        and not short_story(page.lines, selection, page.head.title)
    ):
        raise NotAnArticle("list_page", kind)  # a few lines beside lists, no brief, no date
    zone = zones.credit_zone(lines, selection.kept, title_line)
    near_title = zones.head_zone(lines, selection.kept, title_line)
    end = selection.kept[-1].index if selection.kept else None
    marked_source = meta.marked_near(page.head, "source", near_title + zone, end)
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
    # "“科普中国”是中国科协…的科学权威品牌。" under the story: the source describing itself
    if (own := own_blurb_tail(paragraphs, source)) and own < len(paragraphs):
        _move_tail(paragraphs, noise, own)
        # the writer's note the blurb stood under ("作者：X，6岁男孩的妈妈，…。") is the story's
        # edge now: a credit there (author_bios)
        if len(paragraphs) > 1 and writer_note(paragraphs[-1]):
            _move_tail(paragraphs, noise, 1)
    # "PS：图片均来自互联网" under the story: the account's note on what it collected
    if web := web_sourced_tail(paragraphs):
        _move_tail(paragraphs, noise, web)
    # "…的生活呢?更多后续内容，请关注微信公众号X。": the account's ask glued to the story's end
    if paragraphs and (glued := split_glued_asks(paragraphs[-1])):
        paragraphs[-1] = glued[0]
        noise.append(glued[1])
    issuer = statement_issuer(title, source)  # "X / 2023年2月9日" over "X对…的声明"
    if issuer:
        source = None  # the statement's writer, not the outlet that printed it
    # "作者：X 青年學者，專長為…。" cut from under the story past a related list, where the
    # zone stops: the writer's note names the author all the same
    notes = [ln for ln in selection.credits if ln.index > (end or 0) and bio_note_name(ln.text)]
    author_zone = zone + notes if notes else zone
    author = credit_fields.extract_author(
        page.head, lines, author_zone, selection.kept, names, source
    )
    author = without_control_tail(author)  # "X 返回搜狐", "▲TOP": a link glued to the name
    if is_control_word(author):  # "+加关注" beside the writer's name: a button, no name
        author = None
    author = author or posting_account(near_title, source) or issuer
    if author is None and slot_account(near_title, source) and platform_statement(lines):
        # a self-media post: the account in the 来源 slot posted it (platform_posts.py)
        author = source
        source = reposted_from(selection.kept, lines, source) or source
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


def _move_tail(paragraphs: list[str], noise: list[str], count: int) -> None:
    """The last ``count`` paragraphs are the host's: into the noise audit, out of the body."""
    noise.extend(paragraphs[-count:])
    del paragraphs[-count:]

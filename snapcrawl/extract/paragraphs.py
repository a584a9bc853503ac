"""From the body's kept lines to the story's paragraphs: what a kept line still is not.

A selected body still holds lines that are no paragraph of the story: the headline over
it, a stamp or a label line, a caption restating the headline, a summary box or pull quote
copying a paragraph, a crew's credit glued to the last sentence, a heading over nothing.
``clean_body`` drops them (each kind is judged by its own module) and hands back what it
dropped for the noise audit.
"""

from __future__ import annotations

import re

from snapcrawl.extract import meta, thresholds
from snapcrawl.extract.author_cards import in_author_card
from snapcrawl.extract.by_colon import by_colon_name
from snapcrawl.extract.caption_credits import (
    caption_credit_tail,
    caption_picture_tag,
    credit_over_repeated_caption,
    picture_credit_line,
    without_caption_label,
)
from snapcrawl.extract.code_furniture import (
    gutter_lines,
    lone_copy_button,
    without_copy_button,
)
from snapcrawl.extract.counted_stamp import (
    is_bare_counters,
    is_collected_in,
    is_counted_stamp,
    is_english_date,
)
from snapcrawl.extract.dated_line import labelled_date, opens_on_stamp, without_host_address
from snapcrawl.extract.dates import date_spans
from snapcrawl.extract.dom import Line
from snapcrawl.extract.empty_labels import MEDIA_LABEL_MAX, is_media_label
from snapcrawl.extract.fact_rows import fact_box
from snapcrawl.extract.gallery_captions import without_gallery_counter
from snapcrawl.extract.head_lines import is_dated_byline, is_summary_opening
from snapcrawl.extract.headline_bar import above_headline, clocked_headline
from snapcrawl.extract.headline_caption import aged_line
from snapcrawl.extract.host_voice import split_picture_notice
from snapcrawl.extract.inline_credits import glued_on_sentence, inline_credit_tail
from snapcrawl.extract.markup_leaks import is_leaked_markup
from snapcrawl.extract.meta_labels import is_meta_line
from snapcrawl.extract.profile import SiteProfile
from snapcrawl.extract.repost_lines import repost_source
from snapcrawl.extract.summary_boxes import (
    bare_copy_of_box,
    box_of_two,
    cut_copy,
    cut_teaser,
    repeats_story,
    restates_story,
    takeaway_box,
)
from snapcrawl.extract.ui_shapes import POINTER_MAX, is_pointer
from snapcrawl.extract.vocab import EDIT_LINK

# A heading closing the body heads nothing of the story: short, after a story of a few lines.
_TAIL_HEADING_MAX = 30
_TAIL_HEADING_AFTER = 3
_RESTATED_WITHIN = 16  # lines under a lead where the sentences it copied stand
_BOX_LOOKBACK = 8  # paragraphs over a summary box where the one it copies stands
_INLINE_TAIL_LINES = 3  # the story's last lines, where a crew's row ends a paragraph
_TITLE_SLIDES = 3  # a headline heading this many slides of a gallery, not a story's own line


_PULL_QUOTE_MIN = 8  # characters of a quote set off again in a box
_QUOTE_MARKS = "“”「」\"'‘’ "


def _pulled_quote(line: Line, texts: list[str], pos: int) -> bool:
    """A pull quote: a line of a ``<blockquote>`` that repeats words of another paragraph
    of the story, set off in large type for the eye; the story already says it."""
    for el in line.ancestors[:3]:  # a loop, not a generator: asked of every line
        if el.tag == "blockquote":
            break
    else:
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


def _dated_last(text: str, pos: int, count: int, paragraphs: list[str]) -> bool:
    """The block's last line, dated, after the story: the story's own meta line set under
    its caption ("…摄" over "发布时间：2013-11-02 11:41:05 【编辑：X】"), no story line."""
    return pos == count - 1 and bool(paragraphs) and bool(date_spans(text))


def clean_body(
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
                # the heading's copy, as printed ("X｜Yahoo") or as the title reads
                (
                    (text == title or (title_line is not None and text == title_line.text))
                    and (pos < 3 or (line.heading and title_slides))
                )
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
            (
                not story_started
                or (("：" in text or ":" in text) and meta.host_label(text))
                or _dated_last(text, pos, len(kept), paragraphs)
            )
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
        if pos + 1 < len(texts) and (credit := credit_over_repeated_caption(text, texts[pos + 1])):
            removed.append(credit)  # "© 照片 : X" glued to the caption the next line repeats
            continue
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
        elif split := split_picture_notice(text):
            text = split[0]  # "…举行。图片来源：X 版权作品 请勿转载": not the picture's terms
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

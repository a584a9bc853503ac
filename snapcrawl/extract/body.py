"""Find the article's block and keep its paragraphs.

Step 1, the container: every line adds its prose value (non-link characters, worth more when
punctuated like sentences) to each of its ancestors and subtracts its link characters; the
element with the best total is the article block (the GNE/boilerpipe density idea, counted
per line so ``<br>`` runs and table cells weigh the same as ``<p>``). Lines under a region
whose class/id says furniture (share, related, comment…) add nothing. A block that is a
series of dated entries (blog front page, forum thread) is cut to its first one (entries.py).

Step 2, the lines: inside the container each line is GOOD (prose), BAD (links, menus, list
stamps, notices, page chrome) or SHORT (headings, captions); SHORT lines survive only between
prose, as in jusText (line_kinds.py). Host notices are edge markers: one in the last (or
first) stretch of the body cuts everything after (or before) it (edges.py). Promos (download
our app, scan to follow) are host text too, but a story may speak of an app: they count as
weak notices, taken at the edges. Credits (责任编辑, 原标题), tag lines and player or toolbar
text are BAD wherever they stand (chrome.py). Lists and code blocks inside the article keep
their short, linked and dated lines (blocks.py), and a sentence that links many of its terms
(a wiki's) is prose (prose_shapes.py). A container's sibling of its kind that carries prose is
the article's next part (siblings.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.action_boxes import cut_action_boxes
from snapcrawl.extract.attachments import keep_attachment_items
from snapcrawl.extract.author_bios import cut_author_bios
from snapcrawl.extract.blocks import keep_blocks
from snapcrawl.extract.board_rows import cut_board_rows
from snapcrawl.extract.box_headings import cut_box_headings
from snapcrawl.extract.cards import cut_cards, cut_field_rows
from snapcrawl.extract.contact_tail import cut_contact_tail
from snapcrawl.extract.credit_neighbours import cut_credit_neighbours
from snapcrawl.extract.credit_pairs import cut_credit_pairs
from snapcrawl.extract.dom import Line
from snapcrawl.extract.edges import apply_notices, cut_after_footer
from snapcrawl.extract.empty_labels import cut_bare_labels
from snapcrawl.extract.entries import first_entry
from snapcrawl.extract.fact_rows import keep_fact_rows, keep_record_rows
from snapcrawl.extract.fact_runs import (
    keep_bulleted_items,
    keep_counted_items,
    keep_fact_boxes,
    keep_notice_fields,
)
from snapcrawl.extract.framed_tail import cut_framed_tail
from snapcrawl.extract.glued_columns import cut_glued_columns
from snapcrawl.extract.head_cards import cut_head_cards
from snapcrawl.extract.headline_strips import story_over_strip
from snapcrawl.extract.line_kinds import (
    Kind,
    cut_list_sections,
    cut_own_name_signoff,
    cut_reader_question,
    cut_reference_sections,
    cut_summary_box,
    keep_short,
    keep_signature_dates,
    kind_of,
)
from snapcrawl.extract.media_cards import cut_media_cards
from snapcrawl.extract.meta_cells import cut_meta_row_cells
from snapcrawl.extract.microdata_records import cut_microdata_records
from snapcrawl.extract.next_stories import first_story
from snapcrawl.extract.notice_gate import may_be_host_text
from snapcrawl.extract.ornament_bylines import cut_ornament_byline
from snapcrawl.extract.orphan_headings import cut_orphan_headings
from snapcrawl.extract.popup_boxes import cut_popup_boxes
from snapcrawl.extract.record_grids import cut_record_grids
from snapcrawl.extract.reference_tail import cut_reference_tail
from snapcrawl.extract.related_labels import cut_related_labels
from snapcrawl.extract.related_story import cut_related_story
from snapcrawl.extract.release_tail import cut_release_tail
from snapcrawl.extract.restated_lead import cut_restated_lead
from snapcrawl.extract.role_signoffs import cut_role_signoff
from snapcrawl.extract.siblings import merge_siblings
from snapcrawl.extract.size_switch import cut_size_switch
from snapcrawl.extract.stacked_tables import merge_stacked
from snapcrawl.extract.story_runs import keep_lead_run, keep_story_runs
from snapcrawl.extract.tail_boxes import cut_tail_boxes
from snapcrawl.extract.tail_strangers import cut_tail_strangers
from snapcrawl.extract.tail_tables import cut_tainted_tables
from snapcrawl.extract.tool_plugs import cut_tool_plug
from snapcrawl.extract.verse import keep_quoted_verse, keep_verse
from snapcrawl.extract.vocab import HEADING_TAGS
from snapcrawl.extract.writer_cards import cut_writer_cards


@dataclass
class Selection:
    """What body selection kept and what it threw away, with reasons."""

    container: etree._Element | None
    inside: list[Line] = field(default_factory=list)  # the container's lines, in order
    kept: list[Line] = field(default_factory=list)
    removed: list[tuple[Line, str]] = field(default_factory=list)
    notices: list[Line] = field(default_factory=list)
    credits: list[Line] = field(default_factory=list)  # 责任编辑, 原标题, bylines: for metadata
    # The page's lines that can be host text (notice_gate), for the audit too.
    maybe_host: frozenset[Line] | None = None


def prose_value(line: Line) -> float:
    """How much a line looks like article prose, in characters (teasers count little)."""
    text_chars = line.chars - line.link_chars
    if line.is_link or text_chars <= 0 or line.stamp:
        return 0.0
    if line.punct and text_chars >= thresholds.PUNCTUATED_PROSE_CHARS:
        value = float(text_chars)
    else:
        long = text_chars >= thresholds.UNPUNCTUATED_LONG_CHARS
        value = text_chars * (
            thresholds.UNPUNCTUATED_LONG_WEIGHT if long else thresholds.UNPUNCTUATED_SHORT_WEIGHT
        )
    return value * thresholds.TEASER_PROSE_WEIGHT if line.teaser else value


def _score(lines: list[Line], strict: bool, *, sparse: bool = False) -> dict[etree._Element, float]:
    """Each element's prose minus its link text. ``strict``: a line under a furniture region
    adds nothing anywhere; else it still counts for the elements inside that region.
    Lines are summed per owner first: the owner's ancestors are walked once.
    ``sparse``: an owner that adds nothing anywhere (no link text, and no prose or all of it
    muted) puts no zero scores in; see ``choose_container`` for when that is the same.

    Summing bottom-up instead (each owner's points at the owner, each element's total
    added once to its parent, deepest first, in whole hundredths so that the order of the
    sums cannot matter) chose the same container on the benchmark's and the demo site's
    331 pages but cost more: 0.163 against 0.115 ms/page. The pass over the lines is the
    same, and finding each element's parent and depth (~210 elements a page) costs more
    than the chain walks it saves (~140 owners a page, ~10 ancestors each)."""
    owners: dict[etree._Element, list] = {}
    for line in lines:
        acc = owners.get(line.owner)
        if acc is None:
            acc = owners[line.owner] = [line, 0.0, 0.0]
        acc[1] += prose_value(line)
        acc[2] += line.link_chars
    scores: dict[etree._Element, float] = {}
    get = scores.get
    setdefault = scores.setdefault
    # Every score is a sum from +0.0 of values >= 0 less penalties >= 0, so none is -0.0:
    # adding a zero value or taking a zero penalty leaves a float as it is, and the
    # shorter sums below are the same floats, in the same order, as ``x + value - penalty``.
    for line, value, penalty in owners.values():
        chain = line.ancestors
        muted_from = len(chain) if line.noise_at < 0 else (0 if strict else line.noise_at)
        if not penalty:
            if sparse and (not value or not muted_from):
                continue
            for anc in chain[:muted_from]:
                scores[anc] = get(anc, 0.0) + value
            for anc in chain[muted_from:]:
                setdefault(anc, 0.0)
        elif not value:
            for anc in chain:
                scores[anc] = get(anc, 0.0) - penalty
        else:
            # Two plain loops, not one with a test per ancestor (a tenth of the time).
            for anc in chain[:muted_from]:
                scores[anc] = get(anc, 0.0) + value - penalty
            for anc in chain[muted_from:]:
                scores[anc] = get(anc, 0.0) - penalty
    return scores


def choose_container(lines: list[Line]) -> etree._Element | None:
    """The element whose lines carry the most prose for the least link text (the deepest
    one on a tie).

    Prose under furniture (a related list, comments) counts for nothing, so a long list
    never outweighs a short story; only a page whose prose is all in such regions (a post
    kept in a "comments" block) is scored with those regions' own prose.
    """
    if not lines:
        return None
    # First without the owners that add nothing (a fifth of the work): when the best score
    # is above zero, their elements' zero scores are no candidates, every other score is
    # the same float, and elements tied at one depth keep their order (each one's lines
    # come after the other's). Otherwise every element is scored, as it always was.
    scores = _score(lines, strict=True, sparse=True)
    best = max(scores.values(), default=0.0)
    if best <= 0:
        scores = _score(lines, strict=True)
        best = max(scores.values())
    if best <= 0:
        scores = _score(lines, strict=False)
        best = max(scores.values())
    return story_over_strip(lines, _deepest_best(scores, best), scores, best)


def _deepest_best(scores: dict[etree._Element, float], best: float) -> etree._Element:
    tied = [el for el, score in scores.items() if score == best]
    return (
        max(tied, key=lambda el: sum(1 for _ in el.iterancestors())) if len(tied) > 1 else tied[0]
    )


def loose_best(lines: list[Line]) -> tuple[etree._Element | None, float]:
    """The best block and its score when prose in furniture counts too (``_score`` loose):
    where a page's story stands when its whole column is named as furniture. ``None`` and
    0 when nothing scores."""
    scores = _score(lines, strict=False)
    best = max(scores.values(), default=0.0)
    return (_deepest_best(scores, best) if scores else None), best


def headline_only_body(lines: list[Line], site_names: Iterable[str] = ()) -> Selection | None:
    """The body of a page whose best container is a lone headline: its text is all in a
    region named as a widget's (a review inside the box its report button points at), so
    it is scored as a page whose prose is all in furniture is. ``None`` when the best
    container is no headline or that finds no other text. Asked only of a page whose
    selection kept nothing but headings."""
    chosen = choose_container(lines)
    if chosen is None or chosen.tag not in HEADING_TAGS:
        return None
    scores = _score(lines, strict=False)
    best = max(scores.values(), default=0.0)
    loose = _deepest_best(scores, best) if scores else None
    if loose is None or loose.tag in HEADING_TAGS or chosen in loose.iterdescendants():
        return None
    loose = _paragraph_run(loose, scores)
    found = select_body(lines, site_names, container=loose)
    return found if found.kept else None


def _paragraph_run(block: etree._Element, scores: dict[etree._Element, float]) -> etree._Element:
    """A paragraph scored alone inside a box named as furniture stands for its parent when
    paragraphs next to it carry prose too: the region's own name mutes it for its parent, so
    the loose score sees each paragraph apart, and the best one is the story's first part
    (a run of ``<br>`` lines), not the whole story."""
    parent = block.getparent()
    if block.tag != "p" or parent is None:
        return block
    for el in parent:
        if (
            el is not block
            and el.tag == "p"
            and scores.get(el, 0.0) >= thresholds.SIBLING_PART_PROSE
        ):
            return parent
    return block


def widen_thin(lines: list[Line], container: etree._Element) -> tuple[etree._Element, list[Line]]:
    """Flat pages put each paragraph straight under one big parent next to menus and
    comments, so the best element is a single ``<p>``. Widen to the run of neighbouring
    lines of an ancestor that are neither BAD nor headings."""
    inside = [line for line in lines if container in line.ancestors]
    if len(inside) > thresholds.THIN_CONTAINER_LINES:
        return container, inside
    for level, parent in enumerate(container.iterancestors()):
        if level >= thresholds.WIDEN_LEVELS:
            break
        family = [line for line in lines if parent in line.ancestors]
        if len(family) <= len(inside):
            continue
        pos = {id(line): i for i, line in enumerate(family)}
        lo, hi = pos[id(inside[0])], pos[id(inside[-1])]

        def joinable(line: Line, parent: etree._Element = parent) -> bool:
            return not line.heading and kind_of(line, parent)[0] is not Kind.BAD

        while lo > 0 and joinable(family[lo - 1]):
            lo -= 1
        while hi + 1 < len(family) and joinable(family[hi + 1]):
            hi += 1
        return parent, family[lo : hi + 1]
    return container, inside


def select_body(
    lines: list[Line], site_names: Iterable[str] = (), container: etree._Element | None = None
) -> Selection:
    """Choose the container (unless given) and the lines of it that are the article."""
    if container is None:
        container = choose_container(lines)
        if container is None:
            return Selection(None)
        container, inside = widen_thin(lines, container)
        inside = first_story(first_entry(inside, container))
        merged = merge_siblings(lines, container, inside)
        if merged is not inside:  # the article's parts share the parent
            container, inside = container.getparent(), merged
        else:  # a newsletter's paragraph, one table of a stack of them
            container, inside = merge_stacked(lines, container, inside)
    else:
        inside = [line for line in lines if container in line.ancestors]
    kinds = [kind_of(line, container) for line in inside]
    keep_record_rows(kinds, inside)  # "作者：X" in each record of a list of books
    keep_story_runs(kinds, inside)  # a recipe's steps, a live blog's updates: the story's
    keep_lead_run(kinds, inside)  # a post told a phrase a line, over its first prose line
    keep_signature_dates(kinds, inside)
    keep_verse(kinds, inside)
    keep_quoted_verse(kinds, inside)  # a poem the story quotes, closed by "——X《Y》"
    keep_attachment_items(kinds, inside)
    cut_list_sections(kinds, inside)
    cut_related_story(kinds, inside)  # a whole story under "[相关新闻]" after the sign-off
    cut_related_labels(kinds, inside)  # "相关阅读：X" and more headlines typed as text
    cut_reference_sections(kinds, inside)
    cut_release_tail(kinds, inside)  # a press release's boilerplate under its "###"
    cut_summary_box(kinds, inside)
    cut_restated_lead(kinds, inside)  # a lead box of the story's own sentences over it
    cut_popup_boxes(kinds, inside)  # a term's card shown over the text, saved inside it
    cut_microdata_records(kinds, inside)  # a schema.org record of fields over the story
    cut_meta_row_cells(kinds, inside)  # "X • channel" beside the row's date and counter
    # Boxes, cards and field rows are made of lines that are not prose: one list of them.
    good = Kind.GOOD
    unread = [i for i, kind in enumerate(kinds) if kind[0] is not good]
    cut_action_boxes(kinds, inside, container, unread)
    cut_cards(kinds, inside, container, unread)
    cut_field_rows(kinds, inside, container, unread)
    cut_media_cards(kinds, inside)  # a video list's cards: title, plays|running time
    cut_record_grids(kinds, inside)
    cut_head_cards(kinds, inside)
    cut_reader_question(kinds, inside)
    cut_tool_plug(kinds, inside)  # "X链接（免费体验）：URL" and the pitch naming X
    cut_size_switch(kinds, inside)  # "小" "中" "大"; "… 【字体：小 中 大】 来源：X"
    cut_role_signoff(kinds, inside)  # "-X报记者A 实习生B／文 记者C／图"
    cut_orphan_headings(kinds, inside)
    cut_board_rows(kinds, inside)
    cut_tail_boxes(kinds, inside, container)
    cut_framed_tail(kinds, inside)
    maybe_host = may_be_host_text(lines)  # the page's, once: the audit reads them again
    notices = apply_notices(inside, kinds, site_names, maybe_host)
    if notices:  # a notice taken off the end may leave a widget's box past the last prose,
        cut_tail_boxes(kinds, inside, container)
        cut_framed_tail(kinds, inside)  # or the rule that divided the story from the notice
    cut_after_footer(inside, kinds)
    # "参考资料：" and the works read, after the story (and after the host's notices went)
    cut_reference_tail(kinds, inside)
    cut_own_name_signoff(kinds, inside, site_names)
    cut_credit_pairs(kinds, inside)
    cut_bare_labels(kinds, inside)  # "编辑：" under the story, "摄影：" over it: empty fields
    cut_credit_neighbours(kinds, inside)
    cut_glued_columns(kinds, inside)  # "文字X" over "责编Y": labels in tags of their own
    cut_ornament_byline(kinds, inside)
    cut_author_bios(kinds, inside)
    cut_writer_cards(kinds, inside)
    keep_fact_rows(kinds, inside)  # "导演：X" in a review's box of facts is the story's
    cut_contact_tail(kinds, inside)  # a poster's TEL, QQ, 微信 and follow appeal closing it
    cut_tail_strangers(kinds, inside)
    cut_tainted_tables(kinds, inside)
    keep = keep_short(kinds, inside)
    keep_bulleted_items(kinds, inside, keep)  # "・入場時間：19:30" beside "・秀場地址：…"
    keep_fact_boxes(kinds, inside, keep)  # an exhibition's dates, hall, fee between paragraphs
    keep_notice_fields(kinds, inside, keep)  # "時間：…" among the notice's kept "地點：…"
    keep_counted_items(kinds, inside, keep)  # "1. X" over the kept "2. Y"
    cut_box_headings(kinds, inside, keep)  # "│立即訂購│" over the order box's links
    keep_blocks(inside, kinds, keep, container)
    reasons = [reason for _, reason in kinds]
    credits = [
        line
        for line, reason in zip(inside, reasons, strict=True)
        if reason in ("credit", "picture_credit")
    ]
    promos = [line for line, reason in zip(inside, reasons, strict=True) if reason == "promo"]
    selection = Selection(
        container, inside, notices=notices + promos, credits=credits, maybe_host=maybe_host
    )
    for line, (kind, reason), flag in zip(inside, kinds, keep, strict=True):
        if flag:
            selection.kept.append(line)
        else:
            selection.removed.append((line, reason or kind.value))
    return selection

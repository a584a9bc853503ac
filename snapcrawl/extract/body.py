"""Find the article's block and keep its paragraphs.

Step 1, the container: every line adds its prose value (non-link characters, worth more when
punctuated like sentences) to each of its ancestors and subtracts its link characters; the
element with the best total is the article block (the GNE/boilerpipe density idea, counted
per line so ``<br>`` runs and table cells weigh the same as ``<p>``). Lines under a region
whose class/id says furniture (share, related, comment…) add nothing. A block that is a
series of dated entries (blog front page, forum thread) is cut to its first one (entries.py).

Step 2, the lines: inside the container each line is GOOD (prose), BAD (links, menus, list
stamps, notices) or SHORT (headings, captions); SHORT lines survive only between prose, as in
jusText. Host notices are edge markers: one in the last (or first) stretch of the body cuts
everything after (or before) it, which removes the related lists that follow disclaimers.
Promos (download our app, scan to follow) are host text too, but a story may speak of an
app: they count as weak notices, taken at the edges. Credits (责任编辑, 原标题), tag lines and
player or toolbar text are BAD wherever they stand (chrome.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from lxml import etree

from snapcrawl.extract import chrome, noise, thresholds
from snapcrawl.extract.dom import Line
from snapcrawl.extract.entries import first_entry

_SENTENCE_END = tuple("。！？!?”」』")


_INLINE_CHROME = frozenset({"credit", "ui", "promo"})  # BAD lines that sit inside a story


class Kind(Enum):
    GOOD = "good"
    SHORT = "short"
    BAD = "bad"


@dataclass
class Selection:
    """What body selection kept and what it threw away, with reasons."""

    container: etree._Element | None
    inside: list[Line] = field(default_factory=list)  # the container's lines, in order
    kept: list[Line] = field(default_factory=list)
    removed: list[tuple[Line, str]] = field(default_factory=list)
    notices: list[Line] = field(default_factory=list)
    credits: list[Line] = field(default_factory=list)  # 责任编辑, 原标题, bylines: for metadata


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


def _score(lines: list[Line], strict: bool) -> dict[etree._Element, float]:
    """Each element's prose minus its link text. ``strict``: a line under a furniture region
    adds nothing anywhere; else it still counts for the elements inside that region.
    Lines are summed per owner first: the owner's ancestors are walked once."""
    owners: dict[etree._Element, list] = {}
    for line in lines:
        acc = owners.get(line.owner)
        if acc is None:
            acc = owners[line.owner] = [line, 0.0, 0.0]
        acc[1] += prose_value(line)
        acc[2] += line.link_chars
    scores: dict[etree._Element, float] = {}
    get = scores.get
    for line, value, penalty in owners.values():
        chain = line.ancestors
        muted_from = len(chain) if line.noise_at < 0 else (0 if strict else line.noise_at)
        for i, anc in enumerate(chain):
            scores[anc] = get(anc, 0.0) + (value if i < muted_from else 0.0) - penalty
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
    scores = _score(lines, strict=True)
    best = max(scores.values())
    if best <= 0:
        scores = _score(lines, strict=False)
        best = max(scores.values())
    tied = [el for el, score in scores.items() if score == best]
    return (
        max(tied, key=lambda el: sum(1 for _ in el.iterancestors())) if len(tied) > 1 else tied[0]
    )


def _inside_region(line: Line, container: etree._Element) -> bool:
    """Whether a furniture region lies between ``line`` and ``container``."""
    if line.noise_at < 0:
        return False
    try:
        return line.noise_at < line.ancestors.index(container)
    except ValueError:
        return True


def kind_of(line: Line, container: etree._Element) -> tuple[Kind, str]:
    """Classify one line of the container, with the reason when it is BAD."""
    text = line.text
    if _inside_region(line, container):
        return Kind.BAD, "region"
    if line.is_link:
        return Kind.BAD, "links"
    if noise.is_nav_line(text):
        return Kind.BAD, "nav"
    if noise.breadcrumb_parts(text, line.link_density):
        return Kind.BAD, "breadcrumb"
    if noise.is_footer_line(text) and line.punct < thresholds.FOOTER_MAX_PUNCT:
        return Kind.BAD, "footer"
    if line.stamp:
        return Kind.BAD, "list_item"
    if line.teaser:
        return Kind.BAD, "teaser"
    # Credits, UI text, short promos. A picture's credit ends the picture's block (its
    # caption goes with it); an editor's credit or 原标题 sits inside the story.
    if chrome_kind := chrome.line_kind(text):
        return Kind.BAD, chrome_kind
    text_chars = line.chars - line.link_chars
    if (text_chars >= thresholds.GOOD_LINE_CHARS and line.punct) or (
        text_chars >= thresholds.SENTENCE_END_MIN_CHARS and text.endswith(_SENTENCE_END)
    ):
        return Kind.GOOD, ""
    if text_chars >= thresholds.GOOD_UNPUNCTUATED_CHARS:
        return Kind.GOOD, ""
    return Kind.SHORT, ""


def _cut_list_sections(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """A list heading followed by non-prose opens a list section; drop it to the next prose."""
    i = 0
    while i < len(lines):
        if noise.is_list_heading(lines[i].text) and kinds[i][0] is not Kind.GOOD:
            j = i + 1
            # A list has no headings of its own: the next one opens another section.
            while j < len(lines) and kinds[j][0] is not Kind.GOOD and not lines[j].heading:
                j += 1
            if j - i >= 2 or j == len(lines):
                for k in range(i, j):
                    kinds[k] = (Kind.BAD, "list_section")
            i = j
        else:
            i += 1


def _good_chars(lines: list[Line], kinds: list[tuple[Kind, str]]) -> list[int]:
    """Running total of GOOD characters before each index."""
    totals, run = [], 0
    for line, (kind, _) in zip(lines, kinds, strict=True):
        totals.append(run)
        if kind is Kind.GOOD:
            run += line.chars
    totals.append(run)
    return totals


def _mark_edges(
    kinds: list[tuple[Kind, str]], strength: list[int], speech: list[bool], is_notice: list[bool]
) -> None:
    """At the body's two edges even a weak notice (one word family plus 本站) is the host's:
    walk in from each end over furniture and notices until the first line of story."""
    n = len(kinds)
    for order in (range(n), range(n - 1, -1, -1)):
        for i in order:
            if strength[i] >= 1 and not speech[i]:
                is_notice[i] = True
            elif kinds[i][0] is Kind.GOOD:
                break


def _region_follows(kinds: list[tuple[Kind, str]], i: int) -> bool:
    """Whether a furniture region (comments, share bar) comes after line ``i`` before any
    more story: past a notice and a region, the story does not resume."""
    for kind, reason in kinds[i + 1 :]:
        if kind is Kind.GOOD:
            return False
        if reason == "region":
            return True
    return False


def _apply_notices(
    lines: list[Line], kinds: list[tuple[Kind, str]], site_names: Iterable[str]
) -> list[Line]:
    """Mark host notices; a notice near an edge takes the rest of that edge with it."""
    names = tuple(site_names)
    promo = [chrome.is_promo(line.text) for line in lines]
    strength = [
        max(noise.notice_strength(line.text, names), int(flag))
        for line, flag in zip(lines, promo, strict=True)
    ]
    # Quotes make a line the story's, except in a promo's own slogan.
    speech = [
        s >= 1 and not flag and noise.is_reported_speech(line.text)
        for line, flag, s in zip(lines, promo, strength, strict=True)
    ]
    is_notice = [s >= 2 for s in strength]
    _mark_edges(kinds, strength, speech, is_notice)
    # A weaker line joins when it touches a notice (the block of notices at the body's end).
    changed = True
    while changed:
        changed = False
        for i, s in enumerate(strength):
            if s == 1 and not is_notice[i]:
                near = (i > 0 and is_notice[i - 1]) or (i + 1 < len(lines) and is_notice[i + 1])
                if near:
                    is_notice[i] = changed = True
    marked = [i for i, flag in enumerate(is_notice) if flag]
    if not marked:
        return []
    for i in marked:
        kinds[i] = (Kind.BAD, "notice")
    totals = _good_chars(lines, kinds)
    total = totals[-1] or 1
    trailing = [
        i
        for i in marked
        if (total - totals[i]) / total < thresholds.EDGE_SHARE
        or (totals[i] / total > thresholds.NOTICE_MIDDLE_SHARE and _region_follows(kinds, i))
    ]
    if trailing:
        # Everything after the first notice of the trailing zone is the host's too.
        for k in range(trailing[0], len(lines)):
            if kinds[k][0] is not Kind.BAD:
                kinds[k] = (Kind.BAD, "after_notice")
    leading = [i for i in marked if totals[i] / total < thresholds.EDGE_SHARE and i not in trailing]
    if leading:
        for k in range(leading[-1]):
            if kinds[k][0] is not Kind.BAD:
                kinds[k] = (Kind.BAD, "before_notice")
    return [lines[i] for i in marked]


def _cut_after_footer(lines: list[Line], kinds: list[tuple[Kind, str]]) -> None:
    """A copyright or licence line near the end closes the page: the address and phone
    lines after it are the site's, not the story's."""
    footers = [i for i, (_, reason) in enumerate(kinds) if reason == "footer"]
    if not footers:
        return
    totals = _good_chars(lines, kinds)
    total = totals[-1] or 1
    for i in footers:
        if (total - totals[i]) / total < thresholds.FOOTER_SHARE:
            for k in range(i + 1, len(kinds)):
                if kinds[k][0] is not Kind.BAD:
                    kinds[k] = (Kind.BAD, "after_footer")
            return


def _is_verse(line: Line) -> bool:
    """A long line with no link and no labels: a line of unpunctuated prose or verse."""
    return (
        line.link_chars == 0
        and line.chars >= thresholds.VERSE_CHARS
        and not noise.is_meta_line(line.text)
    )


def _keep_short(kinds: list[tuple[Kind, str]], lines: list[Line]) -> list[bool]:
    """SHORT lines stay between prose, and in a short run right after prose (sign-offs:
    原标题, 作者, 编辑) even when furniture follows; a run of long link-free lines right
    before prose opens the story even after furniture; elsewhere they go."""
    keep = [k is Kind.GOOD for k, _ in kinds]
    n = len(kinds)
    i = 0
    while i < n:
        if kinds[i][0] is not Kind.SHORT:
            i += 1
            continue
        j = i
        while j < n and kinds[j][0] is Kind.SHORT:
            j += 1
        # Chrome lines removed inline (a credit, a player message) mark no boundary.
        b = i - 1
        while b >= 0 and kinds[b][1] in _INLINE_CHROME:
            b -= 1
        a = j
        while a < n and kinds[a][1] in _INLINE_CHROME:
            a += 1
        before = kinds[b][0] if b >= 0 else None
        after = kinds[a][0] if a < n else None
        sides = {before, after}
        run_ok = (
            (Kind.BAD not in sides and Kind.GOOD in sides)
            or (before is Kind.GOOD and j - i <= thresholds.SIGN_OFF_LINES)
            or (after is Kind.GOOD and all(_is_verse(line) for line in lines[i:j]))
        )
        for k in range(i, j):
            keep[k] = run_ok
        i = j
    return keep


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
        inside = first_entry(inside, container)
    else:
        inside = [line for line in lines if container in line.ancestors]
    kinds = [kind_of(line, container) for line in inside]
    _cut_list_sections(kinds, inside)
    notices = _apply_notices(inside, kinds, site_names)
    _cut_after_footer(inside, kinds)
    keep = _keep_short(kinds, inside)
    reasons = [reason for _, reason in kinds]
    credits = [
        line
        for line, reason in zip(inside, reasons, strict=True)
        if reason in ("credit", "picture_credit")
    ]
    promos = [line for line, reason in zip(inside, reasons, strict=True) if reason == "promo"]
    selection = Selection(container, inside, notices=notices + promos, credits=credits)
    for line, (kind, reason), flag in zip(inside, kinds, keep, strict=True):
        if flag:
            selection.kept.append(line)
        else:
            selection.removed.append((line, reason or kind.value))
    return selection

"""Find the article's block and keep its paragraphs.

Step 1, the container: every line adds its prose value (non-link characters, worth more when
punctuated like sentences) to each of its ancestors and subtracts its link characters; the
element with the best total is the article block (the GNE/boilerpipe density idea, counted
per line so ``<br>`` runs and table cells weigh the same as ``<p>``). Lines under a region
whose class/id says furniture (share, related, comment…) add nothing.

Step 2, the lines: inside the container each line is GOOD (prose), BAD (links, menus, list
stamps, notices) or SHORT (headings, captions); SHORT lines survive only between prose, as in
jusText. Host notices are edge markers: one in the last (or first) stretch of the body cuts
everything after (or before) it, which removes the related lists that follow disclaimers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from lxml import etree

from snapcrawl.extract import noise
from snapcrawl.extract.dom import Line, is_noise_region

_FINAL = tuple("。！？!?…”」』\"'）)；;：:")


class Kind(Enum):
    GOOD = "good"
    SHORT = "short"
    BAD = "bad"


@dataclass
class Selection:
    """What body selection kept and what it threw away, with reasons."""

    container: etree._Element | None
    kept: list[Line] = field(default_factory=list)
    removed: list[tuple[Line, str]] = field(default_factory=list)
    notices: list[Line] = field(default_factory=list)


def prose_value(line: Line) -> float:
    """How much a line looks like article prose, in characters."""
    text_chars = line.chars - line.link_chars
    if line.link_density > 0.5 or text_chars <= 0:
        return 0.0
    if line.punct and text_chars >= 8:
        return float(text_chars)
    return text_chars * (0.6 if text_chars >= 30 else 0.2)


def choose_container(lines: list[Line]) -> etree._Element | None:
    """The element whose lines carry the most prose for the least link text."""
    scores: dict[etree._Element, float] = {}
    depth: dict[etree._Element, int] = {}
    noisy: dict[etree._Element, bool] = {}
    for line in lines:
        value = prose_value(line)
        penalty = float(line.link_chars)
        muted = False
        chain = line.ancestors
        for i, anc in enumerate(chain):
            if not muted:
                flag = noisy.get(anc)
                if flag is None:
                    flag = noisy[anc] = is_noise_region(anc)
                muted = flag
            scores[anc] = scores.get(anc, 0.0) + (0.0 if muted else value) - penalty
            depth.setdefault(anc, len(chain) - i)
    if not scores:
        return None
    return max(scores, key=lambda el: (scores[el], depth[el]))


def kind_of(line: Line, container: etree._Element) -> tuple[Kind, str]:
    """Classify one line of the container, with the reason when it is BAD."""
    text = line.text
    for anc in line.ancestors:
        if anc is container:
            break
        if is_noise_region(anc):
            return Kind.BAD, "region"
    if line.link_density > 0.5:
        return Kind.BAD, "links"
    if noise.is_nav_line(text):
        return Kind.BAD, "nav"
    if noise.is_footer_line(text) and line.punct < 4:
        return Kind.BAD, "footer"
    if noise.is_list_item(text):
        return Kind.BAD, "list_item"
    text_chars = line.chars - line.link_chars
    if (text_chars >= 30 and line.punct) or (text_chars >= 12 and text.endswith(_FINAL) and line.punct >= 2):
        return Kind.GOOD, ""
    if text_chars >= 60:
        return Kind.GOOD, ""
    return Kind.SHORT, ""


def _cut_list_sections(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """A list heading followed by non-prose opens a list section; drop it to the next prose."""
    i = 0
    while i < len(lines):
        if noise.is_list_heading(lines[i].text) and kinds[i][0] is not Kind.GOOD:
            j = i + 1
            while j < len(lines) and kinds[j][0] is not Kind.GOOD:
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


def _apply_notices(
    lines: list[Line], kinds: list[tuple[Kind, str]], site_names: Iterable[str]
) -> list[Line]:
    """Mark host notices; a notice near an edge takes the rest of that edge with it."""
    names = tuple(site_names)
    strength = [noise.notice_strength(line.text, names) for line in lines]
    is_notice = [s >= 2 for s in strength]
    # A weaker line joins when it touches a notice (the block of notices at the body's end).
    changed = True
    while changed:
        changed = False
        for i, s in enumerate(strength):
            if s == 1 and not is_notice[i]:
                near = (i > 0 and is_notice[i - 1]) or (i + 1 < len(lines) and is_notice[i + 1])
                if near:
                    is_notice[i] = changed = True
    notices = [line for line, flag in zip(lines, is_notice, strict=True) if flag]
    if not notices:
        return []
    for i, flag in enumerate(is_notice):
        if flag:
            kinds[i] = (Kind.BAD, "notice")
    totals = _good_chars(lines, kinds)
    total = totals[-1] or 1
    first = next(i for i, f in enumerate(is_notice) if f)
    last = max(i for i, f in enumerate(is_notice) if f)
    if (total - totals[last]) / total < 0.25:
        # Notices near the end: everything after the first notice of that trailing run goes.
        start = last
        while start > 0 and (is_notice[start - 1] or kinds[start - 1][0] is not Kind.GOOD):
            start -= 1
        start = min(i for i in range(start, last + 1) if is_notice[i] or kinds[i][0] is Kind.BAD)
        for k in range(start, len(lines)):
            if kinds[k][0] is not Kind.BAD:
                kinds[k] = (Kind.BAD, "after_notice")
    if totals[first] / total < 0.25 and first < last or (totals[first] / total < 0.25 and first == last and (total - totals[last]) / total >= 0.25):
        for k in range(first):
            if kinds[k][0] is not Kind.BAD:
                kinds[k] = (Kind.BAD, "before_notice")
    return notices


def _keep_short(kinds: list[tuple[Kind, str]]) -> list[bool]:
    """SHORT lines stay when prose is on one side and no BAD line on either side."""
    keep = [k is Kind.GOOD for k, _ in kinds]
    n = len(kinds)
    for i, (kind, _) in enumerate(kinds):
        if kind is not Kind.SHORT:
            continue
        prev_k = next((kinds[j][0] for j in range(i - 1, -1, -1) if kinds[j][0] is not Kind.SHORT), None)
        next_k = next((kinds[j][0] for j in range(i + 1, n) if kinds[j][0] is not Kind.SHORT), None)
        sides = {prev_k, next_k}
        keep[i] = Kind.BAD not in sides and Kind.GOOD in sides
    return keep


def select_body(
    lines: list[Line], site_names: Iterable[str] = (), container: etree._Element | None = None
) -> Selection:
    """Choose the container (unless given) and the lines of it that are the article."""
    container = container if container is not None else choose_container(lines)
    if container is None:
        return Selection(None)
    inside = [line for line in lines if container in line.ancestors]
    kinds = [kind_of(line, container) for line in inside]
    _cut_list_sections(kinds, inside)
    notices = _apply_notices(inside, kinds, site_names)
    keep = _keep_short(kinds)
    selection = Selection(container, notices=notices)
    for line, (kind, reason), flag in zip(inside, kinds, keep, strict=True):
        if flag:
            selection.kept.append(line)
        else:
            selection.removed.append((line, reason or kind.value))
    return selection

"""A story told in short lines without stops: a recipe's steps, a live blog's timestamped
updates, a listicle's items, a travel guide's days, a match's minutes.

The body rules lean on prose that ends sentences, so past the story's last such line these
lines would go as a sign-off run too long or a widget's box. What tells them for the
story's: they sit in the story's own block (under the parent of its prose, link-free), and
they run as a sequence (numbered, dated or timed heads, "1." "第二步" "D3" "16:20") or
speak in clauses ("X，Y") as prose does, or stand as stanzas (a lyric's, a poem's
``<br>``-broken paragraphs of label-free lines). A host's box of short lines links its entries or
heads them with a label (a box holding a link or a heading), or lists timed titles with
no clause (a programme guide, a podcast's chapters), and its vocabulary is chrome already
(BAD before this reads it): a run stops at the first such line.
A "read on" button (展开全文) between the shown lines and the folded rest is no such line.
A post told a phrase a line (WeChat's style) has the same run over its first prose line
too (keep_lead_run).
"""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.chrome_vocab import FOLD_BUTTON
from snapcrawl.extract.dom import Line
from snapcrawl.extract.line_kinds import Kind
from snapcrawl.extract.vocab import HEADING_TAGS

# A sequence head: "1." "2、" "3【曼谷】" "（三）" "第二步" "D3" "Q1：" "16:20" "2/24" "◆".
_HEAD = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、．)）【]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|第[一二三四五六七八九十\d]{1,3}[步天站课讲条分]|[DdQq]\d{1,2}\b|[DdQq]\d{1,2}[:：]"
    r"|\d{1,2}[:：]\d{2}\b|\d{1,2}[:：]\d{2}\s|\d{1,2}/\d{1,2}\s|[◆●■▶►•★☆◇◎]"
    r"|[一二三四五六七八九十]{1,3}[、.．])"
)
_CLAUSE = re.compile(r"[，；、,;][^，；、,;]")
_CLAUSE_MIN_CHARS = 8  # "挤掉水分，锅里多放点油": shorter ones are labels' pairs
_MIN_EVIDENCE = 3  # a sequence of three heads, or three lines in clauses, is a story's run
_STANZA_LINES = 3  # a <br>-broken paragraph of this many lines is a stanza, not a sign-off
_MAX_LINE = 80  # a line longer than this is no short line of a run
# BAD lines the run may cross: a quantity's or a count's shape ("牛腩 800克") that the story's
# own list holds; every other BAD reason (credit, promo, links, region, nav) ends the run.
_CROSSABLE = frozenset({"ui"})
# the reason a line made GOOD here carries: a line of the story's run ends no sentence, and
# tail_strangers must not judge it a stranger for that
RUN = "run"


_LISTS = frozenset({"ul", "ol"})
_HEADINGS = (*sorted(HEADING_TAGS), "dt")  # a heading, or a definition list's term


def _clause(text: str) -> bool:
    return len(text) >= _CLAUSE_MIN_CHARS and _CLAUSE.search(text.rstrip("，；、,;")) is not None


def _place(line: Line, parent: etree._Element, boxes: dict[etree._Element, bool]) -> bool | None:
    """Whether the line stands in a box of its own under ``parent`` (False: in the story's
    own set, a block or a list of ``parent``); ``None`` when that box is the host's shape
    (it holds a heading or a link) or the line is not under ``parent`` at all."""
    owner = line.owner
    up = owner.getparent()
    if up is parent or (up is not None and up.tag in _LISTS and up.getparent() is parent):
        return False
    chain = line.ancestors
    try:
        box = chain[chain.index(parent) - 1]
    except ValueError:
        return None
    if box is owner:
        return None
    plain = boxes.get(box)
    if plain is None:  # each box is read once, however many lines it holds
        plain = boxes[box] = next(box.iter("a", *_HEADINGS), None) is None
    return True if plain else None


def _member(line: Line, kind: tuple[Kind, str]) -> bool:
    return (
        kind[0] is not Kind.GOOD
        and (kind[0] is Kind.SHORT or kind[1] in _CROSSABLE)
        and not line.link_chars
        and not line.hrefs
        and len(line.text) <= _MAX_LINE
    )


def _wordy(line: Line, kind: tuple[Kind, str]) -> bool:
    """A crossed count's line ("牛腩 800克") is the story's list when it has words; figures
    alone ("3/8") are a gallery's counter between its captions, the host's."""
    return kind[0] is not Kind.BAD or any(ch.isalpha() for ch in line.text)


def _fold(line: Line) -> bool:
    """A "read on" button (展开全文) between the story's shown lines and its folded rest: the
    run goes on past it, as the reader does once it is pressed."""
    text = line.text
    return len(text) <= thresholds.FOLD_BUTTON_MAX and FOLD_BUTTON.match(text) is not None


def _fold_within(lines: list[Line], kinds: list[tuple[Kind, str]], j: int, step: int) -> bool:
    """Whether ``lines[j]`` is a fold the run goes on past: the line beyond it, ``step``
    away (after it walking down, before it walking up), is the run's again."""
    k = j + step
    return 0 <= k < len(lines) and _fold(lines[j]) and _member(lines[k], kinds[k])


def _mark_run(
    kinds: list[tuple[Kind, str]], lines: list[Line], span: range, folds: list[int]
) -> None:
    """Make the run's lines in ``span`` GOOD, but not its folds nor a bare counter."""
    for k in span:
        if k not in folds and _wordy(lines[k], kinds[k]):
            kinds[k] = (Kind.GOOD, RUN)


def _close_stanza(stanza: list[int], evidence: list[int]) -> None:
    """A <br>-broken paragraph of several label-free lines in the story's own set is a
    stanza (a lyric's, a poem's): each of its lines speaks for the run."""
    if len(stanza) >= _STANZA_LINES:
        evidence.extend(k for k in stanza if k not in evidence)
    stanza.clear()


def keep_story_runs(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Make GOOD the story's short-line runs after a prose line (see the module)."""
    n = len(lines)
    boxes: dict[etree._Element, bool] = {}
    i = 0
    while i < n:
        if kinds[i][0] is not Kind.GOOD:
            i += 1
            continue
        # Most prose lines are followed by prose or by a line or two (a heading, a
        # caption): no run of three, and nothing more is read of them.
        j = i + 1
        while j < n and j - i <= _MIN_EVIDENCE and kinds[j][0] is not Kind.GOOD:
            j += 1
        parent = lines[i].owner.getparent()
        if j - i <= _MIN_EVIDENCE or parent is None:
            i = j
            continue
        j = i + 1
        evidence: list[int] = []
        boxed_heads = boxed_clauses = 0
        stanza: list[int] = []  # the lines of one <br>-broken <p> of the story's own set
        folds: list[int] = []
        while j < n:
            if not _member(lines[j], kinds[j]):
                if _fold_within(lines, kinds, j, 1):
                    folds.append(j)
                    j += 1
                    continue
                break
            boxed = _place(lines[j], parent, boxes)
            if boxed is None:
                break
            text = lines[j].text
            owner = lines[j].owner
            if stanza and lines[stanza[0]].owner is not owner:
                _close_stanza(stanza, evidence)
            if not boxed and owner.tag == "p" and ":" not in text and "：" not in text:
                stanza.append(j)
            if _clause(text):
                evidence.append(j)
                boxed_clauses += boxed
            elif _HEAD.match(text):
                evidence.append(j)
                boxed_heads += boxed
            j += 1
        _close_stanza(stanza, evidence)
        # In a box of its own, timed or numbered titles with few clauses are an index (a
        # programme guide, a podcast's chapters), not the story's updates.
        if len(evidence) >= _MIN_EVIDENCE and boxed_heads <= boxed_clauses:
            # a run's first entry may be long enough for prose ("12:40 城区…恢复正常运行")
            first = i if _HEAD.match(lines[i].text) else i + 1
            _mark_run(kinds, lines, range(first, max(evidence) + 1), folds)
        i = max(j, i + 1)


def _common(a: etree._Element, line: Line) -> etree._Element | None:
    """The nearest of ``a`` and its ancestors that also holds ``line``."""
    chain = set(line.ancestors)
    while a is not None and a not in chain:
        a = a.getparent()
    return a


def keep_lead_run(kinds: list[tuple[Kind, str]], lines: list[Line]) -> None:
    """Make GOOD the short lines over the story's first prose line, three or more of them
    speaking in clauses, as its lead: a post told a phrase a line (WeChat's style) may end
    no sentence for screens, its first prose line far down. Only lines of the story's own
    set (siblings of that line, or of the shown part over a "read on" button), none in a
    box of its own: the host's title, date and account stand in boxes, or are chrome
    already."""
    first = next((i for i, kind in enumerate(kinds) if kind[0] is Kind.GOOD), -1)
    if first < _MIN_EVIDENCE:
        return
    parent = lines[first].owner.getparent()
    boxes: dict[etree._Element, bool] = {}
    evidence: list[int] = []
    folds: list[int] = []
    said: set[str] = set()
    j = first - 1
    while j >= 0 and parent is not None:
        line = lines[j]
        if not _member(line, kinds[j]):
            if _fold_within(lines, kinds, j, -1):
                folds.append(j)
                parent = _common(parent, line)
                j -= 1
                continue
            break
        if line.owner.tag in _HEADINGS or _place(line, parent, boxes) is not False:
            break
        text = line.text
        # clauses only: a box of facts over the story heads its rows ("◎导　　演　X"); a
        # caption repeated under each picture (the headline again) speaks once
        if _clause(text) and text not in said:
            evidence.append(j)
            said.add(text)
        j -= 1
    if len(evidence) >= _MIN_EVIDENCE:  # the run's top too: the post's opening phrases
        _mark_run(kinds, lines, range(j + 1, first), folds)

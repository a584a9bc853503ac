"""The article's own heading, not a pop-up's, the site chrome's or a section's.

A page states its headline in several places: ``og:title``, JSON-LD ``headline``, the part of
``<title>`` before the site suffix, and a visible heading. The visible line that matches one
of those statements is the title; among several, a heading element and the one closest to
the story win (a login pop-up's ``<h1>`` stands far from the body and matches nothing). A
page that states nothing usable is read by position: the short line right above the meta
line (发布时间：…), else the last ``h1``/``h2`` before the story.
"""

from __future__ import annotations

import re

from snapcrawl.extract.dates import date_spans
from snapcrawl.extract.dom import Line
from snapcrawl.extract.meta import HeadInfo
from snapcrawl.extract.noise import LABEL_RE

TITLE_SPLIT = re.compile(r"\s*(?:[_|｜–—]|\s-\s|-{2,}|::)\s*")
_SPACES = re.compile(r"\s+")
# "原创", "置顶", "独家" glued before a heading, with no separator between them.
_BADGE_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")
_SENTENCE_END = re.compile(r"[。；;，,]$")


def _squash(text: str) -> str:
    return _SPACES.sub("", text).replace("\u201c", '"').replace("\u201d", '"')


def statements(head: HeadInfo) -> list[str]:
    """What the markup says the headline is, most specific first."""
    found = [head.metas.get(k, "") for k in ("og:title", "ld:headline", "ld:title")]
    pieces = [p for p in TITLE_SPLIT.split(head.title) if len(p) >= 4]
    found += [*pieces, head.title]
    return [s for s in dict.fromkeys(found) if len(s) >= 4]


def _match(line: Line, said: list[str], doc_title: str) -> tuple[int, str] | None:
    """(strength, title text) when ``line`` is the headline the markup states."""
    text = _squash(line.text)
    for value in said:
        value_sq = _squash(value)
        if text == value_sq:
            return 3, line.text
        if text.endswith(value_sq) and _BADGE_RE.fullmatch(text[: len(text) - len(value_sq)]):
            return 3, value  # a badge (原创) glued before the heading
    if line.chars >= 4 and doc_title.startswith(line.text):
        return 2, line.text
    if line.heading and line.chars >= 4 and line.text in doc_title:
        return 1, line.text
    return None


def _is_meta_line(line: Line) -> bool:
    return line.chars <= 80 and bool(date_spans(line.text) or LABEL_RE.search(line.text))


def extract_title(head: HeadInfo, lines: list[Line], body_start: int) -> tuple[str, Line | None]:
    """The article heading and its line (``None`` when taken from the markup)."""
    doc_title = head.title
    candidates = [
        line
        for line in lines
        if 2 <= line.chars <= 120 and line.link_density <= 0.5 and line.index <= body_start + 1
    ]
    said = statements(head)
    matching = [(m, c) for c in candidates if (m := _match(c, said, doc_title))]
    if matching:
        (_, text), best = max(
            matching,
            key=lambda mc: (
                mc[0][0],
                len(mc[0][1]) >= len(doc_title) // 2,  # the story's headline, not the site's
                mc[1].heading,
                mc[1].index,
            ),
        )
        return text, best
    by_position = [c for c in candidates if c.index >= body_start - 3]
    for pos, line in enumerate(by_position[:-1]):
        nxt = by_position[pos + 1]
        if (
            _is_meta_line(nxt)
            and not _is_meta_line(line)
            and line.chars >= 4
            and not _SENTENCE_END.search(line.text)
        ):
            return line.text, line
    headings = [c for c in candidates if c.heading and c.owner.tag in ("h1", "h2")]
    if headings:
        best = headings[-1]
        return best.text, best
    if og := head.metas.get("og:title") or head.metas.get("ld:headline"):
        return og, None
    pieces = [p for p in TITLE_SPLIT.split(doc_title) if p]
    return (max(pieces[:-1], key=len) if len(pieces) >= 2 else doc_title), None

"""Metadata: what the head says, and the smaller fields (source_url, snapshot_at, any
labelled field), each read by one small ``extract_*`` function.

Sources, most trusted first: the visible "label：value" line around the heading (that is
what the page shows its readers), ``<meta>`` tags and JSON-LD, then weaker positional
guesses. Labels come from ``vocab.LABELS``, so a new page that says 稿源 or 存档时间 is read
the same way. The bigger fields have their own modules: ``title``, ``published``,
``source``, ``category`` and ``credit_fields`` (author, editor, original_title).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from snapcrawl.extract.author_cards import read_card_names
from snapcrawl.extract.dated_line import spans_set_apart
from snapcrawl.extract.dates import parse_date, with_year
from snapcrawl.extract.dom import Line
from snapcrawl.extract.host_voice import notice_families
from snapcrawl.extract.labeled_lines import LabelIndex, labeled_positions
from snapcrawl.extract.meta_labels import label_spans
from snapcrawl.extract.script_fields import read_script_fields
from snapcrawl.extract.script_time import read_script_time
from snapcrawl.extract.structured import (
    Survey,
    read_breadcrumbs,
    read_json_ld,
    read_marked,
    read_marked_date,
    survey,
)
from snapcrawl.extract.text import normalize_text
from snapcrawl.extract.thresholds import NOTICE_MAX
from snapcrawl.extract.title_pieces import TITLE_SPLIT
from snapcrawl.extract.vocab import LABELS

_URL = re.compile(r"https?://[^\s\"'<>，。、；）)\]】]+", re.IGNORECASE)
_TOKEN_END = re.compile(r"[\s\u3000|｜,，;；]")


@dataclass
class HeadInfo:
    """What the ``<head>`` says: the document title and every ``<meta>`` by lower-cased key."""

    title: str = ""
    metas: dict[str, str] = field(default_factory=dict)  # JSON-LD values under "ld:…"
    crumbs: list[str] = field(default_factory=list)  # a marked breadcrumb trail
    marked: dict[str, list[str]] = field(default_factory=dict)  # byline/source elements
    scripts: list[str] = field(default_factory=list)  # inline script texts, not JSON-LD
    _stated: dict[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    def stated(self, key: str) -> str | None:
        """``script:source`` or ``script:author``: what the page's scripts state about the
        article (script_fields.py). Read on first use, not with the head: most pages
        credit their outlet and author visibly and never need it."""
        if self._stated is None:
            titles = (self.title, self.metas.get("og:title", ""))
            self._stated = read_script_fields(self.scripts, titles)
        return self._stated.get(key)


def read_head(root: etree._Element, elements: list[etree._Element] | None = None) -> HeadInfo:
    """Collect ``<title>`` and ``<meta>`` values before the head is stripped; ``elements``:
    the ``<title>``, ``<meta>`` and ``<time>`` elements (``structured.survey``), if known."""
    info = HeadInfo()
    title_seen = False
    for el in root.iter("title", "meta", "time") if elements is None else elements:
        tag = el.tag
        if tag == "title":
            if not title_seen:
                title_seen = True
                info.title = normalize_text("".join(el.itertext()))
        elif tag == "meta":
            key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
            content = el.get("content")
            if key and content and key.lower() not in info.metas:
                info.metas[key.strip().lower()] = normalize_text(content)
        elif (
            value := el.get("datetime") or el.get("pubdate")
        ) and "time:datetime" not in info.metas:
            info.metas["time:datetime"] = value
    return info


def read_statements(root: etree._Element, info: HeadInfo, found: Survey | None = None) -> None:
    """Add what only extraction needs to ``info``, before scripts and navigation are
    stripped: JSON-LD (``ld:…``), a script's publication time, the inline scripts' texts
    (``HeadInfo.stated`` reads them), the marked breadcrumb trail and the elements marked
    as byline or source. Classifying a page does without them.
    ``found``: the tree's ``structured.survey``, when the caller has it already."""
    found = found or survey(root)  # one walk for all the readers below
    marked, scripts = found.marked, found.scripts
    for key, value in read_json_ld(root, scripts).items():
        info.metas.setdefault(key, value)
    if moment := read_script_time(root, scripts):
        info.metas["script:pubtime"] = moment
    if "datepublished" not in info.metas and (stamp := read_marked_date(marked)):
        info.metas["datepublished"] = stamp
    info.scripts = [  # each text read once: lxml makes a new string at every read
        text for el in scripts if (text := el.text) and "ld+json" not in (el.get("type") or "")
    ]
    info.crumbs = read_breadcrumbs(root, marked)
    info.marked = {kind: read_marked(root, kind, marked) for kind in ("byline", "source")}
    info.marked["card"] = read_card_names(marked)


def site_names(url: str | None, head: HeadInfo) -> tuple[str, ...]:
    """How the host may name itself: domain, registrable part, site name from title/og."""
    names: list[str] = []
    host = (urlsplit(url).hostname or "") if url else ""
    if host:
        names.append(host)
        parts = host.split(".")
        if len(parts) > 2:
            names.append(".".join(parts[-2:]) if len(parts[-2]) > 3 else ".".join(parts[-3:]))
    if site := head.metas.get("og:site_name"):
        names.append(site)
    pieces = [p for p in TITLE_SPLIT.split(head.title) if p]
    if len(pieces) >= 2 and 2 <= len(pieces[-1]) <= 20:  # a short last piece: the site name
        names.append(pieces[-1])
    return tuple(dict.fromkeys(n for n in names if len(n) >= 3))


def labeled(text: str, fieldname: str) -> str | None:
    """The value after a label of ``fieldname`` in ``text``, up to the next label."""
    spans = label_spans(text)  # the line's labels, scanned once for every reader
    wanted = LABELS[fieldname]
    for pos, (label, _, end) in enumerate(spans):
        if label in wanted:
            stop = spans[pos + 1][1] if pos + 1 < len(spans) else len(text)
            return text[end:stop].strip(" \u3000")
    return None


_HOST_LABELS = frozenset((*LABELS["snapshot_at"], *LABELS["source_url"]))


def host_label(text: str) -> bool:
    """Whether ``text`` carries a label only a re-hosting site writes (快照时间, 原文地址)."""
    return any(label in _HOST_LABELS for label, _, _ in label_spans(text))


# The same label as a link's words with no colon, the copy's date and its host after it:
# "原文地址 2020-12-14 15:24:12 由 X.com 提供快照支持", a snapshot host's bar over the story.
_BARE_HOST_LABEL = re.compile(
    "^(?:" + "|".join(sorted(map(re.escape, _HOST_LABELS), key=len, reverse=True)) + r")\s+"
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|[^\n]*快照)"
)
_HOST_LABEL_HEADS = tuple({label[:2] for label in _HOST_LABELS})


def bare_host_label(text: str) -> bool:
    """Whether ``text`` opens with a re-hosting site's label and no colon, its date or its
    snapshot after it (see _BARE_HOST_LABEL)."""
    return text.startswith(_HOST_LABEL_HEADS) and _BARE_HOST_LABEL.match(text) is not None


def _first_token(value: str) -> str | None:
    value = value.strip(" \u3000【】[]()（）")
    value = _TOKEN_END.split(value, maxsplit=1)[0].strip("。.:：") if value else ""
    return value if 1 < len(value) <= 40 and not parse_date(value) else None


def extract_field(lines: list[Line], fieldname: str, index: LabelIndex | None = None) -> str | None:
    """First "label：value" of ``fieldname`` (source, author, category) on the page;
    ``index``: the page's labeled lines (labeled_lines.py), if known."""
    for pos in labeled_positions(lines, fieldname, index):
        value = labeled(lines[pos].text, fieldname)
        if value and (token := _first_token(value)):
            return token
    return None


def marked_near(head: HeadInfo, kind: str, zone: list[Line], end: int | None = None) -> str | None:
    """The first element marked as ``kind`` whose text stands in ``zone`` (by the heading
    or the story), not in a feed of other stories' cards. ``end``: the story's last line's
    index; where the page marks several different values (each card of a feed marks its
    own outlet: "NewsBTC", "ZyCrypto"), one standing only after the story is a card's."""
    values = head.marked.get(kind, ())
    if not values:
        return None
    if end is not None and len(set(values)) > 1:
        zone = [line for line in zone if line.index <= end]
    for value in values:
        for line in zone:
            text = line.text
            if value not in text:
                continue
            # "<span>体坛晨报</span><span class=author>马骁</span>": a bar of spans the
            # line glues ("…体坛晨报马骁"), set apart where its spans end
            if _stands_alone(value, text) or (
                (spaced := spans_set_apart(line)) is not None and _stands_alone(value, spaced)
            ):
                return value
    return None


def _stands_alone(value: str, text: str) -> bool:
    """Whether ``value`` occurs in ``text`` as a word of its own: "股市行情" is not the byline
    of "今日股市行情分析"."""
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not _is_han(before) and not _is_han(after):
            return True
        start = text.find(value, start + 1)
    return False


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def extract_source_url(
    lines: list[Line], url: str | None, index: LabelIndex | None = None
) -> str | None:
    """The original's address from an 原文地址-style line: its URL text, else its link."""
    for i in labeled_positions(lines, "source_url", index):
        line = lines[i]
        value = labeled(line.text, "source_url")
        if value is None:
            continue
        if match := _URL.search(value):
            return match.group(0)
        for href in line.hrefs:
            absolute = urljoin(url or "", href)
            if absolute.startswith(("http://", "https://")):
                return absolute
        if not value and i + 1 < len(lines) and (match := _URL.search(lines[i + 1].text)):
            return match.group(0)
    return None


def extract_snapshot_at(
    lines: list[Line],
    index: LabelIndex | None = None,
    host_text: Collection[Line] | None = None,
) -> datetime | None:
    """When the host copied the page: a 快照生成时间-style label, or a dated copy notice.
    ``host_text``: the lines of ``lines`` that can be notices (``notice_gate``), if known."""
    for pos in labeled_positions(lines, "snapshot_at", index):
        value = labeled(lines[pos].text, "snapshot_at")
        if value and (date := parse_date(value)):
            return date.value
    if host_text is not None:
        # A copy notice holds a copy word, so it is one of the gate's lines unless it is
        # longer than the gate reads (a line of 200 characters may have more spaces).
        for line in lines:
            if line.chars <= 200 and (line in host_text or len(line.text) > NOTICE_MAX):
                text = line.text
                if "copy" in notice_families(text) and (date := parse_date(text)):
                    return date.value
        return None
    short = [line.text for line in lines if line.chars <= 200]
    for pos in with_year(short):  # parse_date finds nothing without one; most lines skip
        if "copy" in notice_families(short[pos]) and (date := parse_date(short[pos])):
            return date.value
    return None

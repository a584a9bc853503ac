"""Metadata: what the head says, and the smaller fields (author, editor, source_url,
snapshot_at), each read by one small ``extract_*`` function.

Sources, most trusted first: the visible "label：value" line around the heading (that is
what the page shows its readers), ``<meta>`` tags and JSON-LD, then weaker positional
guesses. Labels come from ``vocab.LABELS``, so a new page that says 稿源 or 存档时间 is read
the same way. The bigger fields have their own modules: ``title``, ``published``,
``source``, ``category`` and ``credits`` (author, editor, original_title).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from snapcrawl.extract import accounts, credits, thresholds
from snapcrawl.extract.author_cards import card_author, read_card_names
from snapcrawl.extract.bare_bylines import bare_byline
from snapcrawl.extract.credit_forms import reading_form
from snapcrawl.extract.credit_lines import credited_span
from snapcrawl.extract.credit_names import clean_name, is_outlet_name, without_outlet
from snapcrawl.extract.credit_pairs import names_alone
from snapcrawl.extract.dated_line import spans_set_apart
from snapcrawl.extract.dates import date_spans, parse_date, with_year
from snapcrawl.extract.dom import Line
from snapcrawl.extract.fact_rows import fact_box
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
    survey,
)
from snapcrawl.extract.text import normalize_text
from snapcrawl.extract.thresholds import NOTICE_MAX
from snapcrawl.extract.title_author import title_bar_author
from snapcrawl.extract.vocab import DATE_WORD, LABELS

TITLE_SPLIT = re.compile(r"\s*(?:[_|｜–—]|\s-\s|-{2,}|::)\s*")
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


def extract_author(
    head: HeadInfo,
    lines: list[Line],
    zone: list[Line],
    body: list[Line],
    site: tuple[str, ...],
    source: str | None = None,
) -> str | None:
    """The credited author, else a name alone where a byline stands (bare_bylines)."""
    return _credited_author(head, lines, zone, body, site, source) or bare_byline(zone)


def _credited_author(
    head: HeadInfo,
    lines: list[Line],
    zone: list[Line],
    body: list[Line],
    site: tuple[str, ...],
    source: str | None = None,
) -> str | None:
    """A credit on the page (作者：X, （记者 X）), else the self-media account beside its
    follow button, else the byline element or meta author, else the author a script
    states about the article."""
    # the zone as the author reader reads it (作者︰X, 【作者】X: the label's common form),
    # then with the dates beside a credit set aside ("2024-08-06 记者 X", "Author: X 2024-…")
    span = credited_span(lines, body)
    if box := fact_box(zone):  # "作者：X" in a book's box of facts names the book's author
        zone = [line for line in zone if id(line) not in box]
    if found := credits.author_from_lines(_zone_as_read(zone) or zone, span):
        return without_outlet(found, site, source)
    if (read := _without_dates(zone)) and (found := credits.author_from_lines(read, span)):
        return without_outlet(found, site, source)
    if found := _author_label_then_name(zone):
        return without_outlet(found, site, source)
    if found := accounts.followed_account(lines):
        return found
    if found := card_author(head.marked.get("card", []), lines, body):
        return without_outlet(found, site, source)
    tags = dict(head.metas)
    if byline := marked_near(head, "byline", zone):
        tags["byline"] = byline
    found = credits.author_from_tags(tags, site, source)
    # A name only <meta name="author"> gives, shown nowhere on the page, is often the CMS
    # user who posted it (a gazette's clerk), not who wrote it.
    plain_meta = found is not None and found in (tags.get("author"), tags.get("article:author"))
    if plain_meta and found != tags.get("byline") and not any(found in ln.text for ln in lines):
        return None
    if found is None and (stated := head.stated("script:author")):  # script_fields.py
        return credits.author_from_tags({"author": stated}, site, source)
    if found is None and head.title and " - " in head.title:  # "标题 - 作者 - 站名"
        return title_bar_author([p.strip() for p in head.title.split(" - ")], lines, site)
    return found


# A colon a Hong Kong page types (作者︰X), and a writer's label in a spelling the credit
# forms leave as written, before its separator: 執筆 (执笔 in traditional), 撰稿 (撰文's
# synonym; 撰稿人 and 特约撰稿人 the contributor's, 文案 the copywriter's), 报道/報導 heading a
# reporter's name on Malaysian and Singaporean pages (记者), a column's 主笔, a blog's 博主, a
# question's 答主 (its writer), a picture story's 摄影报道 (its reporter's), 撰写 (撰文's
# synonym) and a critic's 书评人/影评人/乐评人/剧评人 (the review's writer).
_LABEL_SPELLING = re.compile(
    r"[︰﹕]|(?:(?<=^)|(?<=[\s|｜]))(?:執筆|(?:特约|特約)?撰稿人?|报道|報道|報導|主笔|主筆|答主|博主|"
    r"文案|撰写|撰寫|[书書影乐樂剧劇][评評]人|(?:摄影|攝影|图文|圖文)(?:报道|報導))"
    r"(?=\s*[:：︰﹕/／|｜丨])"
)
_SPELLED = {
    "︰": "：",
    "﹕": "：",
    "執筆": "执笔",
    "撰稿": "撰文",
    "撰稿人": "撰文",  # a contributor's label, 特约撰稿人 a commissioned one's
    "特约撰稿人": "撰文",
    "特約撰稿人": "撰文",
    "特约撰稿": "撰文",
    "特約撰稿": "撰文",
    "主笔": "执笔",  # a column's lead writer
    "主筆": "执笔",
    "答主": "作者",  # who answers on a question-and-answer site
    "博主": "作者",  # a blog's writer
    "文案": "撰文",  # a feature's copywriter, in its credit row
    "摄影报道": "作者",  # a picture story's reporter, who wrote its words too
    "攝影報導": "作者",
    "图文报道": "作者",
    "圖文報導": "作者",
    "报道": "记者",
    "報道": "记者",
    "報導": "记者",
    **dict.fromkeys(("撰写", "撰寫"), "撰文"),
    **{f"{art}{judge}人": "作者" for art in "书書影乐樂剧劇" for judge in "评評"},
}
_SPELLING_CHARS = re.compile("[︰﹕執撰报報主案评評]")
# The longest line read in a credit's form: a row of credits ("By X | River Daily |
# Updated: …") as credit_reading reads the story's credit lines.
_READ_MAX = 3 * thresholds.CREDIT_MAX


def _zone_as_read(zone: list[Line]) -> list[Line] | None:
    """``zone`` with each line that may be a credit in the form the author and editor
    readers read: the label in the common form (credit_forms.reading_form: 【作者】X,
    作者 Author：X, 作者︰X, 執筆：X, "By X | Outlet | Updated: …"), a bracketed credit
    opening a paragraph on its own; ``None`` when no line changes. The page's own text
    stays as written."""
    read, changed = [], False
    for line in zone:
        if (text := _credit_form(line)) is not None:
            line, changed = replace(line, text=text, chars=len(text)), True
        read.append(line)
    return read if changed else None


def _without_dates(zone: list[Line]) -> list[Line]:
    """The short dated lines of ``zone`` that read as a credit once the dates, weekdays
    and times beside it are set aside ("作者︰X 2024-08-06 10:20", "2024-08-06 星期二 记者 X
    通讯员 Y", "Author: Li Wei 2024-08-06": a date is never a name), in that reading."""
    read = []
    for line in zone:
        text = line.text
        if line.chars > _READ_MAX or not _CREDIT_CHARS.search(text):
            continue
        if not (spans := date_spans(text)):
            continue
        for start, end in reversed(spans):
            text = text[:start] + " " + text[end:]
        text = " ".join(w for w in text.split() if not DATE_WORD.fullmatch(w))
        if text and _CREDIT_CHARS.search(text):
            text = _credit_form(replace(line, text=text, chars=len(text))) or text
            read.append(replace(line, text=text, chars=len(text)))
    return read


# A writer's or an editor's label holds one of these (作者, 记者, 文, 撰文, 执笔, 采写, 編輯,
# 主笔, 答主, 博主, 书评人, By, Author): a line with none is read as written.
_CREDIT_CHARS = re.compile("[文作写笔筆记記撰报報编編辑輯主评評A-Za-z]")


def _credit_form(line: Line) -> str | None:
    """``line``'s text in the credit readers' form, or ``None`` when that is as written. A
    long line is prose (read only for the bracketed credit it opens with), but for a row
    of English credits."""
    text = line.text
    if not _CREDIT_CHARS.search(text, 0, _READ_MAX):
        return None
    if line.chars > thresholds.CREDIT_MAX:
        if text[:1] in _OPENING_BRACKETS:
            return _opening_credit(text)
        if line.chars > _READ_MAX or not text[:1].isascii():
            return None
    if _SPELLING_CHARS.search(text):
        text = _LABEL_SPELLING.sub(lambda m: _SPELLED[m[0]], text)
    text = reading_form(text) or text
    return text if text != line.text else None


_OPENING_BRACKETS = "〔［[【（("
# "〔記者陳大明／台中報導〕台中捷運…": a reporter's credit in brackets opening a paragraph.
_INSIDE = r"[^〔〕［］\[\]【】（）()]"
_OPENING_CREDIT = re.compile(
    r"^[〔［\[【（(](?P<inner>" + _INSIDE + r"{0,12}?[记記作]者" + _INSIDE + r"{2,24})[〕］\]】）)]"
)


def _opening_credit(text: str) -> str | None:
    """The bracketed credit a paragraph opens with, alone and in round brackets, as the
    credit readers read a bracketed credit on a line of its own, else ``None``."""
    match = _OPENING_CREDIT.match(text)
    return f"（{match['inner']}）" if match else None


# An author's label alone in its cell or term ("作者" | "陳志豪" in an info table or a <dl>).
_AUTHOR_ALONE = re.compile(r"^(?:作\s*者|撰\s*文|撰\s*稿|执\s*笔|執\s*筆)\s*[:：]?$")
# A reporter's label alone ("记者" | "蒋一帆 刘晓晴") and an English writer's ("Reporter" |
# "Li Ming"): an interview's 记者 speaks too, so the next line must be names alone, each
# shaped like a person's (credit_pairs.names_alone), not any short phrase ("记者" | "谢谢").
_REPORTER_ALONE = re.compile(
    r"^(?:[记記]\s*者|采\s*写|採\s*寫|(?:Reporters?|Authors?|Writers?))\s*[:：]?$"
)
_LABEL_CELL = 6  # a label alone is this short
_EN_LABEL_CELL = 10  # "Reporters:"


def _author_label_then_name(zone: list[Line]) -> str | None:
    """The name on the line after an author's label that ends its own line or cell, when
    that line is a person's name (an outlet there is a 来源's, read by source.py)."""
    for line, nxt in itertools.pairwise(zone):
        short = line.chars <= _LABEL_CELL or (line.chars <= _EN_LABEL_CELL and line.text.isascii())
        if short and nxt.index == line.index + 1:
            label = line.text.strip()
            if _REPORTER_ALONE.match(label):
                if not names_alone(nxt):
                    continue
            elif not _AUTHOR_ALONE.match(label):
                continue
            name = clean_name(nxt.text.strip())
            return name if name and not is_outlet_name(name) else None
    return None


def extract_editor(zone: list[Line], lines: list[Line]) -> str | None:
    """The editor credited by the story (see ``credits``), else anywhere on the page."""
    if found := credits.extract_editor(zone):
        return found
    hong_kong = any("︰" in line.text for line in zone)  # 責任編輯︰X: a Hong Kong page's colon
    if hong_kong and (read := _zone_as_read(zone)) and (found := credits.extract_editor(read)):
        return found
    return credits.extract_editor(lines, by_form=False)


def extract_original_title(zone: list[Line]) -> str | None:
    """原标题：X or 原题为《X》 by the story (see ``credits``)."""
    return credits.extract_original_title(zone)


def marked_near(head: HeadInfo, kind: str, zone: list[Line]) -> str | None:
    """The first element marked as ``kind`` whose text stands in ``zone`` (by the heading
    or the story), not in a feed of other stories' cards."""
    values = head.marked.get(kind, ())
    if not values:
        return None
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

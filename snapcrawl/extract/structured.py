"""What a page states about itself in machine-readable form: JSON-LD and breadcrumb trails.

Modern news pages say their headline, publication time and author in a JSON-LD block
(``NewsArticle``, Baidu's "cambrian" variant) and mark their section path with
``<nav aria-label="breadcrumb">`` or a ``.breadcrumb`` list. Both are read from the tree
before scripts and navigation are stripped as furniture; both are hints that the visible
page is checked against, never trusted blindly.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from lxml import etree

from snapcrawl.extract.text import normalize_text

# JSON-LD keys we use, lower-cased, and the ``ld:`` key they are stored under.
_LD_FIELDS = {
    "headline": "ld:headline",
    "title": "ld:title",  # Baidu cambrian pages say "title"
    "datepublished": "ld:datepublished",
    "pubdate": "ld:datepublished",
    "uploaddate": "ld:datepublished",
    "datecreated": "ld:datecreated",
    "datemodified": "ld:datemodified",
    "update": "ld:datemodified",
    "articlesection": "ld:section",
}

# Where a story's outlet may be named, lower-cased, and the ``ld:`` key it is stored under
# (source.py decides what each means: a publisher may be the host site itself).
_LD_OUTLETS = {
    "publisher": "ld:publisher",
    "sourceorganization": "ld:sourceorganization",
    "isbasedon": "ld:basedon",
    "provider": "ld:provider",
}
_ORGANISATION_TYPES = frozenset(
    {
        "organization",
        "newsmediaorganization",
        "corporation",
        "governmentorganization",
        "educationalorganization",
        "ngo",
        "localbusiness",
        "brand",
    }
)

_CRUMB_CLASS = re.compile(r"(?:^|[\s_-])bread-?crumbs?(?:$|[\s_-])", re.IGNORECASE)
_CRUMB_SPLIT = re.compile(r"\s*(?:>>|>|»|›|→|/|＞|\\)\s*")
_MAX_LD_CHARS = 200_000


def _walk(node: Any, out: dict[str, str]) -> None:
    """Flatten the first value of each wanted key, articles before nested objects."""
    if isinstance(node, list):
        for item in node:
            _walk(item, out)
        return
    if not isinstance(node, dict):
        return
    if (
        "ld:crumbs" not in out
        and str(node.get("@type")).lower() == "breadcrumblist"
        and (names := _crumb_names(node.get("itemListElement")))
    ):
        out["ld:crumbs"] = " > ".join(names)
    for key, value in node.items():
        lower = key.lower()
        if lower == "author" and "ld:author" not in out:
            if name := _person(value):
                out["ld:author"] = name
        elif lower in _LD_FIELDS and isinstance(value, (str, int, float)):
            out.setdefault(_LD_FIELDS[lower], normalize_text(str(value)))
        elif lower in _LD_OUTLETS and _LD_OUTLETS[lower] not in out and (name := _outlet(value)):
            out[_LD_OUTLETS[lower]] = name
    for key, value in node.items():
        if key.lower() in ("@graph", "mainentity", "itemlistelement") or (
            isinstance(value, (dict, list)) and key.lower() != "author"
        ):
            _walk(value, out)


def _crumb_names(items: Any) -> list[str]:
    """The names of a JSON-LD ``BreadcrumbList``'s items (``name``, or ``item.name``), in the
    order of their ``position``: the section path a page states without showing it."""
    if not isinstance(items, list):
        return []
    found = []
    for rank, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        name = item.get("name")
        if not isinstance(name, str) and isinstance(item.get("item"), dict):
            name = item["item"].get("name")
        position = item.get("position")
        if isinstance(name, str) and (text := normalize_text(name)):
            found.append((position if isinstance(position, int) else rank, text))
    return [name for _, name in sorted(found, key=lambda pair: pair[0])]


def _outlet(value: Any) -> str | None:
    """The organisation a publisher-like field names: its ``name``, or the ``publisher``
    (else ``sourceOrganization``) of the work it is based on (``isBasedOn``)."""
    if isinstance(value, list):
        return next((name for item in value if (name := _outlet(item))), None)
    if isinstance(value, dict):
        kind = str(value.get("@type") or "").lower()
        if kind and kind not in _ORGANISATION_TYPES:  # a CreativeWork: who published it
            return _outlet(value.get("publisher") or value.get("sourceOrganization"))
        value = value.get("name")
    if isinstance(value, str) and (text := normalize_text(value)) and "://" not in text:
        return text
    return None


def _person(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for item in value if (n := _person(item))]
        return " ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and (text := normalize_text(value)):
        return text
    return None


def read_json_ld(
    root: etree._Element, scripts: list[etree._Element] | None = None
) -> dict[str, str]:
    """``ld:headline``, ``ld:datepublished``, ``ld:author``… from the page's JSON-LD blocks.

    Broken JSON (hand-written templates leave trailing commas and raw newlines) is read
    leniently: control characters are dropped before parsing, and a block that still does
    not parse is skipped. ``scripts``: the page's ``<script>`` elements, when the caller has
    them already.
    """
    found: dict[str, str] = {}
    for script in root.iter("script") if scripts is None else scripts:
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "")[:_MAX_LD_CHARS]
        raw = re.sub(r"[\x00-\x1f]", " ", raw)
        raw = re.sub(r",\s*([}\]])", r"\1", raw)
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        _walk(data, found)
    return found


_CRUMB_TAGS = frozenset({"nav", "ol", "ul", "div", "p", "span"})


def _is_crumb_container(el: etree._Element) -> bool:
    label = (el.get("aria-label") or "").lower()
    if "breadcrumb" in label or "面包屑" in label:
        return True
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(_CRUMB_CLASS.search(marks))


def read_breadcrumbs(root: etree._Element, marked: list[etree._Element] | None = None) -> list[str]:
    """The items of the first marked breadcrumb trail (``nav[aria-label=breadcrumb]``,
    ``.breadcrumb``, ``ol.breadcrumb``), in order; empty when the page marks none.

    Items are the trail's links and list items; a trail written as one text ("首页 / 国内 /
    正文", "新闻 › 国内") is split on its separators.
    """
    for el in marked_elements(root) if marked is None else marked:
        if el.tag not in _CRUMB_TAGS or not _is_crumb_container(el):
            continue
        items = [el for el in el.iter("li", "a") if el.tag == "li" or el.getparent().tag != "li"]
        texts = [normalize_text("".join(item.itertext())) for item in items]
        parts = [p for text in texts for p in _CRUMB_SPLIT.split(text) if p]
        if len(parts) < 2:
            whole = normalize_text(" ".join(el.itertext()))
            parts = [p for p in _CRUMB_SPLIT.split(whole) if p]
        parts = [p.strip(" \u3000>›»/") for p in parts]
        parts = [p for p in parts if p and len(p) <= 30]
        if parts:
            return list(dict.fromkeys(parts))
    return []


_BYLINE_MARK = re.compile(r"author|byline|writer|(?<![a-z])source-?name", re.IGNORECASE)
# Nor is a commenter's name in the thread under the story ("comment-author", "reply-author",
# "tie-author": a 跟帖/gentie floor), however near the story's last lines it stands.
_NOT_BYLINE = re.compile(
    r"authority|avatar|author-?(?:list|box|info|wrap|card)s?$"
    r"|(?<![a-z])(?:comments?|cmt|reply|replies|tie|gentie)[-_]?(?:author|writer)",
    re.IGNORECASE,
)


# "source", "media-name", and the posting account's "nickname" by the heading (a WeChat
# post's "rich_media_meta_nickname": the 公众号 that published it, the post's outlet).
_SOURCE_MARK = re.compile(r"(?<![a-z])(?:source|media-?name|nickname)(?![a-z])", re.IGNORECASE)
_NOT_SOURCE = re.compile(
    r"source[-_]?(?:list|box|wrap|icon|img|url|link|href)|resource", re.IGNORECASE
)


_MARKED_TAGS = frozenset({"span", "a", "p", "div", "em", "strong", "address", "cite"})
# The tags either reader below looks at; ``marked_elements`` keeps no others, which is
# safe because ``read_breadcrumbs`` and ``read_marked`` skip every other tag anyway.
_READ_TAG_SET = _MARKED_TAGS | _CRUMB_TAGS
_MARK_NAMES = frozenset({"class", "id", "itemprop", "rel", "aria-label"})
_MARK_WORDS = re.compile(
    r"author|byline|writer|source|media|nickname|crumb|面包屑|datepublished", re.IGNORECASE
)
# The same words, matched case-sensitively in a lower-cased value: much faster than the
# IGNORECASE scan. Only for ASCII values, where lower() folds exactly what IGNORECASE
# does (outside ASCII, "ſ", "ı" and "İ" also match s and i).
_MARK_WORDS_LOWER = re.compile(_MARK_WORDS.pattern)


def _is_mark(value: str) -> bool:
    if value.isascii():
        return _MARK_WORDS_LOWER.search(value.lower()) is not None
    return _MARK_WORDS.search(value) is not None


def marked_elements(root: etree._Element) -> list[etree._Element]:
    """Every element whose class, id, itemprop, rel or aria-label may mark a byline, a
    source or a breadcrumb trail: one walk for all three readers, which then decide."""
    return survey(root).marked


class Survey(NamedTuple):
    """What one walk over the whole parsed tree (before anything is stripped) finds, each
    list in document order."""

    head: list[etree._Element]  # ``<title>``, ``<meta>``, ``<time>``: for ``meta.read_head``
    asides: list[etree._Element]  # ``<aside>``: the page keeps a headline's one
    footers: list[etree._Element]  # ``<footer>``: an article's may be its credits (credit_boxes)
    scripts: list[etree._Element]  # for ``read_json_ld`` and ``read_script_time``
    styled: list[etree._Element]  # a ``style`` or ``hidden`` attribute: for strip_furniture
    marked: list[etree._Element]  # see ``marked_elements``; empty unless ``marks``
    # Every element, held for the page's later walks: lxml makes a Python proxy for each
    # element it hands out and frees it when nothing holds it, so without this list
    # ``flatten`` would make each proxy anew; with it, lxml finds the one made here.
    elements: list[etree._Element]
    # ``<input>``, ``<textarea>``, ``<select>``: polls' and forms' boxes, for strip_furniture
    inputs: list[etree._Element]
    roles: list[etree._Element]  # a ``role`` attribute: landmarks.py, for strip_furniture


_NOTED_TAGS = frozenset(
    {"title", "meta", "time", "aside", "footer", "script", "input", "textarea", "select"}
)


def survey(root: etree._Element, *, marks: bool = True) -> Survey:
    """The elements each reader of the unstripped tree needs, from one walk: each
    ``iter(tag)`` of its own would walk the whole tree again inside libxml2 (~0.15 ms on a
    portal page, about two thirds of a walk in Python), and the styled elements would
    cost a second Python walk. ``marks``: judge the marked elements too (extraction reads
    them, classifying a page does not).

    A Python walk, not an XPath union over the five attributes (which walks the tree five
    times and wraps every attribute value of every tag in a Python string). The loop is
    written out (no helper, no ``any``): the calls cost as much as the walk saves. Class
    values repeat down a page (every item of a list has the same), so each distinct value
    is judged once.

    The marks are judged here, on every page, not when a reader first asks: the readers
    ask after ``strip_furniture`` has changed the tree, and they ask on 213 of the 225
    benchmark pages (the trail when no 类别 label names the section, the byline when no
    credit names the author, the marked source last). The judging costs ~1.4 M
    instructions a page (callgrind); an XPath doing it in libxml2 (``translate()`` folding
    the case) cost ~39 M, and a gate on the page's UTF-8 bytes (no mark word anywhere: a
    third of the pages) ~0.9 M a page to save a third of the 1.4 M.

    What the strip drops after this walk is little of it: of the ~658 elements of a
    benchmark page, ~133 go, ~15 of them in tags only the form boxes' text reads before
    the strip (style, svg, iframe, link, button, object…); stripping those in libxml2 before
    this walk would spare ~2 % of it (and change that text). More than half of the walk is
    lxml's (the proxies, ``tag`` and ``keys()``: ~0.37 of ~0.64 ms a page); a
    ``frozenset.isdisjoint`` gate before the three name tests moved nothing measurable.
    """
    # no comments or PIs
    found = Survey([], [], [], [], [], [], list(root.iter(etree.Element)), [], [])
    head, asides, footers, scripts, styled, marked, elements, inputs, roles = found
    judged: dict[str, bool] = {}
    for el in elements:
        tag = el.tag
        if tag in _NOTED_TAGS:
            if tag == "script":
                scripts.append(el)
            elif tag == "aside":
                asides.append(el)
            elif tag == "footer":
                footers.append(el)
            elif tag == "input" or tag == "textarea" or tag == "select":
                inputs.append(el)
            else:
                head.append(el)
        names = el.keys()  # usually none or one: cheaper than asking for each by name
        if not names:
            continue
        if "style" in names or "hidden" in names:
            styled.append(el)
        if "role" in names:
            roles.append(el)
        if not marks or tag not in _READ_TAG_SET:  # the readers of marks skip other tags
            continue
        for name in names:
            if name in _MARK_NAMES:
                value = el.get(name)
                flag = judged.get(value)
                if flag is None:
                    flag = judged[value] = _is_mark(value)
                if flag:
                    marked.append(el)
                    break
    return found


_DATE_MAX = 40  # "2018年12月17日星期一 15:20", an ISO stamp


def read_marked_date(marked: list[etree._Element]) -> str | None:
    """The publication date an element of the body marks with ``itemprop="datePublished"``
    (microdata, no ``<meta>``): "<div itemprop="datePublished">2018年12月17日星期一</div>"."""
    for el in marked:
        if (el.get("itemprop") or "").lower() != "datepublished":
            continue
        text = el.get("content") or el.get("datetime") or normalize_text("".join(el.itertext()))
        if text and len(text) <= _DATE_MAX:
            return text
    return None


def read_marked(
    root: etree._Element, kind: str, marked: list[etree._Element] | None = None
) -> list[str]:
    """Short texts of the elements the page marks as the byline (``kind="byline"``:
    ``class="author"``, ``itemprop="author"``, ``rel="author"``) or as a source (``kind=
    "source"``: ``class="source"``), ``…-name`` marks first. A feed beside the story marks
    its items the same way, so callers keep the ones that stand by the heading."""
    mark, skip = (_BYLINE_MARK, _NOT_BYLINE) if kind == "byline" else (_SOURCE_MARK, _NOT_SOURCE)
    found: list[tuple[bool, str]] = []
    for el in marked_elements(root) if marked is None else marked:
        if el.tag not in _MARKED_TAGS:
            continue
        marks = " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("rel"))))
        if not marks or not mark.search(marks) or skip.search(marks):
            continue
        text = normalize_text("".join(el.itertext()))
        if 2 <= len(text) <= 30:
            found.append(("name" in marks.lower(), text))  # author-name beats author-box
    found.sort(key=lambda item: not item[0])
    return [text for _, text in found[:40]]

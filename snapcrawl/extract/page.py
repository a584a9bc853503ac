"""One parsed page: the tree, what its head says, and its visible lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from snapcrawl.extract import way_back
from snapcrawl.extract.binary import SAMPLE_BYTES, binary_bytes
from snapcrawl.extract.consent_boxes import drop_consent_boxes
from snapcrawl.extract.credit_boxes import keep_credit_boxes
from snapcrawl.extract.decode import decode_html
from snapcrawl.extract.dom import Line, parse_html
from snapcrawl.extract.error_pages import may_hold_error_frame
from snapcrawl.extract.furniture import strip_furniture
from snapcrawl.extract.layout import annotate
from snapcrawl.extract.meta import HeadInfo, read_head, read_statements
from snapcrawl.extract.reader_only import drop_reader_only, may_hold_reader_only
from snapcrawl.extract.slide_clones import drop_slide_clones, may_hold_clones
from snapcrawl.extract.structured import survey
from snapcrawl.extract.text import normalize_text
from snapcrawl.extract.types import NotAnArticle
from snapcrawl.extract.vertical import join_vertical
from snapcrawl.extract.walk import flatten


@dataclass
class Page:
    """A page ready for extraction."""

    root: etree._Element
    head: HeadInfo
    lines: list[Line]
    # The form fields as served (stripped from ``root`` with their widgets): a query echoed
    # in a search box, a password field (not_article.py).
    inputs: list[etree._Element] = field(default_factory=list)
    # Whether the source may hold a browser's error frame (error_pages.may_hold_error_frame).
    error_frame: bool = True
    # The elements around each password field as served, innermost first: where a sign-in
    # form stood before stripping (by the body, or up in the header: not_article.py).
    password_homes: list[list[etree._Element]] = field(default_factory=list)


def _keep_headline_asides(asides: list[etree._Element], head: HeadInfo) -> None:
    """An ``<aside>`` whose ``<h1>`` is the headline the page states (``<title>``,
    ``og:title``) is the story's header (mobile templates wrap the headline and its meta line
    in one), not a sidebar: keep it, as a ``<div>``. ``asides``: the page's, in order."""
    stated = [head.title, head.metas.get("og:title", ""), head.metas.get("ld:headline", "")]
    for aside in asides:
        h1 = next(aside.iter("h1"), None)
        text = normalize_text("".join(h1.itertext())) if h1 is not None else ""
        if len(text) >= 4 and any(s.startswith(text) for s in stated):
            aside.tag = "div"


def read_page(html: str | bytes, encoding: str | None = None, *, details: bool = False) -> Page:
    """Decode, parse, read the head, strip furniture, flatten and annotate the lines;
    ``NotAnArticle("empty")`` when nothing visible is left. ``details`` also reads what
    only extraction uses (``meta.read_statements``)."""
    if isinstance(html, (bytes, bytearray)):
        data = bytes(html)
        if (control := binary_bytes(data, encoding)) is not None:
            detail = f"binary data: {control} control bytes in its first {SAMPLE_BYTES}"
            raise NotAnArticle("undecodable", detail)
        text = decode_html(data, encoding)
    else:
        text = html
    root = parse_html(text)
    if root is None:
        raise NotAnArticle("empty", "no markup")
    if may_hold_clones(text):  # a slider's copies of its slides: the same captions twice
        drop_slide_clones(root)
    if may_hold_reader_only(text):  # "Opens in new window": a link's label for screen readers
        drop_reader_only(root)
    # One walk for every reader of the unstripped tree; extraction also reads bylines,
    # breadcrumbs and JSON-LD (the marked elements), classifying does not.
    found = survey(root, marks=details)
    head = read_head(root, found.head)
    if details:
        read_statements(root, head, found)
        _keep_headline_asides(found.asides, head)
        keep_credit_boxes(found.footers, found.asides)
    homes = [
        list(el.iterancestors())
        for el in found.inputs
        if el.tag == "input" and (el.get("type") or "").lower() == "password"
    ]
    strip_furniture(root, found.styled, found.inputs, found.roles)
    lines = flatten(root)
    if way_back.drop_glued_way_back(lines):  # "…的路。文/X<a>返回搜狐，查看更多</a>"
        lines = flatten(root)
    if drop_consent_boxes(lines):  # a cookie plug-in's preference centre, saved with the page
        lines = flatten(root)
    lines = join_vertical(lines)  # "撰<br>稿<br>：<br>X": one line, not one per character
    if not lines:
        raise NotAnArticle("empty", "no visible text")
    annotate(lines, head.title)
    fields = [el for el in found.inputs if el.tag == "input"]
    return Page(root, head, lines, fields, may_hold_error_frame(text), homes)

"""Landmarks: a ``role`` attribute that names a region of furniture, as its tag would.

A page says what a region is in two ways: by its tag (``<nav>``, ``<footer>``, ``<aside>``,
``<button>``, stripped with the other widgets) and, on pages built of ``<div>``s, by its
ARIA role (``navigation``, ``contentinfo`` for the footer, ``search``, ``toolbar``,
``dialog`` for a pop-up, ``button`` for a clickable label such as 听新闻 or 展开). The
role is the page's own word for what the element is, in any layout and any wording, so the
element goes as its tag's twin would. A role on an element holding a heading (the headline
over the story) or a paragraph of prose is a wrong one (a whole page marked up as one
region): it stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from snapcrawl.extract.vocab import HEADING_TAGS

# Roles of regions that never hold the story (``main``, ``article``, ``region`` may). Not
# ``banner``: a page's header may carry its headline's line, its date or its slogan, and
# the benchmark's gold keeps one of them (a page lost a line with it).
_FURNITURE_ROLES = frozenset(
    """navigation contentinfo search toolbar menubar menu tablist dialog alertdialog
    button""".split()  # noqa: SIM905
)
# A pop-up titles itself with a heading of its own ("Privacy Overview", "会员登录" in an h3
# or h4); only an ``h1`` there is the story's headline, under a role a whole page wrongly wears.
_POPUP_ROLES = frozenset({"dialog", "alertdialog"})
# A region the page labels as the story's byline (``role="region"
# aria-labelledby="article-byline"``): a box of label-and-value rows ("Author, X", "Role,
# X", "Reporting from X") a world-service template sets over every story in every
# language. Its fields are read from the page's tags and the rows themselves elsewhere;
# in the body they are furniture.
_BYLINE_LABEL = "byline"
_BUTTON_MAX_CHARS = 10  # a button's label; a "button" holding more is a clickable card
_SENTENCES = 2  # a region with as many sentence ends holds prose


def _headings(role: str) -> tuple[str, ...]:
    return ("h1",) if role in _POPUP_ROLES else _ALL_HEADINGS


_ALL_HEADINGS = tuple(HEADING_TAGS)


def furniture_landmarks(roled: Iterable[etree._Element]) -> list[etree._Element]:
    """The elements of ``roled`` whose role names furniture (see the module's doc)."""
    found: list[etree._Element] = []
    for el in roled:
        role = (el.get("role") or "").strip().lower()
        if role == "region" and _labelled_byline(el):
            found.append(el)
            continue
        if role not in _FURNITURE_ROLES or el.tag in ("html", "body"):
            continue
        text = etree.tostring(el, method="text", encoding=str, with_tail=False)
        if text.count("。") >= _SENTENCES or next(el.iter(*_headings(role)), None) is not None:
            continue
        if role == "button" and (
            len("".join(text.split())) > _BUTTON_MAX_CHARS or next(el.iter("img"), None) is not None
        ):
            continue
        found.append(el)
    return found


def _labelled_byline(el: etree._Element) -> bool:
    """Whether a region names itself the byline by its ARIA label and holds no prose."""
    label = f"{el.get('aria-labelledby') or ''} {el.get('aria-label') or ''}".lower()
    if _BYLINE_LABEL not in label:
        return False
    text = etree.tostring(el, method="text", encoding=str, with_tail=False)
    return text.count("。") == 0 and next(el.iter(*_ALL_HEADINGS), None) is None

"""Strip what a reader never sees: furniture tags (scripts, forms' widgets, nav, footers)
and elements hidden by an attribute or an inline style, except a hidden article."""

from __future__ import annotations

import re

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.chrome_vocab import FOLD_BUTTON
from snapcrawl.extract.entry_boxes import entry_boxes
from snapcrawl.extract.landmarks import furniture_landmarks
from snapcrawl.extract.polls import poll_boxes
from snapcrawl.extract.structured import survey
from snapcrawl.extract.vocab import DROP_TAGS, SENTENCE_END_MARKS

__all__ = ["strip_furniture"]

_DISPLAY = "display"  # an inline style a script sets on each slide it shows or hides
_TRANSPARENT = re.compile(r"(?:^|;)opacity:0?\.?0*(?:;|!|$)")


def drop_element(el: etree._Element) -> None:
    """Remove ``el`` and what it holds, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _is_hidden(el: etree._Element) -> bool:
    """Hidden by an attribute or an inline style (display, visibility, opacity)."""
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return "opacity" in style and _TRANSPARENT.search(style) is not None


def _class_of(el: etree._Element) -> str:
    """The first word of ``el``'s class: what a carousel's slides or a pager's pages share."""
    words = (el.get("class") or "").split()
    return words[0] if words else ""


def _a_slide(el: etree._Element) -> bool:
    """One of a run of like siblings (same tag, same class) of which another is shown: a
    gallery's slide or an article's page the script shows in turn, not a hidden copy (a
    copy repeats the shown one's text) nor a box of its own (a paywall, an app prompt).
    Slides with no class are like when the script toggles each one's inline ``display``:
    the hidden ones "display: none", the shown one "display: block"."""
    cls = _class_of(el)
    parent = el.getparent()
    if parent is None:
        return False
    toggled = not cls
    if toggled and _DISPLAY not in (el.get("style") or ""):
        return False
    text = None
    for sib in parent:
        if sib is el or sib.tag != el.tag or _class_of(sib) != cls or _is_hidden(sib):
            continue
        if toggled and _DISPLAY not in (sib.get("style") or ""):
            continue
        if text is None:
            text = _squeezed(el)
        shown = _squeezed(sib)
        if shown and shown[:40] != text[:40]:
            return True
    return False


def _squeezed(el: etree._Element) -> str:
    """``el``'s text without white space: slides that open on the same heading differ
    within their first 40 characters only once the template's indentation is gone."""
    return "".join(etree.tostring(el, method="text", encoding=str, with_tail=False).split())


def _folded(el: etree._Element, memo: dict[etree._Element, bool]) -> bool:
    """Below a "read on" button (继续阅读, 展开全文): the nearest shown sibling before ``el``
    that holds text is that button, and the hidden run between them is the rest of the
    story, which a script shows when the button is pressed. A hidden copy or a tab pane has
    no such button before it. ``memo`` keeps each button's answer for the run it heads."""
    sib = el.getprevious()
    steps = 0
    while sib is not None and steps < thresholds.FOLD_RUN_MAX:
        if sib in memo:
            return memo[sib]
        if isinstance(sib.tag, str) and not _is_hidden(sib):
            text = etree.tostring(sib, method="text", encoding=str, with_tail=False).strip()
            if text:
                memo[sib] = len(text) <= thresholds.FOLD_BUTTON_MAX and (
                    FOLD_BUTTON.match(text) is not None
                )
                return memo[sib]
        sib = sib.getprevious()
        steps += 1
    return False


def _sentences(el: etree._Element) -> int:
    """Sentence ends under ``el``: a cheap count of the prose it holds.

    ``str.count`` over the joined text, not XPath ``translate``: libxml2's translate walks
    the text a character at a time, 3x slower, and a hidden data blob of 170,000
    characters (seen on a real page) cost 14 ms that way. The text is written out by libxml2
    in one string (``tostring``'s text method: the text nodes in order, the element's own
    tail left out), not joined from ``itertext``'s Python strings: half the cost."""
    if len(el) == 0:
        text = el.text or ""
    else:
        text = etree.tostring(el, method="text", encoding=str, with_tail=False)
    return sum(map(text.count, SENTENCE_END_MARKS))


def _attached(el: etree._Element, root: etree._Element) -> bool:
    """Whether ``el`` is still in ``root``'s tree: an element that ``strip_elements``
    removed (or one inside it) keeps its own subtree, whose top is not ``root``."""
    top = el
    for top in el.iterancestors():  # noqa: B007 - the last ancestor is wanted
        pass
    return top is root


def strip_furniture(
    root: etree._Element,
    styled: list[etree._Element] | None = None,
    inputs: list[etree._Element] | None = None,
    roles: list[etree._Element] | None = None,
) -> None:
    """Remove elements that never hold article text (scripts, forms' widgets, nav, footers).

    ``styled``: the elements with a ``style`` or ``hidden`` attribute from a walk of the
    tree made before this call (``structured.survey``), to spare a second walk; those
    inside what is stripped first are left out here, so the result is the same. ``inputs``:
    its ``<input>``, ``<textarea>`` and ``<select>`` elements, read the same way; a poll's
    box goes with its inputs, a form's with its fields. ``roles``: its elements with a
    ``role`` attribute; a landmark that is furniture goes as its tag would."""
    if inputs is None:
        inputs = list(root.iter("input", "textarea", "select"))
    if roles is None:
        roles = [el for el in root.iter(etree.Element) if el.get("role") is not None]
    for box in [*poll_boxes(inputs), *entry_boxes(inputs), *furniture_landmarks(roles)]:
        if _attached(box, root):  # not inside a box dropped before it
            drop_element(box)
    etree.strip_elements(
        root, *DROP_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )
    # Hidden copies (print versions, templates, tab panes, menus): the reader never sees
    # them. But some pages hide the article itself until a script reveals it (WeChat's
    # ``visibility: hidden`` body): a hidden element holding more of the page's prose than
    # everything else together is that article, and stays. So does a slide of a gallery or a
    # page of a paged article holding prose, hidden among like siblings of which one is shown,
    # and the folded rest of a story below its "read on" button (继续阅读).
    if styled is None:
        styled = survey(root, marks=False).styled  # after the strip: all attached
        hidden = [el for el in styled if el.tag not in ("html", "body") and _is_hidden(el)]
    else:  # the cheap tests first: few styled elements are hidden
        hidden = [
            el
            for el in styled
            if el.tag not in ("html", "body") and _is_hidden(el) and _attached(el, root)
        ]
    page_sentences = -1
    dropped: set[etree._Element] = set()
    buttons: dict[etree._Element, bool] = {}
    for el in hidden:
        if any(anc in dropped for anc in el.iterancestors()):
            continue
        sentences = _sentences(el)
        if sentences and (_a_slide(el) or _folded(el, buttons)):
            continue
        if sentences >= thresholds.MIN_HIDDEN_SENTENCES:
            if page_sentences < 0:
                page_sentences = _sentences(root)
            if sentences > page_sentences - sentences:
                continue
        dropped.add(el)
        drop_element(el)

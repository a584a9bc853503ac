"""A form's box: a field the reader types into, with its label, its heading and its hint.

A story never asks its reader to type. A field to fill (a search box, an inquiry form, a
login, a certificate or a parcel lookup, a comment box, a newsletter's address) is the
host's, and the text around it in its small box is the form's: its heading (快速询价, 证书
查询), its labels (会员账号), its hint (提交后…与您联系). The fields are stripped with the
other widgets, after which their box's text would reach the body as short lines that say
nothing of what they were; so the box goes whole, before the strip, while its fields still
say what it is. The box is the field's nearest ancestor with text, when that is small (a
page wrapped in one ``<form>`` is no box, nor a meta line a comment field stands in: a
form's words are no sentence and no date); never one holding the page's headline.
A newsletter's box sets its heading (订阅《X》电子报), its field with its hint and its thanks
(感谢您的订阅！) side by side, the field's frame holding only the hint: the box is then the
widest ancestor still made of a form's words, up to a few short lines (still no sentence, no
date, no headline, and no link to a page: a form's button goes nowhere, a menu's items do),
so the heading and the thanks go with the field.
A choice (radio, check box) is a poll's (polls.py); a hidden field, a button, nothing to
type into.

A password field is a sign-in, and a sign-in is a panel, not a box: a paywall sets its
login form beside the member services and the help line (会员登录, 忘记密码, 申请专线：…,
会员信箱：…), none of them with a field. The panel is the field's widest ancestor made only
of such labels: short lines, few of them, no headline; the first ancestor with a line of
prose (the story's paragraph beside the panel) is the story's and stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from snapcrawl.extract.dates import date_spans

# What an <input> of these types asks for is typed (no type is a text field).
_TYPED = frozenset({"", "text", "search", "email", "tel", "number", "password", "url"})
_BOX_MAX_CHARS = 40  # a form's heading, a few labels and a hint line; a paragraph is longer
_WIDE_MAX_CHARS = 80  # a newsletter's box: its heading, hint, button and thanks together
_TOP = frozenset({"body", "html"})
_PANEL_LINE_MAX = 40  # a label, a hint, a help line; a paragraph of prose is longer
_PANEL_MAX_CHARS = 400  # a login form, its links and a member-services box beside it


def _typed(el: etree._Element) -> bool:
    if el.tag != "input":
        return True  # a text area, a drop-down list
    return (el.get("type") or "").strip().lower() in _TYPED


def entry_boxes(fields: Iterable[etree._Element]) -> list[etree._Element]:
    """The boxes around the fields the reader types into (see the module's doc)."""
    boxes: list[etree._Element] = []
    seen: set[etree._Element] = set()
    for field in fields:
        if not _typed(field):
            continue
        for box in field.iterancestors():
            if box.tag in _TOP or box in seen:
                break
            text = etree.tostring(box, method="text", encoding=str, with_tail=False)
            chars = len("".join(text.split()))
            if not chars:
                continue  # the field's frame: no text yet
            if chars <= _BOX_MAX_CHARS and _form_words(box, text):
                box = _widest(box)
                seen.add(box)
                boxes.append(box)
            break
        if (field.get("type") or "").strip().lower() == "password":
            panel = _sign_in_panel(field)
            if panel is not None and panel not in seen:
                seen.add(panel)
                boxes.append(panel)
    return boxes


def _form_words(box: etree._Element, text: str) -> bool:
    """Whether ``box``'s ``text`` is a form's words: no sentence, no date, no headline."""
    return (
        "。" not in text  # a form's words are labels and a hint, no sentence
        and not date_spans(text)  # nor the page's date: a meta line with a field
        and next(box.iter("h1"), None) is None
    )


def _widest(box: etree._Element) -> etree._Element:
    """``box`` or its widest ancestor still made of a form's few words (a newsletter's
    heading and thanks beside the field's frame)."""
    for anc in box.iterancestors():
        if anc.tag in _TOP:
            break
        text = etree.tostring(anc, method="text", encoding=str, with_tail=False)
        if (
            len("".join(text.split())) > _WIDE_MAX_CHARS
            or not _form_words(anc, text)
            or any(_goes_somewhere(a) for a in anc.iter("a"))
        ):
            break
        box = anc
    return box


def _goes_somewhere(link: etree._Element) -> bool:
    """Whether ``link`` leads to a page (a menu's item), not to a script or nowhere (a
    form's button)."""
    href = (link.get("href") or "").strip().lower()
    return bool(href) and not href.startswith(("javascript:", "#"))


def _sign_in_panel(field: etree._Element) -> etree._Element | None:
    """The widest ancestor of a password ``field`` holding only a panel's labels."""
    panel = None
    for anc in field.iterancestors():
        # the text before the headline: its reading stops at the first piece too long or
        # past the panel's size, where a look for an <h1> walks the whole block (the page's
        # whole column, for the ancestor that ends the climb)
        if anc.tag in _TOP or not _labels_only(anc) or next(anc.iter("h1"), None) is not None:
            break
        panel = anc
    return panel


def _labels_only(block: etree._Element) -> bool:
    """Whether ``block``'s text is a panel's: no piece of it longer than a label or a
    help line, and few characters in all (whitespace not counted)."""
    total = 0
    for piece in block.itertext():
        chars = len("".join(piece.split()))
        total += chars
        if chars > _PANEL_LINE_MAX or total > _PANEL_MAX_CHARS:
            return False
    return True

"""The cheap gate before the credit-form tokenizer: whether a line shows any place a form's
label shows itself.

The tokenizer (credit_shape) costs ~10 us a line and most short lines of a page are no
credit: a few class scans (~0.15 us each) turn those away first, and let through every line
whose role ends before a separator, stands after names, opens in brackets or is a Latin
role's stem (tests/snapcrawl/extract/test_rule_gates.py holds the gate to that).
"""

from __future__ import annotations

import re

from snapcrawl.extract.credit_roles import LATIN_ROLE, ROLE_CHARS

# The brackets a form may open with (shared with credit_shape's tokenizer).
OPENERS = "（(【[〔<＜〈「『〖"
# The gate's scans before the tokenizer (~10 us): a role's last character before a separator
# ("编辑：", "剪辑 |", "「撰文」"), a role after names ("周雪/文", "王鹏 摄") or glued to
# the next name ("X　编审Y", credit_glued), a bracket, a Latin role's stem.
_SEP_CHARS = r" \u3000\t\xa0:：︰|｜丨︱│┃/／\-—–~～>»›→⇒•∙∣┆.】\]〕」』〗>＞〉"
_ROLE_BEFORE_SEP = re.compile(
    "[" + ROLE_CHARS + "撰记記讯訊习習片理对對品报報者员員生人师師位表阅閱][" + _SEP_CHARS + "]"
)
_ROLE_AFTER_NAMES = re.compile(
    "[ \u3000\t/／（(][文图圖摄攝整编編供撰审審校责責记記报報制製绘繪本]"
)
# A role after the names whose first character is none of the above: the line's last word,
# set apart by a space, ends in a role's character (采写, 统筹, 策划).
_ROLE_LAST = frozenset(ROLE_CHARS)
_SPACED_LAST_WORD = re.compile(r"[ \u3000\t][\u4e00-\u9fff]{1,4}$").search
# A reporter's role glued to a name and a unit's credit glued to its name are read only in
# a bracketed line, a label in brackets opens its line: the line opens with a bracket, maybe
# after a mark. A Latin role needs Latin letters: one class scan, then the roles.
_OPENS_BRACKET = re.compile("[^\\w]{0,3}[" + re.escape(OPENERS) + "]")
_LATIN_LETTER = re.compile("[A-Za-z]")
# Every form has a separator, a space or a bracket (between its label and its names, or
# around the line): one class scan first tells most short lines apart.
_SEPARATED = re.compile("[" + _SEP_CHARS + re.escape(OPENERS) + "）)]")
# What no form holds (the tokenizer reads no digit, quote or sentence punctuation): one
# class scan that turns away most short lines (dates, counts, titles, clauses) first.
_NO_FORM = re.compile(r"[0-9，。！？；,!?;“”《》]").search
# The gate's scans, bound once (a method looked up on each of ~5,000 lines a pass).
_SEPARATED_AT = _SEPARATED.search
_ROLE_BEFORE_SEP_AT = _ROLE_BEFORE_SEP.search
_ROLE_AFTER_NAMES_AT = _ROLE_AFTER_NAMES.search
_OPENS_BRACKET_AT = _OPENS_BRACKET.match
_LATIN_LETTER_AT = _LATIN_LETTER.search


def may_be_form(text: str) -> bool:
    """The gate: whether ``text`` shows any of the places a form's label shows itself. Each
    scan is one class, or two in a row (~0.15 us each); an alternation with a case-blind
    branch, tried at every position, cost ~2.7 us a line."""
    if _NO_FORM(text) or not _SEPARATED_AT(text):
        return False  # a sentence, a digit or a quote; or no separator, space or bracket
    if _ROLE_BEFORE_SEP_AT(text) or _ROLE_AFTER_NAMES_AT(text) or _OPENS_BRACKET_AT(text):
        return True
    if text[-1:] in _ROLE_LAST and _SPACED_LAST_WORD(text):
        return True  # "X　采写", "X　统筹": a role by its last character, after the names
    return _LATIN_LETTER_AT(text) is not None and LATIN_ROLE.search(text) is not None

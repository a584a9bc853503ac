"""Text normalisation shared by every step.

Pages carry zero-width marks, control bytes, non-breaking spaces, doubly escaped entities
(``&amp;nbsp;`` shows as ``&nbsp;``) and layout indentation (``　　`` at paragraph starts).
None of that is content. Full-width letters and punctuation *are* content and stay as the
page wrote them unless NFKC is asked for.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Invisible marks (soft hyphen, zero-width, bidi controls, BOM) and control bytes.
_INVISIBLE_RANGES = (
    ("\u00ad", "\u00ad"),
    ("\u200b", "\u200f"),
    ("\u202a", "\u202e"),
    ("\u2060", "\u2064"),
    ("\ufeff", "\ufeff"),
    ("\x00", "\x08"),
    ("\x0b", "\x0b"),
    ("\x0e", "\x1f"),
    ("\x7f", "\x9f"),
)
_INVISIBLE = re.compile(
    "[" + "".join(low if low == high else f"{low}-{high}" for low, high in _INVISIBLE_RANGES) + "]"
)
# What makes a line need more than ``str.split``: an invisible mark, an entity, an
# ideographic space. Most lines hold none (on the benchmark pages, 33,000 of 35,000), and one
# scan for all three costs less than the cleaning scan alone.
_NEEDS_CARE = re.compile(_INVISIBLE.pattern[:-1] + "&\u3000]")
_SPACES = re.compile(r"[^\S\u3000]+")  # any whitespace run except the ideographic space
_LEFTOVER_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8}\d{0,2});")
_EDGE = " \u3000"
# Sentence punctuation: what separates prose from menus and link lists.
PUNCTUATION = frozenset("，。！？；：、,.!?;:…“”「」『』（）()《》")
_PUNCTUATION_RE = re.compile("[" + re.escape("".join(sorted(PUNCTUATION))) + "]")
# Both classes above in one: what ``normalize_punctuated`` finds in a line in one scan. No
# character is in both (punctuation is neither invisible, nor "&", nor a space).
_CARE_CHARS = frozenset(
    "&\u3000"
    + "".join(chr(c) for low, high in _INVISIBLE_RANGES for c in range(ord(low), ord(high) + 1))
)
_CARE_OR_PUNCTUATION = re.compile(
    _NEEDS_CARE.pattern[:-1] + re.escape("".join(sorted(PUNCTUATION))) + "]"
)


# Numeric references to no character: NUL, a UTF-16 surrogate, or past U+10FFFF. The
# parser turns each into U+FFFD, which the extraction would then take for a byte lost in
# decoding (dropped, and counted towards refusing the page as undecodable). Only these
# shapes can be one (7+ digits, NUL, 0xD800-0xDFFF, 6+ hex digits, decimal 5xxxx), so the
# common references to CJK characters never reach the check below.
_VOID_REFERENCE = re.compile(
    r"&#(?:0*(?:[1-9]\d{6,}|5\d{4})(?!\d)|0+(?!\d)"
    r"|[xX]0*(?:[dD][89a-fA-F][0-9a-fA-F]{2}|[1-9a-fA-F][0-9a-fA-F]{5,})(?![0-9a-fA-F])"
    r"|[xX]0+(?![0-9a-fA-F]));?"
)


def _void_or_kept(match: re.Match[str]) -> str:
    digits = match.group(0)[2:].rstrip(";")
    value = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    void = value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF
    return "" if void else match.group(0)


def drop_void_references(markup: str) -> str:
    """Remove numeric character references that name no character (``&#0;``, ``&#xD800;``):
    like a raw NUL they show nothing, and must not come back as a "lost character".

    >>> drop_void_references("a&#0;b&#x0c;&#20320;&#xDFFF;c")
    'ab&#x0c;&#20320;c'
    """
    # No ``"&#" in markup`` test first: on a page of CJK text it costs more than the scan.
    return _VOID_REFERENCE.sub(_void_or_kept, markup)


def clean_fragment(text: str) -> str:
    """Drop invisible and control characters; keep all whitespace (used before joining)."""
    return _INVISIBLE.sub("", text)


def normalize_text(text: str, *, nfkc: bool = False) -> str:
    """One line of clean text: entities decoded, whitespace collapsed, edges trimmed.

    >>> normalize_text("\\u3000\\u3000第一段&nbsp;内容\\u200b  继续\\n")
    '第一段 内容 继续'
    """
    text = normalize_counted(text)[0]
    if nfkc:
        text = unicodedata.normalize("NFKC", text)
    return text


def normalize_counted(text: str) -> tuple[str, int]:
    """``normalize_text(text)`` and how many of its characters are not spaces (what
    ``flatten`` stores for every line). Without an ideographic space the line is its words
    joined by single spaces, so the count is its length less the joins: no second scan."""
    if _NEEDS_CARE.search(text) is not None:  # else nothing to clean, decode or keep
        text = clean_fragment(text)
        if "&" in text:
            text = _LEFTOVER_ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        # The ideographic space stays inside a line; without one, str.split does it all.
        if "\u3000" in text:
            text = _SPACES.sub(" ", text).strip(_EDGE)
            return text, len(text) - text.count(" ") - text.count("\u3000")
    words = text.split()
    text = " ".join(words)
    return text, len(text) - len(words) + 1 if words else 0


def normalize_punctuated(text: str) -> tuple[str, int, int]:
    """``normalize_counted(text)`` and the ``punctuation_count`` of the line it gives, from
    one scan of ``text`` for both kinds of character where two would be made (``flatten``
    asks both of every line). A line needing no care is only re-spaced, which moves no
    punctuation: the marks found in ``text`` are the line's.

    Counted for every line, not when ``Line.punct`` is first read (body selection reads it
    of a third of the lines): the scan for the characters needing care alone costs what the
    joint scan does, so a lazy count measured dearer (+0.15 M instructions a page)."""
    marks = _CARE_OR_PUNCTUATION.findall(text)
    if marks and not _CARE_CHARS.isdisjoint(marks):  # an invisible mark, an entity, a U+3000
        text, chars = normalize_counted(text)
        return text, chars, punctuation_count(text)
    words = text.split()
    text = " ".join(words)
    return text, len(text) - len(words) + 1 if words else 0, len(marks)


def visible_len(text: str) -> int:
    """Characters that are not whitespace: the unit every density below is counted in."""
    return len("".join(text.split()))


def punctuation_count(text: str) -> int:
    """Sentence punctuation marks in ``text``."""
    return len(_PUNCTUATION_RE.findall(text))

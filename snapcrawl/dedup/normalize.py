"""The normal form of an article body that hashes and shingles are computed on.

Republished copies differ in credits, punctuation, spacing and full/half width;
none of that is the story, so none of it survives normalisation:

>>> normalize_body("北京，3月5日电（记者 王小明）　今天  下雨。")
'北京3月5日电今天下雨'
>>> normalize_body("ＡＢＣ １２３！")
'abc123'
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

# Credits in brackets: "（记者 王小明 李华）", "(通讯员：张三)", "【编辑：李四】", "（文/赵五）".
_BRACKET_CREDIT = re.compile(
    r"[(\[【（［]\s*(?:本报|新华社|央视)?\s*"
    r"(?:记者|通讯员|实习生|特约记者|责任编辑|编辑|校对|审核|来源|作者|摄影|文\s*[/／]|图\s*[/／])"
    r"[^()\[\]【】（）［］\n]{0,40}[)\]】）］]"
)
# Credit lines: "责任编辑：李四", "来源：某某日报" on a line of their own.
_CREDIT_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(?:责任编辑|编辑|校对|审核|来源|作者)\s*[:：][^\n]{0,40}$"
)
# Everything that is not a letter, digit or CJK character: whitespace, punctuation,
# symbols, and "_" (which \w counts as a word character).
_NOT_WORD = re.compile(r"[\W_]+")


@functools.cache
def _symbols_with_letters() -> frozenset[str]:
    """Symbols whose NFKC form has a letter or digit (℃ -> °C, № -> No, ① -> 1)."""
    word = re.compile(r"[^\W_]")
    return frozenset(
        ch
        for ch in map(chr, range(0x20000))  # no such symbol lies above plane 1
        if not word.match(ch) and word.search(unicodedata.normalize("NFKC", ch))
    )


def normalize_body(text: str) -> str:
    """Return the dedup normal form of an article body; idempotent.

    Bracketed and line credits removed, NFKC (full-width to half-width,
    compatibility forms), case folded, and every character that is not a letter,
    digit or CJK ideograph removed (whitespace and punctuation included): Chinese
    is compared as a string of characters, shingled into character n-grams.
    """
    text = _CREDIT_LINE.sub("", _BRACKET_CREDIT.sub("", text))
    # Symbols such as ℃ go through NFKC, so they match their spelled-out forms.
    for ch in _symbols_with_letters().intersection(text):
        text = text.replace(ch, unicodedata.normalize("NFKC", ch))
    text = _NOT_WORD.sub("", text)
    # NFKC after dropping punctuation: full-width punctuation sends CPython's
    # normaliser down its slow path for the whole string (x5 on news text).
    for _ in range(8):  # a fixed point within two rounds on any real text
        before = text
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = text.casefold()
        if text == before:
            break
        text = _NOT_WORD.sub("", text)
    return text


def body_hash(normal: str) -> int:
    """The exact-duplicate key of a normalised body: a signed 64-bit integer."""
    digest = hashlib.blake2b(normal.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)

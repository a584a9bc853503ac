"""The normal form of an article body that hashes and shingles are computed on.

Republished copies differ in credits, punctuation, spacing, full/half width and
traditional/simplified characters; none of that is the story, so none of it survives
normalisation:

>>> normalize_body("北京，3月5日电（记者 王小明）　今天  下雨。")
'北京3月5日电今天下雨'
>>> normalize_body("ＡＢＣ １２３！")
'abc123'
>>> normalize_body("「國際新聞」")
'国际新闻'

The normal form is part of the store format and of the ``content_hash`` column:
:data:`NORMAL_FORM` numbers it (2 since 2026-12-05: traditional characters written
as simplified, :mod:`snapcrawl.dedup.traditional`; 1 before).
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

import numpy as np

from snapcrawl.dedup.traditional import simplified_of

NORMAL_FORM = 2  # stores record it (DedupConfig.store_params); bump on any change below

# Credits in brackets: "（记者 王小明 李华）", "(通讯员：张三)", "【编辑：李四】", "（文/赵五）".
# Traditional spellings too (記者, 編輯, 來源): Hong Kong and Taiwan copies carry them.
_BRACKET_CREDIT = re.compile(
    r"[(\[【（［]\s*(?:本报|本報|新华社|新華社|央视|央視)?\s*"
    r"(?:记者|記者|通讯员|通訊員|实习生|實習生|特约记者|特約記者|责任编辑|責任編輯|编辑|編輯"
    r"|校对|校對|审核|審核|来源|來源|作者|摄影|攝影|文\s*[/／]|图\s*[/／]|圖\s*[/／])"
    r"[^()\[\]【】（）［］\n]{0,40}[)\]】）］]"
)
# Credit lines: "责任编辑：李四", "来源：某某日报" on a line of their own.
_CREDIT_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|来源|來源|作者)"
    r"\s*[:：][^\n]{0,40}$"
)
# Everything that is not a letter, digit or CJK character: whitespace, punctuation,
# symbols, and "_" (which \w counts as a word character).
_NOT_WORD = re.compile(r"[\W_]+")


# What every credit above holds: a body without any of these skips both regexes.
_CREDIT_HINT = re.compile(
    "记者|記者|编辑|編輯|来源|來源|作者|/|／|通讯员|通訊員|实习生|實習生"
    "|校对|校對|审核|審核|摄影|攝影"
)


def _has_credit_hint(text: str) -> bool:
    """Whether ``text`` may hold a credit: most bodies do not, and skip both regexes.

    One search for all hints (the regex engine skips ahead to their first
    characters): half the time of one ``in`` per hint.
    """
    return _CREDIT_HINT.search(text) is not None


_DROP, _SLOW = 0, 0xFFFFFFFF  # fast-path targets besides a code point to keep
_SLOW_BYTES = _SLOW.to_bytes(4, "little")


@functools.cache
def _targets() -> np.ndarray:
    """What the fast path makes of each code point (built once, about 0.2 s).

    0 drops it, a code point replaces it (itself, or its one-character normal form:
    Ａ -> a, １ -> 1, ① -> 1), and ``_SLOW`` sends the text down the full path
    (expansions such as ℃ -> c, ß -> ss, and Hangul jamo, which compose).
    """
    size = 0x110000
    alnum = np.fromiter((chr(code).isalnum() for code in range(size)), dtype=bool, count=size)
    table = np.where(alnum, np.arange(size, dtype=np.uint32), np.uint32(_DROP))
    special = [
        code
        for code in np.flatnonzero(alnum).tolist()
        if (ch := chr(code)).casefold() != ch
        or not unicodedata.is_normalized("NFKC", ch)
        or unicodedata.combining(ch)
        or _is_jamo(code)
    ]
    special += [  # symbols whose NFKC form has a letter or digit; none above plane 1
        code
        for code in np.flatnonzero(~alnum[:0x20000]).tolist()
        if any(c.isalnum() for c in unicodedata.normalize("NFKC", chr(code)))
    ]
    for code in special:
        normal = _normalize_slow(chr(code))
        if _is_jamo(code) or len(normal) > 1 or (normal and table[ord(normal)] != ord(normal)):
            table[code] = _SLOW
        else:
            table[code] = ord(normal) if normal else _DROP
    # traditional -> simplified last, on what each code point became (繁 and a
    # compatibility ideograph of it alike); the slow path ends with the same step
    simplified = np.arange(size, dtype=np.uint32)
    mapping = simplified_of()
    simplified[np.fromiter(mapping, dtype=np.int64)] = np.fromiter(
        mapping.values(), dtype=np.uint32
    )
    kept = (table != _DROP) & (table != _SLOW)
    table[kept] = simplified[table[kept]]
    return table


def _is_jamo(code: int) -> bool:
    return 0x1100 <= code <= 0x11FF or 0xA960 <= code <= 0xA97F or 0xD7B0 <= code <= 0xD7FF


def normalize_body(text: str) -> str:
    """Return the dedup normal form of an article body; idempotent.

    Bracketed and line credits removed, NFKC (full-width to half-width,
    compatibility forms), case folded, every character that is not a letter,
    digit or CJK ideograph removed (whitespace and punctuation included), and
    traditional characters written as simplified: Chinese is compared as a string
    of characters, shingled into character n-grams.
    """
    return normal_codes(text)[0]


def normal_codes(text: str) -> tuple[str, np.ndarray]:
    """:func:`normalize_body` and the normal form's code points (uint32), which the
    fast path has in hand: shingling takes them without encoding the text again."""
    text = strip_credits(text)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    targets = _targets().take(codes)
    kept = targets[targets.astype(bool)]  # _DROP is 0
    raw = kept.tobytes()
    # Any _SLOW target? Four 0xFF bytes can only be one: a code point's top byte is 0.
    if _SLOW_BYTES in raw:
        normal = _normalize_slow(text)
        return normal, np.frombuffer(normal.encode("utf-32-le"), dtype=np.uint32)
    return raw.decode("utf-32-le"), kept


def strip_credits(text: str) -> str:
    """Remove bracketed credits ("（记者 王小明）") and credit lines ("责任编辑：李四")."""
    if _has_credit_hint(text):
        text = _CREDIT_LINE.sub("", _BRACKET_CREDIT.sub("", text))
    return text


def _normalize_slow(text: str) -> str:
    """The definition; the fast path above agrees with it on the texts it takes."""
    text = "".join(
        unicodedata.normalize("NFKC", ch) if not ch.isalnum() else ch for ch in text
    )  # ℃ -> °C before punctuation goes, so it matches a spelled-out °C
    text = _NOT_WORD.sub("", text)
    # NFKC after dropping punctuation: full-width punctuation sends CPython's
    # normaliser down its slow path for the whole string.
    for _ in range(8):  # a fixed point within two rounds on any real text
        before = text
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = text.casefold()
        if text == before:
            break
        text = _NOT_WORD.sub("", text)
    return text.translate(simplified_of())


def body_hash(normal: str) -> int:
    """The exact-duplicate key of a normalised body: a signed 64-bit integer.

    This is what the dedup store compares (blake2b, 8 bytes: small in the index).
    """
    digest = hashlib.blake2b(normal.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def content_hash(body: str) -> str:
    """The ``content_hash`` column: SHA-1 (40 hex digits) of the body's normal form.

    Computed on the same normal form as the dedup's exact-duplicate key
    (:func:`body_hash`), so two rows with equal ``content_hash`` are exact copies
    in the dedup's sense, whatever their credits, punctuation or spacing. It is
    not that key itself: the column keeps the wider SHA-1 its readers rely on,
    while the state store keeps the 64-bit key.
    """
    return hashlib.sha1(normalize_body(body).encode("utf-8")).hexdigest()

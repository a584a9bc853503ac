"""Bytes to text without mojibake.

Order of trust: byte-order mark, then the ``encoding`` the caller got from the HTTP header,
then the page's own ``<meta charset>``/``http-equiv``, then detection. Bytes that are valid
multi-byte UTF-8 are read as UTF-8 whatever the labels say, and a declaration is only
believed if the bytes decode under it: servers and templates lie (a GBK page served as UTF-8,
a ``latin-1`` server default), and a wrong guess costs the whole page. GB2312/GBK are read as
GB18030, their superset, as browsers do (``_SUPERSETS``: w3lib's ``resolve_encoding`` did the
mapping before w3lib 2.6, which names Python's narrower ``gbk`` codec instead).

GB18030 accepts nearly every Big5 byte pair (and Big5-HKSCS most GBK ones), so "it decoded"
can tell neither an undeclared Big5 page from a GBK one nor a lying label from a true one.
Both standards list their frequent characters first (GB2312 level 1, Big5 常用字); text read
with the right codec is almost all frequent characters, while Big5 read as GB18030 (or GBK
read as Big5) turns into rare characters and symbols. So whichever of the two is chosen (by a
label or by default) is weighed against the other reading, on a bounded window of the page:
undeclared, GB18030 stays unless Big5 wins clearly; declared (labels copied between sites,
proxies and CMS defaults lie, but most are right), the label is overridden only by a wider
margin and on enough characters. Only ideographs are weighed: the punctuation and fullwidth
forms both standards share are no evidence. A windows-1252 label stands when neither reading
is Chinese and the non-ASCII bytes stand alone (accents, curly quotes), not in pairs.

Double encoding: a GBK, Big5 or UTF-8 page read as Latin-1 (or windows-1252) and written back
as UTF-8, by a browser saving it or a CMS storing it in a latin1 column, is valid UTF-8 whose
text is "¡º°²ÒÝ¹¤×÷ÊÒ" or "ä¸­æ–‡". Text decoded as UTF-8 with no ideograph in its first
characters but runs of Latin-1-range ones (a gate that costs a search on Chinese pages) is
mapped back to the bytes it was read from and read again (``_repair_double_encoding``); the
repair is kept only when that reading is clearly Chinese, so Western pages stay as they are.
Before any of that, the page's UTF-8 must hold enough Latin-1 letters (a byte search).
"""

from __future__ import annotations

import codecs
import re
from contextlib import suppress
from functools import cache

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    resolve_encoding,
)

from snapcrawl.extract.byte_order import read_bom

# Single-byte encodings decode any byte string, so "it decoded" proves nothing for them.
_PERMISSIVE = frozenset({"cp1252", "latin_1", "iso8859-1", "iso8859-15", "ascii", "cp1251"})
# What Chinese pages without a declaration are written in, most likely first.
# Labels read with their superset: GBK's four-byte sequences and euro sign are GB18030.
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030"}
_BIG5 = "big5hkscs"  # what browsers read "big5" as (w3lib maps the label the same way)
_DETECT_ORDER = ("utf-8", "gb18030", _BIG5)
_SAMPLE_BYTES = 8_000  # bytes read both ways, from the first non-ASCII one: title, nav, lead
_MARGIN = 0.1  # Big5 must win clearly: GB18030 stays the default for Chinese pages
_OVERRIDE_MARGIN = 0.15  # against a declared codec the other reading must win by far
_CHINESE_SHARE = 0.4  # below it, neither reading is Chinese text: a single-byte label stands
_MIN_WIDE = 12  # weighed characters for the override margin; fewer need the short margin
_SHORT_MARGIN = 0.5  # a short quote's readings differ by far or not at all
_FEWEST_WIDE = 6  # below it a declaration is never second-guessed
_WEIGH_CHARS = 1000  # characters weighed per reading: the share settles long before that
_CHINESE = frozenset({"gb18030", _BIG5})
_HIGH = re.compile(rb"[\x80-\xff]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
# Not weighed: ASCII, and the punctuation and fullwidth forms both standards share (a table of
# fullwidth figures is Chinese in either reading; only ideographs tell the readings apart).
# (Two passes: a class with non-ASCII ranges is several times slower over markup.)
_ASCII = re.compile(r"[\x00-\x7f]+")
_SHARED_FORMS = re.compile(r"[\u3000-\u303f\uff00-\uffef]+")
# Double encoding. windows-1252's characters for bytes 0x80-0x9f back to those bytes (the five
# bytes it leaves undefined are read as the C1 controls, which Latin-1 maps back itself).
_CP1252_BACK = {
    ord(char): byte
    for byte in range(0x80, 0xA0)
    if (char := bytes((byte,)).decode("cp1252", errors="ignore"))
}
_CP1252_CHARS = "".join(map(chr, _CP1252_BACK))
_LATIN9_LETTERS = frozenset("€ŠšŽžŒœŸ")  # ISO-8859-15's letters where Latin-1 has symbols
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_MISREAD = re.compile(f"[\\x80-\\xff{_CP1252_CHARS}]+")  # runs of what bytes 0x80-0xff read as
_MOJIBAKE_CHARS = 4_000  # characters looked at from the first non-ASCII one: title, nav, lead
_MIN_MISREAD = 20  # characters in runs: ten GBK or seven UTF-8 ideographs, misread
# The first gate, on the bytes: UTF-8's lead byte of U+00C0-U+00FF. Misread, about one in
# two GBK or Big5 bytes (0xC0-0xFE) and every UTF-8 ideograph's lead byte (0xE4-0xE9: "ä"
# to "é") is such a letter; a Chinese page's UTF-8 has none of them.
_LETTER_LEAD = b"\xc3"
_MIN_LETTER_LEADS = 10
_UTF8_FLAWS = 0.01  # UTF-8 errors per non-ASCII byte below which the bytes are UTF-8 with a flaw
_REPAIRED_SHARE = 0.6  # frequent-character share the repaired reading must reach


def _normalise_name(name: str | None) -> str | None:
    """Map a declared name (or a whole Content-Type header) to a Python codec name."""
    if not name:
        return None
    name = name.strip()
    if ";" in name or "=" in name:  # a full header such as "text/html; charset=gbk"
        name = http_content_type_encoding(name) or ""
    resolved = resolve_encoding(name)
    if not resolved:
        return None
    try:
        name = codecs.lookup(resolved).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def _errors(data: bytes, codec: str) -> int:
    """How many undecodable sequences ``data`` has under ``codec``."""
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace").count("\ufffd") + 1
    return 0


@cache
def _frequent(codec: str) -> dict[int, None]:
    """The standard's own frequent characters, as a ``str.translate`` table that deletes
    them: GB2312 level 1 (rows 16–55, 3,755 characters) or Big5 常用字 (lead bytes A4–C6,
    5,401 characters)."""
    trails: range | list[int]
    if codec == "gb18030":
        leads, trails, name = range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312"
    else:
        leads, trails, name = range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], "big5"
    chars: dict[int, None] = {}
    for lead in leads:
        for trail in trails:
            try:
                chars[ord(bytes((lead, trail)).decode(name))] = None
            except UnicodeDecodeError:
                continue
    return chars


def _frequent_share(wide: str, codec: str) -> float:
    """Share of the weighed characters ``wide`` that ``codec``'s standard lists as frequent
    (0 when there are none); U+FFFD, a pair the reading broke, counts as rare."""
    if not wide:
        return 0.0
    return 1 - len(wide.translate(_frequent(codec))) / len(wide)


def _window(data: bytes) -> bytes:
    """The bytes weighed: a bounded window from the first non-ASCII byte (a lead byte, the
    markup before it being ASCII), as this runs on every page that is not UTF-8."""
    first = _HIGH.search(data)
    start = first.start() if first else 0
    return data[start : start + _SAMPLE_BYTES]


def _wide(data: bytes, codec: str) -> str:
    """The first weighed characters of the window read with ``codec``."""
    text = _window(data).decode(codec, errors="replace")
    return _SHARED_FORMS.sub("", _ASCII.sub("", text))[:_WEIGH_CHARS]


def _single_bytes(data: bytes) -> bool:
    """Most non-ASCII bytes of the window stand alone between ASCII ones, as accented letters
    and curly quotes do in Western text; Chinese text comes in runs of byte pairs."""
    runs = _HIGH_RUN.findall(_window(data))
    return 2 * sum(len(run) == 1 for run in runs) > sum(map(len, runs))


def _weigh(data: bytes, codec: str, declared: bool) -> tuple[str, float]:
    """Keep ``codec`` (GB18030 or Big5) unless the other Chinese reading is clearly the one
    its writer meant: a larger share of its own standard's frequent characters, by a margin
    that is wider against a declaration (labels are right far more often than they lie) and
    wider still on few characters (a page with a word or two of Chinese keeps its label).
    Returns the codec and its reading's share."""
    mine = _wide(data, codec)
    share = _frequent_share(mine, codec)
    if declared and len(mine) < _FEWEST_WIDE:
        return codec, share
    other = _BIG5 if codec == "gb18030" else "gb18030"
    margin = _MARGIN
    if declared:  # a quote or a name in an English page is little to weigh: wider still
        margin = _OVERRIDE_MARGIN if len(mine) >= _MIN_WIDE else _SHORT_MARGIN
    if share + margin >= 1:  # no reading can beat it: skip the second decoding
        return codec, share
    if (theirs := _frequent_share(_wide(data, other), other)) > share + margin:
        return other, theirs
    return codec, share


def detect_encoding(data: bytes, encoding: str | None = None) -> str:
    """Return the codec name to read ``data`` with (see the module docstring for the order)."""
    bom_enc, _ = read_bom(data)
    if bom_enc:
        return codecs.lookup(bom_enc).name
    declared = [_normalise_name(encoding), _normalise_name(html_body_declared_encoding(data))]
    candidates: list[str] = []
    for codec in [*declared, *_DETECT_ORDER]:
        if codec and codec not in candidates:
            candidates.append(codec)
    has_high_bytes = not data.isascii()
    if has_high_bytes and _errors(data, "utf-8") == 0:
        # Valid multi-byte UTF-8 almost never happens by accident in GBK or Big5 text, while
        # UTF-8 bytes often decode "cleanly" as GB18030 pairs: trust the bytes over a label.
        return "utf-8"
    strict = [c for c in candidates if c not in _PERMISSIVE or not has_high_bytes]
    chosen = next((c for c in strict if _errors(data, c) == 0), None)
    if chosen is None:
        # Nothing decodes cleanly (truncated page, a stray byte): the least damaged reading,
        # declarations first on ties.
        scored = [(_errors(data, c), i, c) for i, c in enumerate(strict)]
        chosen = min(scored)[2] if scored else "utf-8"
    if has_high_bytes and chosen in _CHINESE:
        # GB18030 "decodes" nearly every Big5 byte pair and HKSCS fills most of GBK's, so
        # "it decoded" proves neither a label nor the GB18030 default: weigh the readings.
        chosen, share = _weigh(data, chosen, declared=chosen in declared)
        single = next((c for c in declared if c in _PERMISSIVE and c != "ascii"), None)
        if single and share < _CHINESE_SHARE and _single_bytes(data):
            # A windows-1252 label on bytes that read as no Chinese either way and stand
            # alone (accents and curly quotes, not the byte pairs of a Chinese table of
            # fullwidth figures): the label was true.
            return single
    return chosen


def _letters_misread(data: bytes) -> bool:
    """The first gate, on UTF-8 bytes, as cheap as a byte search: enough Latin-1 letters in
    a window from the first one (a Chinese page has none, or a name's accent or two)."""
    first = data.find(_LETTER_LEAD)
    return first >= 0 and (
        data.count(_LETTER_LEAD, first, first + _SAMPLE_BYTES) >= _MIN_LETTER_LEADS
    )


def _looks_misread(text: str) -> bool:
    """Whether ``text`` may be double-encoded: no ideograph among its first non-ASCII
    characters (a Chinese page: the search stops there) but enough Latin-1-range ones, most
    of them in runs (a misread multi-byte text is runs of them; the accents and curly quotes
    of Western text stand alone)."""
    first = _NON_ASCII.search(text)
    if first is None:
        return False
    window = text[first.start() : first.start() + _MOJIBAKE_CHARS]
    if _IDEOGRAPH.search(window):
        return False
    runs = _MISREAD.findall(window)
    paired = sum(len(run) for run in runs if len(run) > 1)
    return paired >= _MIN_MISREAD and 2 * paired > sum(map(len, runs))


def _misread_bytes(text: str) -> list[bytes]:
    """The bytes ``text`` may have been read from: as windows-1252 (Latin-1 for the bytes it
    leaves undefined), then as ISO-8859-15, whose eight letters in place of Latin-1
    symbols (€ for 0xA4, Ž for 0xB4) some savers used; a character no byte reads as is no
    misreading."""
    readings = []
    with suppress(UnicodeEncodeError):
        readings.append(text.translate(_CP1252_BACK).encode("latin-1"))
    if any(char in text for char in _LATIN9_LETTERS):
        with suppress(UnicodeEncodeError):
            readings.append(text.encode("iso8859-15"))
    return readings


def _reread(data: bytes) -> tuple[float, str] | None:
    """``data`` read as what its writer meant, with its frequent-character share, when that
    is clearly Chinese; else ``None``.

    The bytes are read as UTF-8 when they nearly are (UTF-8's structure is not hit by chance:
    a few errors are a flaw, as a stray byte; and European UTF-8 read as GB18030 is GB2312
    level-1 characters, 茅 for é, so it must never reach the weighing); else as the detection
    reads undeclared bytes (GB18030 or Big5, weighed). Kept only with at least ``_MIN_WIDE``
    weighed characters of which ``_REPAIRED_SHARE`` are frequent in the reading's standard
    (UTF-8: in either): Chinese read right scores 0.82-0.94 on the real pages measured, while
    Western windows-1252 text read as Chinese pairs scores 0-0.38 (French and German
    measured: an accent and the ASCII letter after it make a rare GBK or Big5 character), and
    Western UTF-8 read back has no ideograph to weigh."""
    if _errors(data, "utf-8") <= _UTF8_FLAWS * len(_HIGH.findall(data)):
        codec = "utf-8"
    else:
        codec = detect_encoding(data)
        if codec not in _CHINESE:
            return None
    wide = _wide(data, codec)
    if codec == "utf-8":  # Simplified or Traditional: either standard's list
        share = max(_frequent_share(wide, "gb18030"), _frequent_share(wide, _BIG5))
    else:
        share = _frequent_share(wide, codec)
    if len(wide) < _MIN_WIDE or share < _REPAIRED_SHARE:
        return None
    return share, data.decode(codec, errors="replace")


def _repair_double_encoding(text: str) -> str:
    """``text`` read again from the bytes it was misread from when that reading is clearly
    Chinese (see the module docstring), else ``text`` unchanged. Where both single-byte
    codecs map back (a text with ISO-8859-15's letters and no symbol telling them apart),
    the reading with more frequent characters wins: the wrong bytes make rare ones."""
    if not _looks_misread(text):
        return text
    readings = [r for data in _misread_bytes(text) if (r := _reread(data)) is not None]
    return max(readings)[1] if readings else text


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """Decode page bytes; ``encoding`` is the HTTP header's charset (or the header itself)."""
    codec = detect_encoding(data, encoding)
    bom_enc, bom = read_bom(data)
    if bom_enc and bom:
        data = data[len(bom) :]
    text = data.decode(codec, errors="replace")
    if codec == "utf-8" and _letters_misread(data):  # a double-encoded page is valid UTF-8
        return _repair_double_encoding(text)
    return text

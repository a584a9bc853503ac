"""Bytes to text without mojibake.

Order of trust: byte-order mark, then the ``encoding`` the caller got from the HTTP header,
then the page's own ``<meta charset>``/``http-equiv``, then detection. Bytes that are valid
multi-byte UTF-8 are read as UTF-8 whatever the labels say, and a declaration is only
believed if the bytes decode under it: servers and templates lie (a GBK page served as UTF-8,
a ``latin-1`` server default), and a wrong guess costs the whole page. GB2312/GBK are read as
GB18030, their superset, as browsers do (w3lib's ``resolve_encoding`` does the mapping).

GB18030 accepts nearly every Big5 byte pair, so "it decoded" cannot tell an undeclared Big5
page from a GBK one. Both standards list their frequent characters first (GB2312 level 1,
Big5 常用字); text read with the right codec is almost all frequent characters, while Big5
read as GB18030 (or GBK read as Big5) turns into rare characters and symbols. Undeclared
non-UTF-8 bytes are read both ways and the reading with the larger share of its own
standard's frequent characters wins.
"""

from __future__ import annotations

import codecs
from functools import cache

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# Single-byte encodings decode any byte string, so "it decoded" proves nothing for them.
_PERMISSIVE = frozenset({"cp1252", "latin_1", "iso8859-1", "iso8859-15", "ascii", "cp1251"})
# What Chinese pages without a declaration are written in, most likely first.
_BIG5 = "big5hkscs"  # what browsers read "big5" as (w3lib maps the label the same way)
_DETECT_ORDER = ("utf-8", "gb18030", _BIG5)
_SAMPLE_BYTES = 64_000  # enough text to weigh two readings; bigger pages cost no more
_MARGIN = 0.1  # Big5 must win clearly: GB18030 stays the default for Chinese pages


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
        return codecs.lookup(resolved).name
    except LookupError:
        return None


def _errors(data: bytes, codec: str) -> int:
    """How many undecodable sequences ``data`` has under ``codec``."""
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace").count("\ufffd") + 1
    return 0


@cache
def _frequent(codec: str) -> frozenset[str]:
    """The standard's own frequent characters: GB2312 level 1 (rows 16–55, 3,755 characters)
    or Big5 常用字 (lead bytes A4–C6, 5,401 characters)."""
    if codec == "gb18030":
        leads, trails, name = range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312"
    else:
        leads, trails, name = range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], "big5"
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(name))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _frequent_share(text: str, codec: str) -> float:
    """Share of the non-ASCII characters of ``text`` that ``codec``'s standard lists as
    frequent (0 when there are none)."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    frequent = _frequent(codec)
    return sum(ch in frequent for ch in wide) / len(wide)


def _chinese_codec(data: bytes) -> str:
    """GB18030 or Big5 for undeclared non-UTF-8 bytes, by the frequent-character share."""
    sample = data[:_SAMPLE_BYTES]
    gb = sample.decode("gb18030", errors="replace")
    big5 = sample.decode(_BIG5, errors="replace")
    # A wrong reading also breaks pairs: count each U+FFFD as an infrequent character.
    if _frequent_share(big5, "big5") > _frequent_share(gb, "gb18030") + _MARGIN:
        return _BIG5
    return "gb18030"


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
    if has_high_bytes and not any(declared):
        # No label anywhere: GB18030 "decodes" Big5 too, so weigh the two readings.
        detected = _chinese_codec(data)
        candidates.remove(detected)
        candidates.insert(0, detected)
    strict = [c for c in candidates if c not in _PERMISSIVE or not has_high_bytes]
    for codec in strict:
        if _errors(data, codec) == 0:
            return codec
    # Nothing decodes cleanly (truncated page, a stray byte): the least damaged reading,
    # declarations first on ties.
    scored = [(_errors(data, c), i, c) for i, c in enumerate(strict)]
    return min(scored)[2] if scored else "utf-8"


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """Decode page bytes; ``encoding`` is the HTTP header's charset (or the header itself)."""
    codec = detect_encoding(data, encoding)
    bom_enc, bom = read_bom(data)
    if bom_enc and bom:
        data = data[len(bom) :]
    return data.decode(codec, errors="replace")

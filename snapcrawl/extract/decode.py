"""Bytes to text without mojibake.

Order of trust: byte-order mark, then the ``encoding`` the caller got from the HTTP header,
then the page's own ``<meta charset>``/``http-equiv``, then detection. Bytes that are valid
multi-byte UTF-8 are read as UTF-8 whatever the labels say, and a declaration is only
believed if the bytes decode under it: servers and templates lie (a GBK page served as UTF-8,
a ``latin-1`` server default), and a wrong guess costs the whole page. GB2312/GBK are read as
GB18030, their superset, as browsers do (w3lib's ``resolve_encoding`` does the mapping).
"""

from __future__ import annotations

import codecs

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# Single-byte encodings decode any byte string, so "it decoded" proves nothing for them.
_PERMISSIVE = frozenset({"cp1252", "latin_1", "iso8859-1", "iso8859-15", "ascii", "cp1251"})
# What Chinese pages without a declaration are written in, most likely first.
_DETECT_ORDER = ("utf-8", "gb18030", "big5")


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
    has_high_bytes = any(b >= 0x80 for b in data)
    if has_high_bytes and _errors(data, "utf-8") == 0:
        # Valid multi-byte UTF-8 almost never happens by accident in GBK or Big5 text, while
        # UTF-8 bytes often decode "cleanly" as GB18030 pairs: trust the bytes over a label.
        return "utf-8"
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

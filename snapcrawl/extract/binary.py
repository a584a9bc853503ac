"""Bytes that are no page at all: a PDF, an image or an archive handed over as HTML.

Decoding never fails (errors become U+FFFD), and a lenient parser makes a "page" of
anything, so a PDF came out as an article whose body was ``%PDF-1.4…``. The WHATWG MIME
Sniffing standard tells text from binary by its *binary data bytes* (C0 controls other
than tab, line feed, form feed, carriage return and escape): text never needs them,
while compressed or image data is full of them (~10 % of random bytes). Real pages may
carry a few strays (the corpus's worst: 17 in its first 4 KB, 0.4 %), so a share, not
one byte, decides.
"""

from __future__ import annotations

import re

from snapcrawl.extract.byte_order import read_bom

# WHATWG "binary data byte": 0x00-0x08, 0x0B, 0x0E-0x1A, 0x1C-0x1F
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
SAMPLE_BYTES = 4096  # the opening of the file, where a format's header and first data are
MAX_BINARY_SHARE = 0.02  # real pages: at most 0.4 %; PDFs, images, archives: 8-10 %


def binary_bytes(data: bytes, encoding: str | None = None) -> int | None:
    """How many binary data bytes open ``data`` when they are too many for text, else
    ``None``. Text in a wide encoding (a UTF-16/32 byte-order mark or label), full of NUL
    bytes, is text: the BOM read as decoding reads it (``byte_order.read_bom``)."""
    if _is_wide(read_bom(data)[0]) or _is_wide(encoding):
        return None
    sample = data[:SAMPLE_BYTES]
    found = len(_BINARY_BYTE.findall(sample))
    return found if found > MAX_BINARY_SHARE * len(sample) else None


def _is_wide(encoding: str | None) -> bool:
    """``encoding`` (a charset, or the Content-Type header it came in) names UTF-16/32."""
    label = (encoding or "").lower().replace("_", "-")
    return any(wide in label for wide in ("utf-16", "utf-32", "ucs-2", "ucs-4"))

"""The byte-order mark a page opens with, UTF-32's included.

w3lib's ``read_bom`` follows the WHATWG Encoding Standard from w3lib 2.6 on, which has no
UTF-32: a UTF-32 page (saved pages in it exist, and Python reads them) would be taken for
binary data or for UTF-16, whose little-endian mark opens UTF-32's. So the marks are read
here, the same with every w3lib version.
"""

from __future__ import annotations

import codecs

_MARKS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16-LE's, which opens it
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)


def read_bom(data: bytes) -> tuple[str, bytes] | tuple[None, None]:
    """The codec the mark at the start of ``data`` names and the mark; ``(None, None)``.

    >>> read_bom(codecs.BOM_UTF32_LE + "页".encode("utf-32-le"))
    ('utf-32-le', b'\\xff\\xfe\\x00\\x00')
    >>> read_bom(b"<html>")
    (None, None)
    """
    for mark, codec in _MARKS:
        if data.startswith(mark):
            return codec, mark
    return None, None

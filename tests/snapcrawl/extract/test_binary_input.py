"""A PDF, an image or an archive handed over as HTML is refused, not read as an article."""

from __future__ import annotations

import gzip
import random
import struct
import zlib

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

URL = "http://news.example/a/1.html"
STORY = "".join(
    f"<p>第{i}段：市民在公园里散步，志愿者讲解了垃圾分类的方法，大家认真听讲。</p>"
    for i in range(8)
)
HEAD = "<head><title>公园里的一天</title></head>"
PAGE = f"<html>{HEAD}<body><h1>公园里的一天</h1>{STORY}</body></html>"


def _noise(size: int) -> bytes:
    return random.Random(7).randbytes(size)


def _pdf() -> bytes:
    stream = zlib.compress(_noise(3000))
    header = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    dictionary = f"4 0 obj\n<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n"
    return header + dictionary.encode() + stream + b"\nendstream\nendobj\n"


def _png() -> bytes:
    data = zlib.compress(_noise(4000))
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", 13)
        + b"IHDR"
        + struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
        + b"\0\0\0\0"
        + struct.pack(">I", len(data))
        + b"IDAT"
        + data
    )


@pytest.mark.parametrize(
    "data",
    [_pdf(), _png(), gzip.compress(PAGE.encode()), _noise(500)],
    ids=["pdf", "png", "gzip-compressed page", "short random bytes"],
)
def test_binary_data_is_refused_as_undecodable(data):
    with pytest.raises(NotAnArticle) as refused:
        extract_article(data, URL)
    assert refused.value.reason == "undecodable"
    assert "binary data" in refused.value.detail


def test_a_page_with_a_few_stray_control_bytes_is_still_read():
    data = PAGE.encode().replace("散步".encode(), "散\x01步".encode(), 3)
    article = extract_article(data, URL)
    assert article.title == "公园里的一天"
    assert len(article.paragraphs) == 8


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-16"), None),  # with its byte-order mark
        (("\ufeff" + PAGE).encode("utf-32-be"), None),  # its BOM opens with two NUL bytes
        (PAGE.encode("utf-16-le"), "text/html; charset=UTF-16LE"),  # labelled by the header
    ],
    ids=["utf-16 with a BOM", "utf-32 big-endian with a BOM", "utf-16 labelled"],
)
def test_wide_encodings_full_of_nul_bytes_are_text(data, encoding):
    assert extract_article(data, URL, encoding=encoding).title == "公园里的一天"

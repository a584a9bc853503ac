from __future__ import annotations

import pytest

from snapcrawl.extract.decode import decode_html, detect_encoding

from .conftest import fixture_bytes

TEXT = "朱镕基在会上指出"  # 镕 is GBK but not GB2312


@pytest.mark.parametrize(
    ("name", "header", "codec"),
    [
        ("enc_utf8_bom.html", None, "utf-8"),
        ("enc_gb2312_declared_gbk.html", None, "gb18030"),
        ("enc_undeclared_gbk.html", None, "gb18030"),
        ("enc_meta_utf8_bytes_gbk.html", "text/html; charset=gbk", "gb18030"),
        # header and meta both wrong (utf-8 / utf-8): the bytes decide, never mojibake
        ("enc_meta_utf8_bytes_gbk.html", "utf-8", "gb18030"),
    ],
)
def test_fixture_encodings(name, header, codec):
    data = fixture_bytes(name)
    assert detect_encoding(data, header) == codec
    text = decode_html(data, header)
    assert TEXT in text
    assert "\ufffd" not in text
    assert not text.startswith("\ufeff")


def test_header_beats_meta_when_both_decode():
    page = '<meta charset="gbk"><p>中文內容，這裡是一段正文。</p>'.encode("big5")
    assert detect_encoding(page, "big5").startswith("big5")
    assert "這裡是一段正文" in decode_html(page, "text/html; charset=big5")


def test_latin1_header_does_not_mojibake_utf8():
    page = "<p>中文内容</p>".encode()
    assert decode_html(page, "text/html; charset=ISO-8859-1") == "<p>中文内容</p>"


def test_truncated_gbk_is_read_with_least_damage():
    page = '<meta charset="gbk"><p>中文内容，正文在这里</p>'.encode("gbk")[:-9] + b"\xd6"
    text = decode_html(page)
    assert "中文内容" in text

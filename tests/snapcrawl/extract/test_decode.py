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


# Traditional and Simplified text of our own: GB18030 "decodes" every Big5 byte pair, so
# only the weight of frequent characters tells the two apart.
TRADITIONAL = [
    "興建四年的港口新碼頭今天正式啟用，貨櫃吞吐量可望在三年內倍增。",
    "氣象單位提醒民眾，颱風外圍環流將帶來豪雨，請遠離河川與海邊。",
    "這間老書店開業五十年，見證了臺北街頭的變遷。",
    "聽說鄰居們會在週末一起整理社區花園。",
]
SIMPLIFIED = [
    "兴建四年的港口新码头今天正式启用，货柜吞吐量可望在三年内倍增。",
    "这间老书店开业五十年，见证了城市街头的变迁。",
    "听说邻居们会在周末一起整理社区花园。",
]


def test_an_undeclared_big5_page_is_read_as_big5():
    data = fixture_bytes("enc_undeclared_big5.html")
    assert b"charset" not in data
    assert detect_encoding(data).startswith("big5")
    text = decode_html(data)
    assert "港口新碼頭啟用" in text
    assert "\ufffd" not in text


@pytest.mark.parametrize("sentence", TRADITIONAL)
def test_undeclared_big5_sentences_are_not_read_as_gb18030(sentence):
    data = f"<html><body><p>{sentence}</p></body></html>".encode("big5")
    assert decode_html(data) == f"<html><body><p>{sentence}</p></body></html>"


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
@pytest.mark.parametrize("sentence", SIMPLIFIED)
def test_undeclared_gbk_sentences_stay_gb18030(sentence, codec):
    data = f"<p>{sentence}</p>".encode(codec)
    assert detect_encoding(data) == "gb18030"
    assert sentence in decode_html(data)


def test_a_declared_charset_is_not_second_guessed_by_the_weighing():
    data = '<meta charset="gbk"><p>这里是正文</p>'.encode("gbk")
    assert detect_encoding(data) == "gb18030"


def test_a_utf8_page_with_a_lost_emoji_stays_utf8():
    data = "<p>今天天气很好".encode() + b"\xf0\x9f\x98" + "我们去公园散步。</p>".encode()
    assert detect_encoding(data) == "utf-8"
    assert "我们去公园散步" in decode_html(data)


def test_a_content_type_without_charset_leaves_big5_to_the_weighing():
    data = fixture_bytes("enc_undeclared_big5.html")
    assert detect_encoding(data, "text/html").startswith("big5")
    assert "貨櫃吞吐量可望倍增" in decode_html(data, "text/html")

"""Charset labels that lie: a declared Chinese codec is weighed against the other Chinese
reading by the same frequent-character evidence as undeclared bytes, and overridden only when
that evidence is clear; right labels, short pages and Western pages keep their reading."""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.decode import decode_html, detect_encoding

# Our own texts (not any set page's): Traditional for Big5, Simplified with GBK-only names.
TRADITIONAL = [
    "縣府今天宣布，明年起將在各鄉鎮設置共享電動機車站，優先服務通勤的上班族與學生。",
    "負責規劃的交通處長表示，第一階段會先在火車站與大學附近設點，總數約一百二十處。",
    "議員則提醒，充電設備的維護費用不小，希望縣府在招商時把責任寫清楚。",
]
TITLE = "共享電動機車明年上路 首波設點一百二十處"
CANTONESE = "街坊話呢個公園翻新咗之後，啲細路仔放學都鍾意嚟踢波，老人家朝早又有地方耍太極。"
SIMPLIFIED = [
    "镇政府联合三家合作社成立了蔬菜配送中心，每天清晨把新鲜蔬菜送到城里的四十多个社区。",
    "配送中心负责人刘堃说，订单比去年同期增长了一倍，周末常常需要临时增加车辆。",
]

FOUR_BYTE = "非遗展上的𫄧字纹挂屏，由一位老绣娘耗时两年复原。"  # 𫄧 is four bytes in GB18030


def page(paragraphs: list[str], head: str = "", title: str = TITLE, prolog: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"{prolog}<html><head>{head}<title>{title}_地方新聞網</title></head><body>"
        f'<div class="nav"><a href="/">首頁</a> <a href="/local/">地方</a></div>'
        f'<h1>{title}</h1><div class="meta">2024-03-18 09:12</div>'
        f'<div class="article">{body}</div><div class="footer">版權所有</div></body></html>'
    )


BIG5_LIES = {
    "meta gb2312": (None, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
    "header gbk, meta big5": ("text/html; charset=gbk", '<meta charset="big5">'),
    "header utf-8, no meta": ("text/html; charset=utf-8", ""),
    "header iso-8859-1, no meta": ("text/html; charset=ISO-8859-1", ""),
    "meta utf-8": (None, '<meta charset="utf-8">'),
    "two metas, gbk first": (None, '<meta charset="gbk"><meta charset="big5">'),
}


@pytest.mark.parametrize("lie", BIG5_LIES)
def test_a_big5_page_under_a_lying_label_is_read_as_big5(lie):
    header, head = BIG5_LIES[lie]
    text = decode_html(page(TRADITIONAL, head).encode("big5"), header)
    assert all(p in text for p in TRADITIONAL)
    assert "\ufffd" not in text


def test_an_xml_declaration_that_lies_is_weighed_too():
    data = page(TRADITIONAL, prolog='<?xml version="1.0" encoding="gb2312"?>\n').encode("big5")
    assert detect_encoding(data).startswith("big5")


def test_hong_kong_text_labelled_gb2312_is_read_as_big5_hkscs():
    data = page([*TRADITIONAL[:1], CANTONESE], '<meta charset="gb2312">').encode("big5hkscs")
    assert CANTONESE in decode_html(data)


def test_a_short_flash_under_a_gb_label_is_still_weighed():
    flash = "<html><head><meta charset=gb2312></head><body><h1>快訊</h1><p>{}</p></body></html>"
    data = flash.format(TRADITIONAL[0]).encode("big5")
    assert TRADITIONAL[0] in decode_html(data)


def test_gbk_bytes_that_decode_as_hkscs_under_a_big5_label_are_read_as_gbk():
    second = "配送中心的负责同志说，订单比上年同期增长了一倍，周末常常需要临时增加车辆。"
    text = [SIMPLIFIED[0], second]
    data = (
        '<html><head><meta charset="big5"><title>蔬菜配送中心订单翻番_地方新闻网</title></head>'
        '<body><a href="/">首页</a><h1>蔬菜配送中心订单翻番</h1>'
        f"<p>{text[0]}</p><p>{text[1]}</p></body></html>"
    ).encode("gbk")
    data.decode("big5hkscs")  # "it decoded": only the weighing can tell
    assert detect_encoding(data) == "gb18030"
    assert all(p in decode_html(data) for p in text)


@pytest.mark.parametrize(
    ("text", "codec", "head", "expected"),
    [
        (SIMPLIFIED, "gbk", '<meta charset="gb2312">', "gb18030"),  # GBK-only 堃
        (TRADITIONAL, "gbk", '<meta charset="gbk">', "gb18030"),  # Traditional text in GBK
        (TRADITIONAL, "big5", '<meta charset="big5">', "big5hkscs"),
        ([FOUR_BYTE, *SIMPLIFIED], "gb18030", "", "gb18030"),
    ],
)
def test_a_true_label_is_kept(text, codec, head, expected):
    data = page(text, head, title="正文").encode(codec)
    assert detect_encoding(data) == expected
    assert all(p in decode_html(data) for p in text)


def test_a_page_with_a_word_of_chinese_keeps_its_label():
    data = (
        '<meta charset="gbk"><h1>Ferry service resumes</h1><p>The ferry to 东岛 runs again.</p>'
    ).encode("gbk")
    assert detect_encoding(data) == "gb18030"


def test_a_western_page_labelled_windows_1252_is_read_as_such():
    text = "<meta charset=windows-1252><p>The café’s “soupe du jour” was crème brûlée.</p>"
    data = text.encode("cp1252")
    assert decode_html(data) == text
    assert decode_html(data, "text/html; charset=iso-8859-1") == text


def test_a_chinese_page_under_a_latin_1_server_default_stays_chinese():
    data = page(SIMPLIFIED, title="蔬菜配送中心订单翻番").encode("gbk")
    assert decode_html(data, "text/html; charset=ISO-8859-1").count(SIMPLIFIED[1]) == 1


def test_extraction_reads_a_big5_page_that_declares_gb2312():
    data = page(TRADITIONAL, '<meta charset="gb2312">').encode("big5")
    article = extract_article(data, "http://news.example.tw/a/1.html")
    assert article.title == TITLE
    assert all(p in article.body for p in TRADITIONAL)


ENGLISH = (
    "<html><head>{}</head><body><h1>Harbour fair opens</h1>"
    "<p>The organiser said: {}</p></body></html>"
)


def test_an_english_page_with_a_short_big5_quote_under_a_gbk_header_reads_the_quote():
    data = ENGLISH.format("", "「海風很舒服」").encode("big5")
    assert "「海風很舒服」" in decode_html(data, "text/html; charset=gbk")


@pytest.mark.parametrize("quote", ["“海风很舒服”", "“东岛码头”", "“刘堃”"])
def test_an_english_page_with_a_short_gbk_quote_keeps_its_label(quote):
    data = ENGLISH.format('<meta charset="gbk">', quote).encode("gbk")
    assert detect_encoding(data) == "gb18030"


# A market table: a few ideographs among fullwidth figures and punctuation, which both
# standards share, so they are not weighed.
TABLE = (
    "<tr><td>沪市综合指数</td><td>３１０２．７７</td><td>▲８．０５</td><td>＋０．２６％</td></tr>"
    * 4
)


@pytest.mark.parametrize("header", [None, "text/html; charset=ISO-8859-1"])
def test_a_gbk_table_of_fullwidth_figures_stays_gbk(header):
    data = f"<table>{TABLE}</table>".encode("gbk")
    assert detect_encoding(data, header) == "gb18030"

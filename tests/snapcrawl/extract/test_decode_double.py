"""Double-encoded pages: Chinese bytes read as Latin-1 (or windows-1252, ISO-8859-15) and
written back as UTF-8 are read again from the bytes they were misread from; Western pages,
whose accents and curly quotes are the same Latin-1-range characters, stay as they are.

Real pages (reduced: the page around the story cut out; bytes as the archives saved them):

- tests/fixtures/extract/real_moji41/gb2312_saved_as_utf8.html: transTerminus/webpage_archive
  commit f987f5e, raw/unclassify_news/www_『安逸工作室-新闻小偷网』－新闻详细内容.html (pool 3808;
  pool 4159 is the same template): a GB2312 page that a browser read as Latin-1 and saved as
  UTF-8, so its title is "¡º°²ÒÝ¹¤×÷ÊÒ-ÐÂÎÅÐ¡ÍµÍø¡»". Its footer's "©" was a Latin-1 byte
  in the GB2312 page already: one byte no reading decodes.
- tests/fixtures/extract/real_moji41/gbk_saved_as_utf8_through_latin9.html: rundimeco/waddle
  commit be875ce, corpora/Corpus_daniel_v2.1/html/20120117_news.sohu.com_71b0d2b363…: a GBK
  page misread as ISO-8859-15 ("Ž¬³€" for 船长: € and Ž where Latin-1 has ¤ and ´).
- tests/fixtures/extract/real_moji41/video_page_link_bar_over_its_paragraph.html:
  transTerminus/webpage_archive commit f987f5e,
  raw/unclassify_news/www_视频：整形医生陈焕然做客新浪聊换脸与变性.html (pool 4159), the same
  template as 3808: a video page whose one paragraph sits under a bar of two links
  ("返回科技宽频　　　进入新浪宽频"); read as Chinese it was refused as a list, the bar taken for
  an item's title (layout._is_link_bar).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.decode import _letters_misread, decode_html

from .conftest import fixture_bytes

# Our own texts, not any page's. GBK-only names (堃, 镕) put bytes 0x80-0x9f in the GBK
# bytes, which windows-1252 reads as €, ‚, … (and leaves five undefined: read as C1 controls).
SIMPLIFIED = [
    "镇政府联合三家合作社成立了蔬菜配送中心，每天清晨把新鲜蔬菜送到城里的四十多个社区。",
    "配送中心负责人刘堃说，订单比去年同期增长了一倍，周末常常需要临时增加车辆。",
    "朱镕基中学的学生们也来帮忙分拣，他们说这是一堂生动的劳动课。",
]
TRADITIONAL = [
    "縣府今天宣布，明年起將在各鄉鎮設置共享電動機車站，優先服務通勤的上班族與學生。",
    "負責規劃的交通處長表示，第一階段會先在火車站與大學附近設點，總數約一百二十處。",
    "議員則提醒，充電設備的維護費用不小，希望縣府在招商時把責任寫清楚。",
]
FRENCH = [
    "Le maire a déclaré jeudi qu’il était « très préoccupé » par la hausse des prix à la"
    " pompe, où l’essence a augmenté de 12 % en un an.",
    "« Ça ne peut plus durer », a-t-il ajouté devant le conseil réuni à l’hôtel de ville ;"
    " les élus de l’opposition réclament un débat dès la rentrée.",
    "Selon l’Insee, la région compte désormais 1 250 000 habitants — un record — et les"
    " loyers ont grimpé de 8,5 % à Besançon, Orléans et Nîmes.",
]
GERMAN = [
    "Die Bürgermeisterin äußerte sich am Donnerstag „sehr besorgt“ über die Größe der Lücke"
    " im Haushalt für das kommende Jahr.",
    "Für die Schüler der Grundschule in Göttingen ändert sich zunächst nichts; später müssen"
    " sie früher aufstehen, weil der Bus über Öhringen fährt.",
]


def page(title: str, paragraphs: list[str], head: str = "", foot: str = "版权所有") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head>{head}<title>{title}</title></head><body>"
        f'<div class="nav"><a href="/">Home</a></div><h1>{title}</h1>'
        f'<div class="meta">2024-03-18 09:12</div><div class="article">{body}</div>'
        f"<div>{foot} 2024</div></body></html>"
    )


def misread(data: bytes, codec: str) -> bytes:
    """``data`` read as ``codec`` the way browsers and MySQL's latin1 do (windows-1252's five
    undefined bytes as C1 controls) and written back as UTF-8."""
    return "".join(bytes((b,)).decode(codec, errors="ignore") or chr(b) for b in data).encode()


ZH = page("蔬菜配送中心开张 订单增长一倍", SIMPLIFIED, '<meta charset="gbk">')
TW = page(
    "共享電動機車明年上路 首波設點一百二十處", TRADITIONAL, '<meta charset="big5">', "版權所有"
)
ZH_UTF8 = page("蔬菜配送中心开张 订单增长一倍", SIMPLIFIED, '<meta charset="utf-8">')


def test_the_real_gb2312_page_saved_through_latin1_is_read_as_chinese():
    data = fixture_bytes("real_moji41/gb2312_saved_as_utf8.html")
    assert "¡º°²ÒÝ¹¤×÷ÊÒ" in data.decode()  # as saved
    text = decode_html(data)
    assert "<title>『安逸工作室-新闻小偷网』－新闻详细内容</title>" in text
    assert text.count("\ufffd") == 1  # the footer's Latin-1 "©", never GB2312
    article = extract_article(data)
    assert article.title == "变性手术之父何清濂：变性患者不等于同性恋"
    assert article.source == "中国新闻网"
    assert str(article.published_at).startswith("2005-09-21 14:11")
    assert article.paragraphs[0].startswith("中新网9月21日电 昨日，有“中国变性手术之父”之称")


def test_the_real_gbk_page_saved_through_latin9_is_read_as_chinese():
    data = fixture_bytes("real_moji41/gbk_saved_as_utf8_through_latin9.html")
    # windows-1252 maps these bytes back too, to other bytes: the reading with more frequent
    # characters (ISO-8859-15's) wins
    text = decode_html(data)
    assert "<title>船长被游轮公司认定责任 贴近海岸让同事望家乡-搜狐新闻</title>" in text
    assert "\ufffd" not in text
    article = extract_article(data)
    assert article.title == "船长被游轮公司认定责任 贴近海岸让同事望家乡"
    assert article.source == "新民晚报·新民网"
    assert any(p.startswith("意大利游轮“科斯塔·康科迪亚”号") for p in article.paragraphs)


def test_the_real_video_page_saved_through_latin1_is_an_article():
    data = fixture_bytes("real_moji41/video_page_link_bar_over_its_paragraph.html")
    article = extract_article(data)
    assert article.title == "视频：整形医生陈焕然做客新浪聊换脸与变性"
    assert article.source == "新浪科技"
    assert str(article.published_at).startswith("2005-12-29 16:16")
    assert article.paragraphs[0].startswith("著名整形医生陈焕然博士、北京电视台《科技全方位》")
    assert not any("返回科技宽频" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("original", "codec", "through"),
    [
        (ZH, "gbk", "latin-1"),
        (ZH, "gbk", "cp1252"),  # GBK's 0x80-0x9f bytes as €‚ƒ„… and C1 controls
        (ZH, "gb18030", "iso8859-15"),
        (ZH_UTF8, "utf-8", "cp1252"),  # "ä¸­æ–‡" for 中文
        (ZH_UTF8, "utf-8", "latin-1"),
        (TW, "big5", "latin-1"),  # weighed as the undeclared bytes are: Big5 wins
        (TW, "big5", "cp1252"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 20 else "page",
)
def test_a_double_encoded_page_is_read_as_its_writer_wrote_it(original, codec, through):
    data = misread(original.encode(codec), through)
    assert decode_html(data) == original
    assert decode_html(data, "text/html; charset=utf-8") == original  # a CMS's latin1 column


def test_a_double_encoded_page_is_repaired_through_the_article():
    article = extract_article(misread(TW.encode("big5"), "cp1252"))
    assert article.title == "共享電動機車明年上路 首波設點一百二十處"
    assert list(article.paragraphs) == TRADITIONAL


def test_a_stray_latin1_byte_in_double_encoded_utf8_is_a_flaw():
    flawed = ZH_UTF8.replace("版权所有", "© 版权所有")
    data = misread(flawed.encode().replace("©".encode(), b"\xa9"), "latin-1")
    text = decode_html(data)
    assert SIMPLIFIED[1] in text
    assert text.count("\ufffd") == 1


@pytest.mark.parametrize("paragraphs", [FRENCH, GERMAN, FRENCH + GERMAN])
def test_western_pages_stay_as_they_are(paragraphs):
    text = page("Actualités — Région", paragraphs, '<meta charset="utf-8">', "© Le Journal")
    assert decode_html(text.encode()) == text
    labelled = text.replace("utf-8", "windows-1252")
    assert decode_html(labelled.encode("cp1252")) == labelled
    assert decode_html(labelled.encode("cp1252"), "text/html; charset=windows-1252") == labelled


def test_a_double_encoded_western_page_is_not_made_chinese():
    # "prÃ©sident": European UTF-8 read as Latin-1; read back it is French, not Chinese
    # (European UTF-8 bytes are GB2312 characters, 茅 for é: never weighed as Chinese)
    text = page("Actualités", FRENCH, '<meta charset="utf-8">', "© Le Journal")
    data = misread(text.encode(), "cp1252")
    assert decode_html(data) == data.decode()
    flawed = misread(text.encode() + b"\xe9", "latin-1")
    assert decode_html(flawed) == flawed.decode()


def test_a_page_with_chinese_text_is_not_repaired():
    # misread words in a Chinese page (a template's mojibake title) do not make it one
    mixed = ZH_UTF8.replace(
        "Home", misread("首页 新闻 图片 视频 体育 财经".encode(), "latin-1").decode()
    )
    assert decode_html(mixed.encode()) == mixed
    longer = mixed.replace("<body>", "<body>" + "×÷ÊÒ¡º°²ÒÝ¹¤" * 20)
    assert decode_html(longer.encode()) == longer


def test_the_byte_gate_passes_misread_pages_only():
    """The first gate is a byte search: a Chinese page with a few accented names (or none)
    never reaches the text-level checks."""
    assert _letters_misread(fixture_bytes("real_moji41/gb2312_saved_as_utf8.html"))
    assert _letters_misread(misread(ZH_UTF8.encode(), "cp1252"))
    names = ZH_UTF8.replace("刘堃", "刘堃（José Müller, Zoë Brontë）")
    assert not _letters_misread(names.encode())
    assert not _letters_misread(ZH_UTF8.encode())

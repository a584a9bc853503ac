"""Pages whose charset labels lie reach the dataset readable, over real HTTP.

A proxy adding ``charset=gb2312`` to a Big5 site, a Big5 template copied onto a GBK site,
a Taiwanese page whose meta says gb2312, a Hong Kong page under a Latin-1 server default:
GB18030 "decodes" Big5 bytes and HKSCS most GBK pairs, so believing whichever label decodes
stored mojibake titles and bodies. A CMS that stores GBK or UTF-8 bytes in a latin1 column
and serves them as UTF-8 sends double-encoded pages ("¹ûÔ°" for 果园, "ä¸­æ–‡" for 中文),
which read back from the bytes they were misread from. Nothing is mocked: Scrapy fetches each
page from a local server that sends the lying ``Content-Type`` header.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from tests.crawling import run_scrapy_crawl
from tests.e2e.dynamic_site import NOT_FOUND, Answer, list_html, serve

STORIES = {
    "/tw/harvest.html": (
        "big5",
        "text/html; charset=gb2312",  # the proxy's label; the page itself says big5
        '<meta charset="big5">',
        "高山茶園春茶開採 茶農喜迎好價錢",
        [
            "清明前後連續幾天好天氣，高山茶園的春茶提早一週開採，茶農們天還沒亮就上山採摘。",
            "今年雨量適中，茶葉的香氣和口感都比去年好，批發商的收購價也跟著上漲了一成左右。",
            "不過，採茶工人難找仍是老問題，不少茶園只好提高日薪，並提供住宿和三餐。",
        ],
    ),
    "/tw/clinic.html": (
        "big5",
        "text/html",
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        "偏鄉巡迴醫療車上路 每月駐點二十個村落",
        [
            "衛生局與兩家醫學中心合作的巡迴醫療車本週正式上路，每月將輪流駐點二十個偏遠村落。",
            "車上配備超音波、心電圖等設備，民眾不必再花兩個小時搭車到市區看病。",
            "衛生局長說，未來也會結合遠距視訊門診，讓專科醫師可以即時提供建議。",
        ],
    ),
    "/hk/ferry.html": (
        "big5hkscs",
        "text/html; charset=ISO-8859-1",
        "",
        "離島街渡加密班次 居民出入更方便",
        [
            "運輸署宣布，由下月起離島兩條街渡航線會加密班次，繁忙時段每半小時一班。",
            "有居民話，以前搭最後一班船返屋企成日要等成個鐘，而家終於唔使咁趕。",
            "營辦商表示，會同時更換兩艘較新嘅船隻，減少航行時嘅噪音同廢氣。",
        ],
    ),
    "/cn/orchard.html": (
        "gbk",
        "text/html; charset=big5",  # a Big5 template copied onto a GBK site; its bytes
        # decode as Big5-HKSCS too (the test checks), so only the weighing can tell
        '<meta charset="big5">',
        "果园里的直播间",
        [
            "每天下午四点，果农小青都会准时在果园里开始直播，向网友介绍刚摘下的橙子。",
            "她说，上年一场大雨后橙子滞销，是直播帮她在半个月内卖出了两万多斤。",
            "如今，村里已有十几户果农跟着她学直播，镇上还专门开设了电商培训班。",
        ],
    ),
    "/cms/market.html": (
        "gbk>windows-1252",  # GBK bytes misread as windows-1252, served as UTF-8
        "text/html; charset=utf-8",
        '<meta charset="gbk">',
        "早市里的扫码秤",
        [
            "天刚亮，菜市场里的摊主们就忙着给新到的蔬菜称重，每台电子秤旁都贴着收款二维码。",
            "卖豆腐的老刘说，以前找零最麻烦，现在顾客扫一扫就走，一早上能多卖好几十块。",
            "市场管理处还给每个摊位装了溯源屏，蔬菜从哪个基地来、什么时候采摘，一看便知。",
        ],
    ),
    "/cms/library.html": (
        "utf-8>windows-1252",  # UTF-8 bytes misread as windows-1252: "ä¸­æ–‡"
        "text/html; charset=utf-8",
        '<meta charset="utf-8">',
        "社区图书馆延长开放时间",
        [
            "从本月起，街道社区图书馆每晚开放到九点，方便下班后的居民借书和自习。",
            "馆长介绍，晚间读者以中学生和年轻上班族为主，自习座位常常一座难求。",
            "图书馆还计划在周末开设亲子阅读课，由志愿者带着孩子们一起读绘本。",
        ],
    ),
}


def as_sent(page: str, codec: str) -> bytes:
    """The page's bytes; ``"gbk>windows-1252"``: its GBK bytes read as windows-1252 (the five
    bytes it leaves undefined as C1 controls, as MySQL's latin1 does) and sent as UTF-8."""
    codec, _, misread_as = codec.partition(">")
    data = page.encode(codec)
    if not misread_as:
        return data
    return "".join(bytes((b,)).decode(misread_as, errors="ignore") or chr(b) for b in data).encode()


def story_page(title: str, paragraphs: list[str], head: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head>{head}<title>{title}</title></head><body>"
        f'<div class="nav"><a href="/">Home</a></div><h1>{title}</h1>'
        f"<div>2024-04-08 10:20</div>"
        f'<div class="content">{body}</div></body></html>'
    )


@pytest.fixture(scope="module")
def site():
    pages: dict[str, Answer] = {}
    for path, (codec, header, head, title, paragraphs) in STORIES.items():
        pages[path] = (200, as_sent(story_page(title, paragraphs, head), codec), header)
    links = [(path, title) for path, (_, _, _, title, _) in STORIES.items()]
    pages["/"] = (200, list_html("Index", links).encode(), "text/html; charset=utf-8")
    with serve(lambda target: pages.get(target, NOT_FOUND)) as served:
        yield served


@pytest.fixture(scope="module")
def crawled(site, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("lying-charsets")
    run_scrapy_crawl(site.url, data_dir, "SNAPCRAWL_KEYWORDS_ENABLED=False")
    return pd.read_parquet(data_dir / "articles")


def test_the_gbk_page_decodes_under_its_big5_label_too():
    codec, _, head, title, paragraphs = STORIES["/cn/orchard.html"]
    story_page(title, paragraphs, head).encode(codec).decode("big5hkscs")


def test_every_page_is_stored_as_its_writer_wrote_it(site, crawled):
    rows = {
        url.removeprefix(site.url.rstrip("/")): (title, body)
        for url, title, body in zip(crawled["url"], crawled["title"], crawled["body"], strict=True)
    }
    assert set(rows) == set(STORIES)
    for path, (_, _, _, title, paragraphs) in STORIES.items():
        stored_title, body = rows[path]
        assert stored_title == title
        assert all(p in body for p in paragraphs), path


def test_no_mojibake_reaches_the_dataset(crawled):
    mojibake = re.compile(r"\ufffd|[\u00c0-\u00ff]{2,}")
    for column in ("title", "body"):
        for value in crawled[column].dropna():
            assert not mojibake.search(value), (column, value[:60])

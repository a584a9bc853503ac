"""Shapes seen on real saved Hong Kong and Taiwan pages (issue 14, set R8: pages from public
repositories), reduced to their form with made-up outlets, people and wordings other than
the set pages':

- a paywalled column shows one cut paragraph under its own heading, a link to the
  columnist above it: the element holding the page's headline is the story, not a list item;
- an editor's mark closing the excerpt ("（节录）", "（待續）") names no writer;
- the outlet's tip line in traditional characters, a small colon and a bullet ("■X報料熱線﹕");
- a whole line asking to like or follow the host's page, longer than a short promo;
- a filing stamp under the story ("建立時間09:12", "更新時間 10:40");
- a meta line printing its clock before the day ("09:12 2021/05/06");
- the day an element marks ``itemprop="datePublished"`` with no ``<meta>``;
- Taiwanese slash bylines with no 記者 ("X／高雄報導", "X／東京5日電", "【X周刊／Y】"), which
  name no outlet;
- a site name in two scripts ("江畔日報 Riverside Daily"): its Chinese name is the outlet;
- a bracketed dateline naming the paper before its reporters ("（江畔日報記者 A B）");
- a bracketed 報道 dateline under a one-sentence caption: the caption names no outlet.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY, WHARF_TITLE, feed_page
from .conftest import WHARF_URL as URL


def _read(html: str):
    return extract_article(html, URL)


_CUT = (
    "河畔區的老碼頭將在明年春天改建成濱江步道，全長約一點二公里，沿途設置休憩座椅。"
    "區建設部門表示，改建工程會保留碼頭原有的石砌駁岸，並在入口處設置歷史介紹牌，"
    "附近居民對計劃大多表示歡迎，但也有人擔心施工期間的噪音 ..."
)


def _column_page(mark: str = "（节录）") -> str:
    links = "".join(f"<li><a href='/c/{i}'>專欄文章標題第{i}篇</a></li>" for i in range(30))
    return (
        "<html><head><meta charset='utf-8'>"
        "<meta property='og:type' content='article'>"
        "<title>老碼頭明年改建濱江步道 - 林曉雲 - 江畔報網站</title></head><body>"
        f"<div class='nav'><ul>{links}</ul></div>"
        "<div class='article'><p>2021年5月6日</p>"
        "<p><a href='/author/7'>林曉雲 城市觀察</a></p>"
        "<h2>老碼頭明年改建濱江步道</h2>"
        "<p><a href='/img/1.jpg'>放大圖片</a></p>"
        f"<p>{_CUT}</p><p>{mark}</p></div>"
        f"<div class='side'><ul>{links}</ul></div></body></html>"
    )


def test_paywalled_column_under_its_own_heading_is_an_article() -> None:
    art = _read(_column_page())
    assert art.paragraphs == (_CUT,)
    assert art.title == "老碼頭明年改建濱江步道"


@pytest.mark.parametrize("mark", ["（节录）", "（待續）", "（摘錄）"])
def test_editors_mark_on_the_text_names_no_writer(mark: str) -> None:
    art = _read(feed_page("2024-07-08 08:30", last=f"<p>{mark}</p>"))
    assert art.author is None


@pytest.mark.parametrize(
    "line", ["■江畔報報料熱線﹕tips@jiangpan.example/ 2345 6789", "●讀者報料：2345 6789"]
)
def test_traditional_tip_line_is_the_hosts(line: str) -> None:
    art = _read(feed_page(last=f"<p>{line}</p>"))
    assert line not in art.body


@pytest.mark.parametrize(
    "line", ["想掌握更多城中熱話，請讚好江畔報 Facebook", "想了解最新樓市消息，請追蹤江畔地產專頁"]
)
def test_long_ask_to_follow_the_hosts_page_is_a_promo(line: str) -> None:
    art = _read(feed_page(last=f"<p>{line}</p>"))
    assert line not in art.body
    assert art.paragraphs[-1] == WHARF_STORY[-1]


@pytest.mark.parametrize("line", ["建立時間09:12", "更新時間 10:40", "发布时间：2021-05-06 10:40"])
def test_filing_stamp_under_the_story_is_no_paragraph(line: str) -> None:
    art = _read(feed_page(last=f"<p>{line}</p>"))
    assert line not in art.body


def test_a_sentence_with_an_update_time_stays() -> None:
    line = "更新時間定在明早09:30，屆時居民可到現場查看。"
    art = _read(feed_page(closing=[line]))
    assert line in art.paragraphs


@pytest.mark.parametrize(
    ("meta", "when"),
    [("09:12 2021/05/06", "2021-05-06 09:12"), ("7:05 2021-05-06 城事", "2021-05-06 07:05")],
)
def test_clock_before_the_day_on_the_meta_line(meta: str, when: str) -> None:
    art = _read(feed_page(meta))
    assert art.published_at.strftime("%Y-%m-%d %H:%M") == when


def test_day_marked_date_published_in_the_body() -> None:
    marked = "<div itemprop='datePublished'>2021年5月6日星期四</div>"
    page = feed_page("", above=f"{marked}<p>城事</p><p>城事一</p><p><a href='/n'>下一篇</a></p>")
    assert _read(page).published_at.strftime("%Y-%m-%d") == "2021-05-06"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("陳怡君／高雄報導", "陳怡君"),
        ("黃志明／東京5日電", "黃志明"),
        ("林佳穎、吳俊賢／綜合報導", "林佳穎、吳俊賢"),
        ("河畔快訊／蔡雅婷 2021年05月06日 09:12", "蔡雅婷"),
    ],
)
def test_slash_byline_with_no_reporter_word(byline: str, name: str) -> None:
    art = _read(feed_page("2021-05-06 09:12", above=f"<p>{byline}</p>"))
    assert art.author == name
    assert art.source is None or "／" not in art.source


def test_bracketed_outlet_and_writer_open_the_story() -> None:
    art = _read(feed_page("2021-05-06 09:12", first="【江畔周刊／鄭家豪】"))
    assert art.author == "鄭家豪"


@pytest.mark.parametrize("pair", ["台南／嘉義", "文／圖"])
def test_two_places_or_two_roles_are_no_byline(pair: str) -> None:
    art = _read(feed_page("2021-05-06 09:12", above=f"<p>{pair}</p>"))
    assert art.author is None


@pytest.mark.parametrize(
    ("site", "outlet"),
    [("江畔日報 Riverside Daily", "江畔日報"), ("Hillside Post 山城晨報", "山城晨報")],
)
def test_site_name_in_two_scripts_gives_its_chinese_name(site: str, outlet: str) -> None:
    page = feed_page("2021-05-06 09:12").replace(
        "<meta charset='utf-8'>",
        f"<meta charset='utf-8'><meta property='og:site_name' content='{site}'>",
    )
    assert _read(page).source == outlet


def test_paper_before_its_reporters_in_the_bracket() -> None:
    art = _read(feed_page("2021-05-06 09:12", first="【河畔網訊】(江畔日報記者 周子健 梁思敏)"))
    assert art.author == "周子健 梁思敏"


def test_bao_dao_dateline_under_a_caption() -> None:
    caption = "居民在碼頭邊散步。"
    page = feed_page("2021-05-06", before=[caption], first="(江畔日報報道)")
    assert _read(page).source == "江畔日報"


def test_headline_kept_as_title() -> None:
    assert _read(feed_page("09:12 2021/05/06")).title == WHARF_TITLE

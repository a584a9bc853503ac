"""A list of works closing a story, one record each ("The Vanishing Half" | "作者：X" |
"版本：Y"), a prize's longlist (issue 14, session 42, h-part: the webpage_archive pool,
transTerminus/webpage_archive, raw/; pool 1225, where magic-html kept the whole list and
we stopped at the first record after the last prose line). Each 作者 row read as a
credit, the page crediting its writer: the run of the list's short lines stopped there.
What tells it for the list's: the row recurs at the record's period, beside a row of one
other label each time (版本), itself no credit; a credit block names each role once.
Nor is a listed book's 作者 the story's author (it was read as one before).

Reduced copy (the article's rendered container to the disclaimer; the page's head kept
to its meta tags and title; inline image data taken out):
tests/fixtures/extract/real_part/qq_longlist_records_with_author_rows.html
(raw/news.qq.com/news_2021年度英国女性小说奖入围长名单揭晓，跨性别作者首次入选.html).
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article

from .conftest import site_article

_DIR = Path(__file__).parents[2] / "fixtures" / "extract" / "real_part"
URL = "https://www.example-hillside.cn/news/20241106/5521.html"


def test_real_longlist_keeps_every_record() -> None:
    raw = (_DIR / "qq_longlist_records_with_author_rows.html").read_bytes()
    article = extract_article(raw, "https://news.qq.com/rain/a/20210316A04XC200")
    lines = article.paragraphs
    for line in ("Burnt Sugar", "作者：阿芙尼·多西（Avni Doshi）", "Summer"):
        assert line in lines
    assert lines[-1] == "版本：Hamish Hamilton，2020年8月"
    # a listed book's author is not the story's (the page credits its compiler)
    assert article.author == "汪天飏"
    body = article.body
    assert "参考链接" not in body
    assert "免责声明" not in body


_STORY = [
    "山边镇图书馆近日公布了今年秋季的推荐书单，馆员们从上千本新书中挑出了这几本，"
    "既有本地作家写家乡变化的散文，也有适合孩子们阅读的科普读物和绘本。",
    "馆长介绍，书单兼顾了不同年龄的读者，每本书都在馆内开辟了专门的展示区，"
    "读者可以凭借书证免费借阅，也可以在周末参加馆里组织的读书分享会。",
]
_BOOKS = [
    ("《河流的记忆》", "作者：林小溪", "出版社：山边出版社，2024年3月"),
    ("《老街的早晨》", "作者：王晓峰", "出版社：南方文艺出版社，2023年11月"),
    ("《星空下的村庄》", "作者：陈一鸣", "出版社：青山少儿出版社，2024年6月"),
    ("《种子的旅行》", "作者：赵思远", "出版社：山边出版社，2024年1月"),
]


def _page(after_books: str) -> str:
    books = "".join(f"<p>{t}</p><p>{a}</p><p>{p}</p>" for t, a, p in _BOOKS)
    body = "".join(f"<p>{line}</p>" for line in _STORY) + books + after_books
    return site_article(
        body, title="山边镇图书馆公布秋季推荐书单", site="山边新闻网", info="2024-11-06"
    )


def test_a_reading_list_keeps_its_author_rows_and_a_closing_credit_block_goes() -> None:
    """Another wording: a library's reading list, author then publisher each record; the
    story's credit block after it (作者, 编辑, 校对 once each) is the page's, and stays out."""
    page = _page("<p>作者：刘明</p><p>编辑：张红</p><p>校对：李青</p>")
    lines = extract_article(page, URL).paragraphs
    for record in _BOOKS:
        for line in record:
            assert line in lines
    for credit in ("作者：刘明", "编辑：张红", "校对：李青"):
        assert credit not in lines

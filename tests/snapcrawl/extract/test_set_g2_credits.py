"""The story's author and outlet in the forms set G2 and the last round left unread (issue
14), reduced to their shape with made-up names, places and outlets other than the pages':

- a date line's weekday or part of the day ("2024年8月6日 星期二", "週五 下午") is no
  outlet and no poster;
- a person's byline after a full-width slash (文／X) on a dated line names no outlet;
- a label alone in its table cell, the outlet in the next ("信息来源" | "X");
- 综合X、Y: the outlets the story was compiled from, without 综合;
- a bracketed reporter's credit opening a paragraph (〔記者X／Y報導〕);
- the author's label in other forms on a dated meta line: the Hong Kong colon (作者︰X),
  brackets (【作者】X), an English name before the colon (作者 Author：X), 執筆：X,
  "date 记者 X 通讯员 Y", "Author: X date";
- the Hong Kong colon after any label (栏目︰X, 責任編輯︰X);
- set G3's: 撰稿：X and 报道：X, an English row "By X | Outlet | Updated", 本文刊登于《X》,
  an account's description in brackets (X（Y官方微信）), "撰稿 / X日报记者 Y".

Each near miss keeps what it should: a name that only starts like a date word, a 综合 that
heads a plain word, a long bracket that is a sentence.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.dated_line import unlabeled_meta_line
from snapcrawl.extract.dom import Line
from snapcrawl.extract.source_lines import labeled_source, outlet_token, reporter_outlet

from .conftest import KITCHEN_STORY as STORY
from .conftest import KITCHEN_TITLE as TITLE
from .conftest import framed_page

URL = "https://www.example-hb.cn/news/2024/0806/5521.html"
WHEN = "2024-08-06 09:40"


def _page(meta: str = "", *, above: str = "", first: str = "") -> str:
    paragraphs = [f"{first}{STORY[0]}", *STORY[1:]]
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return framed_page(
        TITLE,
        text,
        meta=meta,
        above=above,
        site="河湾网",
        section=("/local", "本地"),
        meta_class="meta",
    )


def _read(html: str):
    return extract_article(html, URL)


def _line(text: str) -> Line:
    return Line(text=text, owner=None, index=0, chars=len(text))


@pytest.mark.parametrize(
    "meta",
    ["2024年8月9日 週五", "2024/08/09 星期日 上午", "2024-08-09 礼拜三", "2024-08-09 Friday"],
)
def test_a_weekday_beside_the_date_is_no_outlet_nor_poster(meta: str) -> None:
    article = _read(_page(meta))
    assert (article.source, article.author) == (None, None)


def test_a_name_beside_the_date_still_reads() -> None:
    # a weekday only names no one: an outlet there is still read, and a name that opens
    # like a date word (周天明) is a name
    assert unlabeled_meta_line([_line("2024年8月9日 週五 河湾晚报")]) == "河湾晚报"
    assert unlabeled_meta_line([_line("2024-08-09 周天明日报")]) == "周天明日报"


@pytest.mark.parametrize("meta", ["文／蘇映真　2024.08.09", "撰文／蘇映真 2024-08-09"])
def test_a_writers_full_width_slash_credits_a_person(meta: str) -> None:
    assert _read(_page(meta)).source is None


def test_a_label_alone_in_its_cell_reads_the_next_cell() -> None:
    table = (
        "<table><tr><th>发文机关</th><td>河湾区人民政府办公室</td><th>内容来源</th>"
        "<td>区农业农村局</td></tr><tr><th>成文日期</th><td>2024-08-02</td></tr></table>"
    )
    assert _read(_page(WHEN, above=table)).source == "区农业农村局"


def test_a_label_cell_with_no_outlet_after_it_gives_none() -> None:
    table = "<table><tr><th>来源</th><td>2024-08-02</td></tr></table>"
    assert _read(_page(WHEN, above=table)).source is None


@pytest.mark.parametrize(
    ("value", "outlet"),
    [
        ("综合中新网、北辰日报", "中新网、北辰日报"),
        ("綜合河湾電視台", "河湾電視台"),
        ("综合报道", "综合报道"),  # no outlet after 综合: the words stay as written
    ],
)
def test_compiled_from_names_its_outlets(value: str, outlet: str) -> None:
    assert outlet_token(value) == outlet


@pytest.mark.parametrize(
    ("first", "name"),
    [("〔記者蘇映真／高雄報導〕", "蘇映真"), ("［记者 范立／河湾报道］", "范立")],
)
def test_a_bracketed_reporter_opening_the_story(first: str, name: str) -> None:
    assert _read(_page(WHEN, first=first)).author == name


def test_a_bracketed_aside_opening_the_story_is_no_credit() -> None:
    first = "（这是一段开头的说明，读者来信请寄本报）"
    assert _read(_page(WHEN, first=first)).author is None


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        (f"作者︰蘇映真　{WHEN}", "蘇映真"),
        (f"【作者】范立　{WHEN}", "范立"),
        (f"作者 Writer：范立 | {WHEN}", "范立"),
        (f"執筆：蘇映真　{WHEN}", "蘇映真"),
        (f"{WHEN}　记者 范立 通讯员 周红梅", "范立"),
        (f"Author: Chen Yu {WHEN}", "Chen Yu"),
    ],
)
def test_an_authors_label_in_other_forms(meta: str, name: str) -> None:
    assert _read(_page(meta)).author == name


def test_a_date_alone_is_no_author() -> None:
    assert _read(_page(f"更新于 {WHEN}")).author is None


def test_the_hong_kong_colon_ends_any_label() -> None:
    article = _read(_page(f"栏目︰城乡民生　責任編輯︰范立　{WHEN}"))
    assert (article.category, article.editor) == ("城乡民生", "范立")


# Set G3's kinds (measured once before these rules), with other wordings.


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        (f"来源：院办　撰稿：祁晓东　审核：马原　{WHEN}", "祁晓东"),
        (f"<span>報導：鄭家豪</span> <span>{WHEN}</span>", "鄭家豪"),
        (f"By Wang Lan | Harbor Post | Updated: {WHEN}", "Wang Lan"),
    ],
)
def test_a_writers_label_in_other_spellings(meta: str, name: str) -> None:
    assert _read(_page(meta)).author == name


def test_a_report_on_a_topic_is_no_reporter_label() -> None:
    # 报道 as a noun in the story's words, not a label before a name
    assert _read(_page(f"{WHEN} 相关报道 河湾网")).author is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("此文原发表于《北辰文摘》2024年第5期", "北辰文摘"),
        ("本文刊于《河湾观察》", "河湾观察"),
        ("该论文发表于《河湾科学》", None),  # a sentence about a paper, not the page's credit
    ],
)
def test_where_the_story_was_first_printed(text: str, outlet: str | None) -> None:
    assert labeled_source(text) == outlet


@pytest.mark.parametrize(
    ("value", "outlet"),
    [
        ("河湾交警（河湾市公安局交通警察支队官方微博）", "河湾交警"),
        ("北辰教育（北辰市教育局微信公众号）", "北辰教育"),
        ("人民日报（海外版）", "人民日报（海外版）"),  # an edition's name stays whole
    ],
)
def test_an_accounts_description_after_its_name(value: str, outlet: str) -> None:
    assert outlet_token(value) == outlet


@pytest.mark.parametrize(
    ("meta", "outlet"),
    [
        (f"{WHEN}　撰文／北辰晚报记者 齐悦", "北辰晚报"),
        (f"{WHEN}　作者：本报记者 齐悦", None),  # the page's own reporter names no outlet
    ],
)
def test_a_reporters_outlet_after_a_writers_label(meta: str, outlet: str | None) -> None:
    assert reporter_outlet(meta) == outlet

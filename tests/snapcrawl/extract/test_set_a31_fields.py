"""Author and source where a meta row sets each label in a tag of its own with no colon
(issue 14, set A31), reduced to its shape with made-up outlets, people and wordings other
than the set page's:

- ``<em>撰文</em><b>X</b><em>出处</em><b>Y</b>``: the label tag ends the label, so X is
  the writer and Y the outlet, above the story or right after it;
- a count's or a toolbar's word in its own tag (评论, 阅读) is no label, nor a link's
  word; a label tag with no value after it reads nothing; a row that already has its
  colons reads as written;
- the story keeps its paragraphs.

And (set A31d) the writer's label of two roles set apart by a space ("文 图/X", "文 图 X":
X, not "图 X"), a list closed by 等 (et al.: the names before it), and a writer's field that
holds the page's outlet ("作者：X日报" over "来源：X日报": no writer).

And (set A31e) the writers' names alone on their line before a bar or a slash and the
writing role ("X｜撰稿", "X Y / 撰文"), as 文/X reversed; a desk's line ("X报｜编辑") is no
writer's.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import feed_page


def _page(meta: str, *, tail: str = "") -> str:
    return feed_page(meta, site="滨江在线", after=tail)


ROW = (
    "<em class='k'>撰文</em><b class='v'>申屠明川</b>"
    "<em class='k'>出处</em><b class='v'>滨江商报</b>"
    "<em class='k'>日期</em><b class='v'>2024-04-03</b>"
)


def test_label_tags_above_the_story_name_writer_and_outlet() -> None:
    article = extract_article(_page(ROW), URL)
    assert article.author == "申屠明川"
    assert article.source == "滨江商报"
    assert list(article.paragraphs) == list(STORY)


def test_label_tags_nested_in_cells_are_read_too() -> None:
    row = (
        "<span class='cell'><i>作者</i><a href='/u/7'>闻人晓岚</a></span>"
        "<span class='cell'><i>来源</i><a href='/s/2'>滨江商报</a></span>"
    )
    article = extract_article(_page("2024-04-03 10:00", tail=f"<div class='foot'>{row}</div>"), URL)
    assert article.author == "闻人晓岚"
    assert article.source == "滨江商报"


@pytest.mark.parametrize(
    "row",
    [
        "<span>2024-04-03</span><span>评论</span><span>36</span><span>阅读</span><span>1.2万</span>",
        "<span>2024-04-03</span><span>滨江商报</span><span>作者</span>",
        "<span>2024-04-03</span><a href='/zl'>作者</a><a href='/zl/9'>专栏精选</a>",
    ],
)
def test_toolbar_words_and_a_valueless_label_name_no_writer(row: str) -> None:
    assert extract_article(_page(row), URL).author is None


def test_a_row_with_colons_reads_as_written() -> None:
    row = "<span>作者：</span><span>申屠明川</span><span>来源：滨江商报</span>"
    article = extract_article(_page(row), URL)
    assert article.author == "申屠明川"
    assert article.source == "滨江商报"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("文 图｜甄可欣", "甄可欣"),
        ("文　圖／甄可欣", "甄可欣"),
        ("文 图 甄可欣", "甄可欣"),
        ("撰文：阙明朗 等", "阙明朗"),
    ],
)
def test_spaced_roles_and_et_al_leave_the_writers(line: str, expected: str) -> None:
    text = "".join(f"<p>{p}</p>" for p in [line, *STORY])
    html = _page("2024-04-03 10:00").replace(
        "<div class='text'>" + "".join(f"<p>{p}</p>" for p in STORY), "<div class='text'>" + text
    )
    assert extract_article(html, URL).author == expected


def test_the_outlet_in_the_writers_field_is_no_writer() -> None:
    article = extract_article(_page("作者：海东晚报　来源：海东晚报　2024-04-03"), URL)
    assert article.source == "海东晚报"
    assert article.author is None


def _opening(line: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in [line, *STORY])
    return _page("2024-04-03 10:00").replace(
        "<div class='text'>" + "".join(f"<p>{p}</p>" for p in STORY), "<div class='text'>" + text
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [("柏乔｜采写", "柏乔"), ("岳明远 沈舟 / 撰文", "岳明远 沈舟"), ("滨江商报｜编辑", None)],
)
def test_names_before_a_bar_and_the_writing_role(line: str, expected: str | None) -> None:
    article = extract_article(_opening(line), URL)
    assert article.author == expected
    assert list(article.paragraphs) == list(STORY)

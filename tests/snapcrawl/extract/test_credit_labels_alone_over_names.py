"""A role's label alone on its line (or table cell) and the names alone on the next: the
author and the editor are read from the pair, in Chinese, traditional and English.

Kinds from set V2, tested here on wordings made up for these tests (a story about a night
market; the outlet and the names are invented): a reporter's label in a table cell over the
names ("记者" | "周明远 陈晓雨") gives the author; English labels over names ("Reporter" |
"Wang Fang", "Editor" | "Sun Hao") leave the body as credits do; a traditional editor's label
alone (編輯：) gives the editor. An interviewer's 记者 over a question, and a label over a
phrase that is no name, give no author and stay in the story.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.dom import Line
from snapcrawl.extract.editor_credits import extract_editor

STORY = [
    "城西夜市本周末重新开放，两百多个摊位沿着河岸一字排开，吸引了不少附近居民。",
    "市场管理方介绍，今年新增了垃圾分类点和公共座椅，摊位之间的通道也拓宽了一米。",
    "不少摊主表示，重新开放后的第一个晚上营业额就超过了去年同期的水平。",
    "管理方提醒市民，夜市营业时间为每天傍晚六点至晚上十一点，周一休市。",
]


def page(top: str = "", bottom: str = "", middle: str = "") -> str:
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    if middle:
        paragraphs.insert(2, middle)
    return (
        "<html><head><title>城西夜市重新开放_本地_示例晚报</title></head><body>"
        "<div class='main'><h1>城西夜市重新开放</h1>"
        f"<div class='text'>{top}{''.join(paragraphs)}{bottom}</div></div></body></html>"
    )


def lines(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_a_reporter_label_in_a_cell_over_names_gives_the_author() -> None:
    table = "<table class='by'><tr><td>记者</td><td>周明远 陈晓雨</td></tr></table>"
    article = extract_article(page(top=table))
    assert article is not None
    assert article.author == "周明远 陈晓雨"
    assert list(article.paragraphs) == STORY


def test_a_traditional_reporter_label_over_a_name_gives_the_author() -> None:
    article = extract_article(page(top=lines("記者", "林志遠")))
    assert article is not None
    assert article.author == "林志遠"


def test_an_interviewer_label_over_a_question_gives_no_author() -> None:
    question = "请问您在夜市摆摊多少年了？"
    article = extract_article(page(middle=lines("记者", question)))
    assert article is not None
    assert article.author is None
    assert question in article.paragraphs


def test_english_labels_over_names_leave_the_body() -> None:
    article = extract_article(page(bottom=lines("Reporter", "Wang Fang", "Editor", "Sun Hao")))
    assert article is not None
    assert list(article.paragraphs) == STORY
    assert article.author == "Wang Fang"
    assert article.editor == "Sun Hao"


def test_an_english_heading_over_prose_stays() -> None:
    closing = "The night market opens every evening except Monday."
    article = extract_article(page(bottom=lines("Reporter", closing)))
    assert article is not None
    assert closing in article.paragraphs
    assert article.author is None


def test_a_traditional_editor_label_alone_gives_the_editor() -> None:
    article = extract_article(page(bottom=lines("編輯：", "羅曉彤")))
    assert article is not None
    assert article.editor == "羅曉彤"
    assert list(article.paragraphs) == STORY


def test_an_edit_button_over_a_name_gives_no_editor() -> None:
    article = extract_article(page(bottom=lines("Edit", "Sun Hao")))
    assert article is not None
    assert article.editor is None


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, owner=None, index=i, chars=len(t)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    "label", ["編輯：", "【編輯】", "責任編輯", "值班編輯：", "Editor", "Copy Editor:", "编辑："]
)
def test_the_editor_reader_reads_a_label_alone_in_each_spelling(label: str) -> None:
    assert extract_editor(_lines("夜市周一休市。", label, "羅曉彤")) == "羅曉彤"


@pytest.mark.parametrize("label", ["Edit", "编辑", "編輯器", "Editorial"])
def test_a_button_or_another_word_is_no_editor_label(label: str) -> None:
    assert extract_editor(_lines("夜市周一休市。", label, "羅曉彤")) is None

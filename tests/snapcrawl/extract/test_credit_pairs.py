"""Credits split over lines: a role's label alone, the names alone on the next line (a
table's cells, a line each). The pair is a credit at the story's edges only, in an unbroken
run of such pairs; a table of facts or a prize list keeps its rows. Wordings here are not
the ones the rule was written from."""

from __future__ import annotations

import pytest

from snapcrawl.extract.article import extract_article
from snapcrawl.extract.credit_names import clean_name

_STORY = [
    "今年以来，全市新建和改造城市公园二十六座，新增绿地面积超过一百二十万平方米，市民出门见绿的感受越来越明显。",
    "市园林部门负责人介绍，新建公园优先布局在老旧小区密集、绿地较少的片区，让更多居民步行十分钟就能走进公园。",
    "在城西的一座口袋公园里，几位老人正在树荫下下棋，不远处的孩子们在新铺的塑胶场地上追逐嬉戏，十分热闹。",
    "据介绍，下一步还将推进绿道贯通工程，把分散的公园和滨水空间串联起来，形成全长超过八十公里的城市慢行系统。",
]


def _page(before: str = "", middle: str = "", after: str = "") -> str:
    paras = [f"<p>{p}</p>" for p in _STORY]
    paras.insert(2, middle)
    body = before + "".join(paras) + after
    return (
        "<html><head><title>城市公园越来越多_示例日报</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/n/">新闻</a></div>'
        '<h1>城市公园越来越多</h1><div class="info">2024-05-08 10:00 来源：示例日报</div>'
        f'<div class="article">{body}</div>'
        '<div class="footer"><p>关于我们 | 联系我们</p></div></body></html>'
    )


def _cells(*cells: str) -> str:
    return "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"


def _lines(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize(
    ("html", "names"),
    [
        (_page(after=_cells("撰稿：", "方舟", "责任编辑：", "蒋欣 陶然")), ["方舟", "蒋欣"]),
        (_page(after=_lines("摄影", "冯川", "【審核】", "鄭凱")), ["冯川", "鄭凱"]),
        (_page(after=_lines("（完）", "统筹", "石磊", "校对", "钱多多")), ["石磊", "钱多多"]),
        (_page(before=_lines("记者", "齐鸣 贺岚")), ["齐鸣"]),
    ],
    ids=["table-cells", "traditional-lines", "after-end-marker", "before-story"],
)
def test_label_over_name_at_the_edges_is_a_credit(html, names):
    body = "\n".join(extract_article(html, "https://news.example.cn/a/1.html").paragraphs)
    assert _STORY[0] in body
    assert _STORY[-1] in body
    for name in names:
        assert name not in body


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        # a book's facts in the middle of a review: the story's own table
        (_page(middle=_cells("作者", "余华", "出版社", "作家出版社")), ["余华"]),
        # the same facts after the story, opened by a label no credit has
        (_page(after=_lines("书名", "《活着》", "作者", "余华")), ["《活着》", "余华"]),
        # a prize list: its labels are no roles
        (_page(after=_lines("一等奖", "李华", "二等奖", "王芳")), ["李华", "王芳"]),
        # an interview's label alone, the question after it
        (_page(after=_lines("记者", "您最想对年轻人说什么？")), ["您最想对年轻人说什么？"]),
    ],
    ids=["facts-table-middle", "facts-after-story", "prize-list", "interview-question"],
)
def test_label_and_value_that_are_no_credit_stay(html, kept):
    body = "\n".join(extract_article(html, "https://news.example.cn/a/1.html").paragraphs)
    for text in kept:
        assert text in body


def test_editor_under_a_plain_label_with_its_colon():
    html = _page(after=_cells("编辑：", "陶然"))
    article = extract_article(html, "https://news.example.cn/a/1.html")
    assert article.editor == "陶然"
    assert "陶然" not in "\n".join(article.paragraphs)


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("林佳慧／台南", "林佳慧"),  # the place the story was filed from, after the slash
        ("王建国/广州", "王建国"),
        ("张明/李强", "张明/李强"),  # two names
        ("木子/阿橙", "木子/阿橙"),  # pen names: no person's name to set a place after
    ],
)
def test_place_after_the_slash_is_no_name(value, name):
    assert clean_name(value) == name

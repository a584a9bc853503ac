"""Where a byline's value ends and which shapes name an author without a credit word.

Made-up wordings: a value stops at the meta line's next label, a date or a place dateline;
every name of a team credit is kept, and so is a bracketed original name; a forum or blog
poster is read from the shapes around its posting time.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import credits
from snapcrawl.extract.byline_shapes import poster_name
from snapcrawl.extract.dom import Line


def lines(*texts: str) -> list[Line]:
    return [Line(text=t, owner=None, index=i, chars=len(t)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("作者:lanshan 阅读(231) 评论(2) 编辑 发表于:2006-03-01 09:30", "lanshan"),
        ("作者：青禾小满 时间：2006-04-02 18:11:09", "青禾小满"),
        ("10日09:15 作者： 方舟 出自[海港出版社]", "方舟"),
        ("作者：林木 点击：123", "林木"),
        ("作者：林木 审定：王石", "林木"),  # any "X：" label ends the value
        ("作者： 乔治 (George Lane)", "乔治 (George Lane)"),
        ("执笔人：甲乙 丙丁 戊己 庚辛 壬癸", "甲乙 丙丁 戊己 庚辛 壬癸"),
        ("海港晚报记者 林木 杭州报道", "林木"),
        ("滨江日报江北频道 记者 方舟 林木", "方舟 林木"),
        ("本报记者山风发自杭州", "山风"),
    ],
)
def test_byline_value_ends_at_the_right_edge(text, author):
    assert credits.author_from_lines(lines(text), []) == author


def test_place_dateline_in_a_sign_off_is_not_a_name():
    story = lines("……这是全部的经过。（林木 杭州报道）")
    assert credits.author_from_lines([], story) == "林木"


def test_consecutive_credit_lines_are_one_byline():
    found = credits.author_from_lines(lines("本报实习生 甲乙 丙丁", "本报记者 戊己 庚辛"), [])
    assert found == "甲乙 丙丁 戊己 庚辛"


def test_credit_lines_apart_are_not_joined():
    page = lines("本报实习生 甲乙 丙丁", "正文第一段。", "本报记者 戊己 庚辛")
    assert credits.author_from_lines(page, []) == "甲乙 丙丁"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lanshan 发表于 2006-3-15 11:46:00", "lanshan"),
        ("本贴由山风于2006年3月2日10:12:21在〖茶馆〗发表.", "山风"),
        ("〓 发布时间 2006/03/15 22:36:13 by lanshan 〓", "lanshan"),
        ("HARBOR.EXAMPLE.COM　2006年3月16日08:19 [ 方舟 ]　来源：[ 海港日报 ]", "方舟"),
    ],
)
def test_poster_shapes(text, name):
    assert poster_name(text) == name
    assert credits.author_from_lines(lines(text), []) == name


@pytest.mark.parametrize(
    "text",
    [
        "他发表于2006年的论文引起了关注。",  # no name opens the line before 发表于
        "会议于2006年3月2日举行，由他主持。",  # 由…于 without 发表
        "2006年3月16日08:19 [ 图片 ] 来源：海港日报",  # a bracketed UI word, not a poster
    ],
)
def test_prose_and_ui_are_not_posters(text):
    assert credits.author_from_lines(lines(text), []) is None


def test_poster_line_inside_a_forum_body_is_read():
    body = lines(
        "第一段很长的帖子正文。", "本贴由山风于2006年3月2日10:12:21在〖茶馆〗发表.", "郑重声明"
    )
    assert credits.author_from_lines([], body) == "山风"


def test_a_date_without_a_time_does_not_make_a_poster():
    assert poster_name("该文由山风于2006年在《海港》杂志发表。") is None

"""Where a byline's value ends and which shapes name an author without a credit word.

Made-up wordings: a value stops at the meta line's next label, a date or a place dateline;
every name of a team credit is kept, and so is a bracketed original name; a forum or blog
poster is read from the shapes around its posting time.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import credits
from snapcrawl.extract.byline_shapes import poster_name
from snapcrawl.extract.credit_names import without_outlet
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
        # ... and the separator before that label goes with it
        ("作者：林木 | 责编：王石", "林木"),
        ("作者：林木｜审核：王石", "林木"),
        ("作者：林木 丨 编辑：王石", "林木"),
        ("作者： 乔治 (George Lane)", "乔治 (George Lane)"),
        ("执笔人：甲乙 丙丁 戊己 庚辛 壬癸", "甲乙 丙丁 戊己 庚辛 壬癸"),
        ("海港晚报记者 林木 杭州报道", "林木"),
        ("滨江日报江北频道 记者 方舟 林木", "方舟 林木"),
        ("海港晚报·海港壹点 记者 林木", "林木"),  # a paper and its app, set apart by ·
        ("本报记者山风发自杭州", "山风"),
        # an outlet before the name is dropped, not taken for it
        ("文｜海港晚报 林木", "林木"),
        ("【文/海港新闻网 方舟】据外电报道，港口吞吐量创新高。", "方舟"),
        ("文／南嶺時報 山風", "山風"),
        ("文｜海港晚报，作者｜林木", "林木"),  # the outlet, then the author's own label
        # the role and where the reporter filed, traditional as well
        ("海港傳媒記者 方舟 發自澳門", "方舟"),
        ("記者 林木／高雄報導", "林木"),
        # the next label glued to the name
        ("撰文：陳青禾出版：2024-12-04 18:22", "陳青禾"),
        ("作者：林木更新：2024-12-04 19:01", "林木"),
        ("記者：方舟時間：2024年12月4日", "方舟"),
        # 作者 in a repost's note that also credits the picture
        ("本文来自微信公众号：海港观察（ID：hg2020），作者：林木，头图来自：示例图库", "林木"),
        # a wire's reporter glued to its dateline, opening the first paragraph
        ("（南岭社記者方青禾高雄4日電）港口今天舉行通航典禮，全長約9公里。", "方青禾"),
        ("（海港社记者林木东京4日专电）会议今天开幕。", "林木"),
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


@pytest.mark.parametrize(
    "text",
    [
        "記者在現場看到，工人們正在鋪設步道。",  # a sentence about a reporter
        "（南岭社記者方青禾攝　113年12月3日）",  # a photographer's credit, no 電
    ],
)
def test_no_author_from_these(text):
    assert credits.author_from_lines(lines(text), []) is None


@pytest.mark.parametrize(
    ("name", "site", "source", "kept"),
    [
        ("海港 林木", ("hg.example.com", "海港网"), None, "林木"),  # the site's own name
        ("南岭 方舟", (), "南岭", "方舟"),  # the source the page names
        ("林木 方舟", ("海港网",), None, "林木 方舟"),  # two people, no outlet
        ("海港", ("海港网",), None, "海港"),  # an outlet alone is not turned into a person
    ],
)
def test_outlet_before_the_person_is_dropped(name, site, source, kept):
    assert without_outlet(name, site, source) == kept

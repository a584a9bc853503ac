"""Source and author credits in wordings and layouts none of our page sets has.

Label variants (来源/来自/出处/稿源/本文来源/转自/文章来源), separators (：, |, 丨), values
glued to a time, byline words (作者/文/记者/撰文/采写), and values that name no outlet.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import accounts, credits, source
from snapcrawl.extract.dom import Line


def line(text: str) -> Line:
    return Line(text=text, owner=None, index=0, chars=len(text))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("来自：界面新闻", "界面新闻"),
        ("出处：南方周末", "南方周末"),
        ("稿源：新华网", "新华网"),
        ("本文来源：经济观察报", "经济观察报"),
        ("转自：中国青年报", "中国青年报"),
        ("来源 | 21世纪经济报道", "21世纪经济报道"),
        ("来源丨央视新闻", "央视新闻"),
        ("来源｜每日经济新闻", "每日经济新闻"),
        ("来源：新京报2024-03-05", "新京报"),
        ("来源：第一财经·2024-01-02 08:30", "第一财经"),
        ("2024-03-05 10:21:33来源：中国新闻网", "中国新闻网"),
        ("【来源：红星新闻】", "红星新闻"),
        # what the label says is kept as written, even when it names no outlet
        ("来源：本站原创", "本站原创"),
        ("来源：网络", "网络"),
    ],
)
def test_labeled_source_variants(text, outlet):
    assert source.labeled_source(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "图片来源 | 视觉中国",  # a picture's credit
        "编辑|来源|作者",  # a row of labels
        "来源：财经频道-自媒体综合",  # a portal's channel for its users' posts
        "他来自湖南，今年二十三岁。",
    ],
)
def test_what_is_not_a_source(text):
    assert source.labeled_source(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("作者丨李华", "李华"),
        ("撰文丨周子衡", "周子衡"),
        ("文｜何一舟", "何一舟"),
        ("文/图 陈墨", "陈墨"),
        ("□记者 李华", "李华"),
        ("作者：李华 2024-03-05", "李华"),
        ("作者：李华2024-03-05 10:00", "李华"),
        ("来源：本站原创 作者：检验科党支部", "检验科党支部"),  # a unit, where 作者 names it
    ],
)
def test_author_credit_variants(text, name):
    assert credits.author_from_lines([line(text)], []) == name


@pytest.mark.parametrize(
    "text",
    [
        "作者：网络",
        "作者：佚名",
        "记者从市交通局获悉，新线路将于下月开通。",
        "党支部书记带领大家学习了文件精神。",
    ],
)
def test_what_is_not_an_author(text):
    assert credits.author_from_lines([line(text)], []) is None


def test_the_account_that_posted_a_reprint_is_its_author():
    zone = [line("2024-04-02 · 江南城市观察")]
    assert accounts.posting_account(zone, "市交警支队") == "江南城市观察"
    # the dated line names the outlet credited as the source, or another outlet: no author
    assert accounts.posting_account(zone, "江南城市观察") is None
    assert accounts.posting_account([line("2024-04-02 09:30 江城晚报")], "新华社") is None
    assert accounts.posting_account(zone, None) is None


def test_a_followed_account_on_the_dated_line_is_not_an_outlet():
    head = [line("原创 PixelHarbor 2024-04-02 21:05")]
    follows = [line("PixelHarbor"), line("+关注")]
    assert source.extract_source({}, None, follows, [], head, []) is None
    outlet = [line("原创 江城晚报 2024-04-02 21:05")]
    assert source.extract_source({}, None, [line("江城晚报"), line("关注")], [], outlet, []) == (
        "江城晚报"
    )


def test_a_placeholder_on_an_unlabeled_dated_line_is_no_outlet():
    for name in ("网络", "互联网", "本站"):
        head = [line(f"2024-04-02 09:30 {name}")]
        assert source.extract_source({}, None, [], [], head, []) is None
    head = [line("2024-04-02 09:30 江城晚报")]
    assert source.extract_source({}, None, [], [], head, []) == "江城晚报"

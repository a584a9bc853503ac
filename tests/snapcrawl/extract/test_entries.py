from __future__ import annotations

from snapcrawl.extract.body import select_body
from snapcrawl.extract.dates import find_dates
from snapcrawl.extract.entries import _YEAR_THEN_CLOCK
from snapcrawl.extract.page import read_page

POSTS = [
    [
        "清晨六点，码头上的渔船刚刚靠岸，民宿老板已经开始为客人准备海鲜早餐，院子里满是鱼腥味。",
        "如今，岛上的民宿已经发展到六十多家，旺季时一房难求，外出打工的年轻人也陆续回到了岛上。",
        "当地负责人表示，下一步将严格控制开发强度，守住海岸线和渔村风貌，不让小岛变成大工地。",
    ],
    [
        "周末去了一趟城郊的果园，桃子已经熟透了，果农说今年雨水足，个头比往年大了不少，很甜。",
        "果园门口排起了长队，很多家长带着孩子来体验采摘，一筐桃子二十块钱，价格也算公道合理。",
    ],
    [
        "小区门口新开了一家面馆，老板是山西人，刀削面做得地道，每天中午都要排二十分钟的队。",
        "老板说店里的面都是当天手工做的，卖完就关门，所以下午两点以后基本就吃不上了，可惜。",
    ],
]
STAMPS = ["2005-06-14 03:25:55", "2005-06-13 15:00:14", "2005-06-11 14:05:50"]


def _kept(markup: str) -> list[str]:
    page = read_page(markup)
    return [line.text for line in select_body(page.lines).kept]


def _entry(title: str, stamp: str, paragraphs: list[str], footer: bool = True) -> str:
    tail = f"<p>由作者张贴 @ <a href='/p'>{stamp}</a> 共 3 篇评论</p>" if footer else ""
    return (
        f"<div class='post'><div class='post-title'><span>{title}</span> <span>{stamp}</span>"
        "</div>" + "".join(f"<p>{p}</p>" for p in paragraphs) + tail + "</div>"
    )


def _page(inner: str) -> str:
    nav = "<div class='menu'>" + " ".join(f"<a href='/{i}'>栏目{i}</a>" for i in range(12))
    return f"<html><body>{nav}</div><div class='main'>{inner}</div></body></html>"


def test_blog_front_page_keeps_the_newest_post():
    inner = "".join(
        _entry(f"日记第{i}篇", s, p) for i, (s, p) in enumerate(zip(STAMPS, POSTS, strict=True))
    )
    kept = _kept(_page(inner))
    assert all(p in kept for p in POSTS[0])
    assert not any(p in kept for p in POSTS[1] + POSTS[2])


def test_story_followed_by_dated_comments_keeps_the_story():
    story = "".join(f"<p>{p}</p>" for p in POSTS[0])
    comments = "".join(
        _entry(f"网友{i}", s, p, footer=False)
        for i, (s, p) in enumerate(zip(STAMPS, POSTS[1:] + POSTS[1:2], strict=True))
    )
    kept = _kept(_page(f"<div class='text'>{story}</div>{comments}"))
    assert kept == POSTS[0]


def test_two_dated_parts_are_one_story():
    inner = "".join(
        _entry(f"第{i}节", s, p, footer=False)
        for i, (s, p) in enumerate(zip(STAMPS[:2], POSTS[:2], strict=True))
    )
    kept = _kept(_page(inner))
    assert all(p in kept for post in POSTS[:2] for p in post)


def test_dated_rows_of_a_table_stay_in_the_story():
    rows = "".join(
        f"<tr><td>{s}</td><td>第{i}次会议召开</td></tr>" for i, s in enumerate(STAMPS * 2)
    )
    inner = "".join(f"<p>{p}</p>" for p in POSTS[0]) + f"<table>{rows}</table>"
    assert all(p in _kept(_page(inner)) for p in POSTS[0])


def test_paragraphs_that_mention_dates_are_not_entries():
    paragraphs = [f"{s}，{p}" for s, p in zip(STAMPS * 2, POSTS[0] * 2, strict=True)]
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    assert _kept(_page(inner)) == paragraphs


def test_every_date_with_a_time_passes_the_stamp_gate():
    """``_series`` reads only lines where a year comes before a clock's separator: every
    form ``find_dates`` gives a time of day is one of them."""
    stamps = [
        "2025-02-13 15:50:00",
        "2025年02月13日 15:50",
        "2025/02/13 15:50",
        "2025年2月13日下午3:50",
        "2025年2月13日 星期四 15:50",
        "2025-02-1315:50",
        "2025年2月13日 15时50分",
        "2025年2月13日 15点50分",
        "发布时间 2005/03/15 22:36 by 某人",
        "9/17/2004 5:54:13 AM",
        "06/02/2022 - 13:48",
        "2025-02-13T15:50:00+08:00",
    ]
    for text in stamps:
        assert any(d.has_time for d in find_dates(text)), text
        assert _YEAR_THEN_CLOCK.search(text), text
    assert not _YEAR_THEN_CLOCK.search("15:50 2025年2月13日")  # no time after the year
    assert not any(d.has_time for d in find_dates("15:50 2025年2月13日"))

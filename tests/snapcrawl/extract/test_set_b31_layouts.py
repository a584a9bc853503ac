"""Misses of the unseen-layout set B31 (issue 14: exchanges, statistics and think-tank sites,
boards, answer sites), reduced to their shape with made-up text and wordings other than
the pages':

- a heading left over a box of related links (its links removed), while a subhead over
  the story's own prose stays;
- a citation box (its heading and a reference in the national standard's form, "[J]." or
  "[EB/OL]."), while a sentence naming a journal stays;
- a counter's tile (a short label's cell beside a count's cell), while a figure in a
  sentence or a table's row stays;
- a board's trailer: the station line ("※ 来源: …") and the readers' one-line remarks
  (mark, handle, colon, remark, date and clock);
- a countdown's ticking cells ("距报名结束 03天08时15分") and a strip of counters whose
  counts separate their thousands ("浏览 12,408 次"), while a sentence counting days stays;
- a Unix clock's stamp ("Sun Mar 3 08:05:00 2024") is read as a date, and a header row of a
  label glued to a date ("發表Sun …", "日期2023-07-08 09:15") over the story is no text of it.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.dates import find_dates

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import wharf_markup, wharf_page, wharf_paragraphs

_story = wharf_markup


# --- a heading over removed links --------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='more'><h3>老码头系列</h3><ul><li><a href='/1'>码头旧事之一</a></li>"
        "<li><a href='/2'>码头旧事之二</a></li></ul></div>"
        "<div class='x'>读者服务热线：0571-5550 1234（工作日 8:30-17:30，节假日除外）</div>",
        "<section><h4>同一作者</h4><p><a href='/a'>河畔的桥</a></p>"
        "<p><a href='/b'>老街的树</a></p></section>"
        "<p class='m'>读者来信请寄：河畔晚报编辑部 城市版收 邮编 310000 电话 0571-5550 2345</p>",
    ],
)
def test_a_heading_left_over_removed_links_goes(box: str) -> None:
    kept = wharf_paragraphs(_story(after=box))
    assert kept[: len(STORY)] == tuple(STORY)
    assert not any("老码头系列" in p or "同一作者" in p for p in kept)


def test_a_subhead_over_the_storys_prose_stays() -> None:
    sub = "<h3>居民的担心</h3>"
    kept = wharf_paragraphs(_story(at=2, extra=sub))
    assert "居民的担心" in kept


# --- a citation box ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='cite'><h5>本文引用格式</h5><p>钱澄. 老码头的改造路径[J]. 城市规划评论, "
        "2023(4): 12-19.</p><button>复制</button></div>",
        "<div class='cite'><p>引用此文</p><p>河畔晚报编辑部. 码头改建纪实[EB/OL]"
        "(2023-07-08)[2023-07-09].</p></div>",
    ],
)
def test_a_citation_box_goes(box: str) -> None:
    kept = wharf_paragraphs(_story(after=box))
    assert kept == tuple(STORY)


def test_a_sentence_naming_a_journal_stays() -> None:
    line = "相关研究发表在《城市规划评论》2023年第4期上，作者认为老码头改造应保留驳岸。"
    kept = wharf_paragraphs(_story(at=3, extra=f"<p>{line}</p>"))
    assert line in kept


# --- a counter's tile --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tile",
    [
        "<div class='n'><span>围观</span><b>3,072</b></div>",
        "<div class='n'><em>获赞</em><strong>12万</strong></div>",
    ],
)
def test_a_counters_tile_goes(tile: str) -> None:
    html = (
        "<html><body><main><div class='head'><h1>河畔老码头明年改建滨江步道</h1>"
        f"<div class='board'>{tile}{tile}</div></div><div class='a'>{_story()}</div>"
        "</main></body></html>"
    )
    assert extract_article(html, URL).paragraphs == tuple(STORY)


def test_a_tables_figure_beside_its_label_stays() -> None:
    table = "<table><tr><td>座椅</td><td>120</td></tr><tr><td>路灯</td><td>64</td></tr></table>"
    kept = wharf_paragraphs(_story(at=2, extra=table))
    assert any("120" in p for p in kept)


# --- a board's trailer -------------------------------------------------------------------------


def test_a_boards_station_line_and_remarks_go() -> None:
    trailer = (
        "<div>※ 来源: 江畔社区 bbs.jiangpan.org [FROM: 10.2.3.4]</div>"
        "<div class='r'><span>+ </span><span>harbor88</span><span>: 终于要修了 太好了</span>"
        "<span> 07/08 10:21</span></div>"
        "<div class='r'><span>- </span><span>tide_w</span><span>: 噪音怎么办</span>"
        "<span> 07/08 11:03</span></div>"
    )
    kept = wharf_paragraphs(_story(after=trailer))
    assert kept == tuple(STORY)


def test_a_time_in_the_storys_sentence_stays() -> None:
    line = "工程预计于明年3月开工，工期约10个月，届时将另行发布交通管制公告。"
    kept = wharf_paragraphs(_story(after=f"<p>{line}</p>"))
    assert kept[-1] == line


# --- a countdown and a strip of counters ------------------------------------------------------


@pytest.mark.parametrize(
    "bar",
    [
        "<div class='cd'>距报名结束：<b>03</b>天<b>08</b>时<b>15</b>分</div>",
        "<div class='st'><span>起价 ¥1,200</span><span>浏览 12,408 次</span>"
        "<span>已约 36 人</span><a>提醒我</a></div>",
    ],
)
def test_a_countdown_or_a_counter_strip_goes(bar: str) -> None:
    assert wharf_paragraphs(_story(after=bar)) == tuple(STORY)


def test_a_sentence_counting_days_stays() -> None:
    line = "距离步道开放还有120天，施工方表示将按计划推进，每天工作8小时30分钟左右。"
    kept = wharf_paragraphs(_story(at=2, extra=f"<p>{line}</p>"))
    assert line in kept


# --- a Unix clock's stamp ----------------------------------------------------------------------


def test_a_unix_clock_stamp_is_a_date() -> None:
    (found,) = find_dates("發表 Sun Mar 3 08:05:00 2024")
    assert found.value.strftime("%Y-%m-%d %H:%M") == "2024-03-03 08:05"


def test_a_boards_header_time_is_the_published_time() -> None:
    html = wharf_page(_story(), info="<span>時間</span><span>Tue Jul 11 21:07:33 2023</span>")
    art = extract_article(html, URL)
    assert art.published_at is not None
    assert art.published_at.strftime("%Y-%m-%d %H:%M") == "2023-07-11 21:07"


@pytest.mark.parametrize(
    "row",
    [
        "<div><span>發表</span><span>Sat Jul 8 09:15:02 2023</span></div>",
        "<div><b>日期</b><span>2023-07-08 09:15</span></div>",
    ],
)
def test_a_label_glued_to_a_date_over_the_story_goes(row: str) -> None:
    assert wharf_paragraphs(_story(), before=row) == tuple(STORY)


def test_a_short_dated_sentence_opening_the_story_stays() -> None:
    line = "今年2023年7月8日起，码头暂停对外开放。"
    kept = wharf_paragraphs(_story(at=0, extra=f"<p>{line}</p>"))
    assert kept[0] == line

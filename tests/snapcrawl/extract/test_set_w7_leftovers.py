"""Leftovers of the unseen-layout set W7 (issue 14), reduced to their shape with made-up
text and wordings other than the pages':

- a copyright notice naming, in quotes, the marking its works carry (凡注明“来源：X”的作品…):
  a label and its value in quotes is no one's speech, so the notice is no story's quote;
- a "more from the outlet" line after the story ("更多X报道") over another list's heading;
- a time zone's name inside a stamp ("2024-12-11 HKT 16:48", "16:48 (GMT+8)");
- a caption labelled 图 that says what the picture shows (not a credit naming who made it);
- a labelled outlet in a meta bar of adjacent spans, glued to the next span's button
  ("<span>来源：X</span><span>举报</span>", "…<span>分享到：微信</span>").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.dates import SHANGHAI, date_spans, find_dates, is_date_only
from snapcrawl.extract.noise import is_reported_speech, notice_strength

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL


def _page(info: str = "2023-07-08 09:15", inside: str = "", after: str = "") -> str:
    story = "".join(f"<p>{x}</p>" for x in STORY[:2]) + inside
    story += "".join(f"<p>{x}</p>" for x in STORY[2:])
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE} - 河畔晚报</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城市</a></div>"
        f"<div class='article'><h1>{TITLE}</h1><div class='info'>{info}</div>"
        f"<div class='text'>{story}</div>{after}</div>"
        "<div class='footer'>河畔晚报 版权所有</div></body></html>"
    )


# --- a notice quoting the marking of its works -------------------------------------------

NOTICES = [
    "版权声明：凡注明“来源：河畔晚报·河畔网”的所有作品，版权均属于河畔晚报，未经书面授权，不得转载。",
    "凡本网注明“稿件来源：河畔网”的作品，著作权归本网所有，转载请注明出处。",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_quoting_a_marking_is_a_notice(notice: str) -> None:
    assert not is_reported_speech(notice)
    assert notice_strength(notice) == 2


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_quoting_a_marking_leaves_the_body(notice: str) -> None:
    article = extract_article(_page(after=f"<div class='bq'>{notice}</div>"), URL)
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "他在声明中说：“来源：网络的消息一律不予转载”",  # a colon opening the quote: speech
        "律师表示“这起转载侵权的案件还在审理之中”",  # a clause quoted
    ],
)
def test_quoted_speech_stays_speech(line: str) -> None:
    assert is_reported_speech(line)


# --- "more from the outlet" after the story -----------------------------------------------


@pytest.mark.parametrize("line", ["更多河畔晚报报道", "更多河畔新聞網報導", "》更多精彩资讯"])
def test_a_more_line_after_the_story_goes(line: str) -> None:
    after = (
        f"<div class='promote'>{line}</div>"
        "<div class='related'><h3>延伸阅读</h3><a href='/2'>河畔公园新增两处停车场</a></div>"
    )
    article = extract_article(_page(after=after), URL)
    assert article.paragraphs == tuple(STORY)


def test_a_more_line_inside_the_story_stays() -> None:
    inside = "<h3>更多河畔新闻</h3>"  # a subheading with the story going on under it
    article = extract_article(_page(inside=inside), URL)
    assert "更多河畔新闻" in article.paragraphs


# --- time zones inside stamps --------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "hour", "minute"),
    [
        ("2024-12-11 HKT 16:48", 16, 48),
        ("2024-12-11 16:48 HKT", 16, 48),
        ("2024年12月11日 北京时间 16:48", 16, 48),
        ("2024/12/11 16:48 (GMT+8)", 16, 48),
        ("2024-12-11 UTC 08:48", 16, 48),
        ("2024-12-11 08:48 GMT+05:30", 11, 18),
    ],
)
def test_a_zone_inside_a_stamp_is_read_with_it(stamp: str, hour: int, minute: int) -> None:
    found = find_dates(stamp)[0]
    assert found.has_time
    assert found.value == datetime(2024, 12, 11, hour, minute, tzinfo=SHANGHAI)
    assert is_date_only(stamp, date_spans(stamp))


def test_a_zone_without_a_time_is_not_a_time() -> None:
    found = find_dates("2024-12-11 HKT 天文台发出寒冷天气警告")[0]
    assert not found.has_time


def test_a_stamp_with_its_zone_dates_the_story_and_leaves_the_body() -> None:
    article = extract_article(_page(info="2024-12-11 HKT 16:48"), URL)
    assert article.published_at == datetime(2024, 12, 11, 16, 48, tzinfo=SHANGHAI)
    assert article.paragraphs == tuple(STORY)


# --- a caption labelled 图 ------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption", ["图：滨江步道改建后的效果示意图", "图：居民在老码头石砌驳岸边散步"]
)
def test_a_caption_saying_what_the_picture_shows_stays(caption: str) -> None:
    assert line_kind(caption) is None
    centred = "<p style='text-align:center'>"
    inside = f"{centred}<img src='a.jpg'></p>{centred}{caption}</p>"
    article = extract_article(_page(inside=inside), URL)
    assert article.paragraphs == (*STORY[:2], caption, *STORY[2:])


@pytest.mark.parametrize(
    "credit",
    [
        "图：林一",
        "图：视觉中国",
        "图：河畔晚报记者 林一",
        "图：受访者家属提供的照片",
        "图：河畔日报图片中心",
    ],
)
def test_a_picture_credit_labelled_tu_is_still_one(credit: str) -> None:
    assert line_kind(credit) == "picture_credit"


# --- a labelled outlet in a meta bar of spans ------------------------------------------------


@pytest.mark.parametrize(
    "button",
    [
        "<span class='report'><a href='#'>举报</a></span>",
        "<span>分享到：<a>微信</a><a>微博</a></span>",
    ],
)
def test_a_labelled_outlet_ends_with_its_span(button: str) -> None:
    info = f"<span>2023-07-08 09:15</span><span>来源：河畔日报</span>{button}"
    article = extract_article(_page(info=info), URL)
    assert article.source == "河畔日报"


def test_a_labelled_outlet_across_two_spans_is_read_whole() -> None:
    info = "<span>2023-07-08 09:15</span><span>来源：</span><span>河畔日报</span>"
    article = extract_article(_page(info=info), URL)
    assert article.source == "河畔日报"

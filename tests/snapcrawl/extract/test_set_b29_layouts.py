"""Misses of the unseen-layout set B29 (issue 14), reduced to their shape with made-up text
and wordings other than the pages':

- a service's box in the story (a quote card, a course's price, a clinic's booking): its
  pitch and labels go with the button that asks the reader to act;
- a widget's strip of readings (short inline cells side by side, glued into one line);
- a text-message subscription offered at the story's end;
- a digest's greeting with the day's date, weekday and lunar date;
- a reviewer's or reporter's "我们第一时间…" opening the story is no takedown notice;
- an event's date in a card ("开幕时间：…") is no publication time;
and of set B29b:
- a dateline whose fields middle dots part; an outlet's appeal for news tips; a card of
  short fields beside one picture; a table row of the page's own fields; a strip of
  readings beside an empty progress bar; a reading-progress header, a version switch, a
  typo hotkey and a countdown; an appeal to follow the outlet on a social network.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.noise import dated_outlet

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import wharf_page, wharf_paragraphs

_page = wharf_page
_paragraphs = wharf_paragraphs


def _between(extra: str, at: int = 2) -> str:
    parts = [f"<p>{x}</p>" for x in STORY]
    parts.insert(at, extra)
    return "".join(parts)


# --- a service's box -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='ins'><p>河畔车险报价</p><p>最低可省30%</p><a href='/q'>马上询价</a></div>",
        "<div class='course'><h4>考研冲刺班</h4><p>限时特惠 ¥299</p>"
        "<a class='btn' href='/sign'>立即报名</a></div>",
        "<div class='goods'><img src='/g.png'><p>河畔牌保温杯 500ml</p>"
        "<a href='/b'>拼多多 ¥59 去抢购</a></div>",
        "<div class='clinic'><p>河畔医院骨科门诊</p><p>周一至周五 专家坐诊</p>"
        "<p><a href='/r'>预约挂号</a> <a href='/d'>查看医生</a></p></div>",
        "<div class='card'><span>河畔壹号院</span><span>均价：2.1万/㎡</span>"
        "<a href='/h'>领取优惠</a></div>",
    ],
)
def test_a_service_box_in_the_story_goes_with_its_button(box: str) -> None:
    assert _paragraphs(_between(box)) == tuple(STORY)


def test_a_box_with_a_sentence_in_it_is_the_storys() -> None:
    said = "附近居民可以登录区政府网站查看改建方案的全部图纸，并在月底前提出意见。"
    box = f"<div class='note'><p>{said}</p><p><a href='/plan'>查看方案</a></p></div>"
    assert said in _paragraphs(_between(box))


def test_a_short_heading_with_a_link_between_paragraphs_stays() -> None:
    heading = "<p>河畔<a href='/p/wharf'>老码头</a>的前世今生</p>"
    kept = _paragraphs(_between(heading))
    assert "河畔老码头的前世今生" in kept


# --- a widget's strip of readings ------------------------------------------------------------


@pytest.mark.parametrize(
    "strip",
    [
        "<div class='idx'><span>河畔指数</span><span>3051.2</span><span>+0.8%</span>"
        "<a href='/hq'>行情</a></div>",
        "<div class='aqi'><span>空气质量</span><b>良</b><span>AQI 68</span>"
        "<span>PM2.5 35</span></div>",
    ],
)
def test_a_widgets_strip_of_readings_goes(strip: str) -> None:
    assert _paragraphs(_between(strip, at=0)) == tuple(STORY)


def test_a_paragraph_of_emphasised_figures_stays() -> None:
    line = "<div class='fig'>全长<b>1.2</b>公里，设<b>12</b>处座椅和<b>3</b>个观景台</div>"
    assert "全长1.2公里，设12处座椅和3个观景台" in _paragraphs(_between(line))


# --- a text-message subscription ----------------------------------------------------------------


def test_a_text_message_subscription_at_the_end_goes() -> None:
    story = _between("<p>定制河畔路况短信，回复“LK”发送到106581234</p>", at=len(STORY))
    assert _paragraphs(story) == tuple(STORY)


def test_a_story_sentence_about_sending_a_text_stays() -> None:
    said = "市民也可以编辑短信，写明问题和地址，发送至12345反映，工作人员会在三天内答复。"
    assert said in _paragraphs(_between(f"<p>{said}</p>"))


# --- a digest's greeting with the day's date ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "各位读者，晚上好！今天是9月3日，星期二。",
        "周一好～今天是2024年9月2日 星期一 农历七月三十",
        "今天是2024年4月4日，星期四，农历二月廿六，清明节。",
    ],
)
def test_a_digests_greeting_with_the_date_is_chrome(line: str) -> None:
    assert line_kind(line) == "ui"


def test_a_sentence_naming_the_weekday_is_the_storys() -> None:
    assert line_kind("今天是星期六，但广场上依然人头攒动，不少市民带着孩子前来。") is None


# --- "我们第一时间…" -------------------------------------------------------------------------


def test_a_reporters_at_once_opening_the_story_stays() -> None:
    lead = "接到居民反映后，我们第一时间赶到老码头，看到工人正在拆除旧栏杆。"
    story = f"<p>{lead}</p>" + "".join(f"<p>{x}</p>" for x in STORY)
    assert _paragraphs(story)[0] == lead


def test_a_takedown_notice_acting_at_once_still_goes() -> None:
    notice = "<p>如本站内容涉及版权问题，请联系我们，我们将第一时间予以删除。</p>"
    assert _paragraphs(_between(notice, at=len(STORY))) == tuple(STORY)


# --- an event's date in a card -----------------------------------------------------------------


def test_an_events_date_in_a_card_is_no_publication_time() -> None:
    card = "<div class='event'><p>河畔灯光节</p><p>开幕时间：2023-08-01 19:30</p></div>"
    art = extract_article(_page(_between("", 0), before=card), URL)
    assert art.published_at is not None
    assert art.published_at.replace(tzinfo=None) == datetime(2023, 7, 8, 9, 15)


# --- set B29b's misses, by kind ------------------------------------------------------------


def test_a_dateline_parted_by_middle_dots_names_its_outlet() -> None:
    assert dated_outlet("河畔晚报 • 2023-07-08 09:15 • 记者 周舟") == "河畔晚报"


@pytest.mark.parametrize(
    "line",
    [
        "身边有烦心事？请拨打河畔晚报新闻热线，或在河畔晚报APP报料，我们帮您解决。",
        "有新聞線索？歡迎電郵至本報報料信箱",
    ],
)
def test_an_outlets_appeal_for_news_tips_is_a_promo(line: str) -> None:
    assert line_kind(line) == "promo"


def test_a_polices_appeal_for_witnesses_is_the_storys() -> None:
    assert line_kind("警方请知情者拨打110提供线索，对提供有效线索者给予奖励。") is None


@pytest.mark.parametrize(
    "card",
    [
        "<div class='lawyer'><img src='/a.jpg'><p>王小河</p><p>河畔律师事务所 合伙人</p>"
        "<p>执业领域：婚姻家事、劳动争议</p></div>",
        "<div class='mp'><img src='/mp.png'><span>公众号</span><p>河畔生活</p>"
        "<p>本地吃喝玩乐指南</p></div>",
    ],
)
def test_a_card_of_short_fields_beside_one_picture_goes(card: str) -> None:
    assert _paragraphs(_between(card)) == tuple(STORY)


def test_a_pictures_caption_stays() -> None:
    figure = "<div class='pic'><img src='/x.jpg'><p>改建后的滨江步道效果图</p></div>"
    assert "改建后的滨江步道效果图" in _paragraphs(_between(figure))


def test_a_row_of_the_pages_own_fields_goes() -> None:
    row = (
        "<table class='q'><tr><td>提问人：河畔网友</td><td>提问时间：2023-07-01 20:15</td>"
        "<td>点击：88</td></tr></table>"
    )
    assert _paragraphs(_between(row)) == tuple(STORY)


def test_a_strip_of_readings_beside_an_empty_bar_goes() -> None:
    strip = (
        "<div class='fund'><div class='bar'><i></i></div><span>已募 8.2万</span>"
        "<span>目标 10万</span><span>860人参与</span><a href='/s'>我要支持</a></div>"
    )
    assert _paragraphs(_between(strip)) == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "当前阅读进度：42%",
        "电脑版 | 手机版",
        "如发现错误，请选中后按 Ctrl + Enter 告知我们",
        "距中考还有 45 天",
    ],
)
def test_a_pages_widget_phrase_is_ui(line: str) -> None:
    assert line_kind(line) == "ui"


def test_a_sentence_counting_the_days_is_the_storys() -> None:
    assert line_kind("距离开园还有30天，工人们正在加紧铺设步道。") is None


def test_an_appeal_to_follow_the_outlets_social_page_at_the_end_goes() -> None:
    promo = "<p>追蹤河畔新聞Instagram，掌握最新動態</p>"
    assert _paragraphs(_between(promo, at=len(STORY))) == tuple(STORY)

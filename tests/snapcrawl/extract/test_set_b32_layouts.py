"""Misses of the unseen-layout sets B32 and B32b (issue 14: county media centres, bureaus'
notices, Q&A and guide sites, fundraisers, reader-letter columns), reduced to their shape
with made-up text and wordings other than the pages':

- a line past the story's last sentence that shares no pair of characters with the story
  (a signature's field, a run of fields with no clause), while a trailing field that names
  what the story named, a notice's own telephone line and a signature over its date stay;
- a line framed by rules past the story ("~ 本栏目今天就到这里 ~"), while a framed section
  head between paragraphs stays;
- the outlet's call for tips ("报料热线：… 投稿信箱：…");
- a health page's "cannot replace a doctor's visit" note, a printed piece's note of where it
  ran first, and an editor's note on letters ("本刊有权删节");
- a record's grid over a notice (label cells beside value cells), a strip of glued fields
  and a box of counters over the story, while a subhead and a lead over it stay;
- a product's release date (发行日期) in a card is not the page's date;
- a data table's row keeps its dated cell;
- a writer's card with no label past the story (the byline's name alone, a line about
  them), while a card naming no one the byline named stays.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL
from .conftest import (
    wharf_extra,
    wharf_head_extra,
    wharf_markup,
    wharf_page,
    wharf_paragraphs,
    wharf_tail_extra,
)

# --- a line past the story that shares nothing with it -----------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "<div class='sig'>个性签名：山高水长自有时</div>",
        "<div class='state'>受理状态：已答复 评价：非常满意 承办单位：窗口科</div>",
    ],
)
def test_a_field_past_the_story_sharing_nothing_with_it_goes(after: str) -> None:
    assert wharf_tail_extra(after) == []


@pytest.mark.parametrize(
    "after",
    [
        "<div class='x'>工程地点：河畔区老码头</div>",  # names what the story named
        "<p>咨询电话：0571-5550 6789</p>",  # a notice's own line
        "<p>河畔区建设局</p><p>2023年7月8日</p>",  # a signature over its date
    ],
)
def test_a_close_of_the_storys_own_stays(after: str) -> None:
    assert wharf_tail_extra(after)


def test_a_signature_named_as_the_site_stays_over_its_date() -> None:
    text = "".join(f"<p>{p}</p>" for p in STORY) + "<p>河畔区建设局</p><p>2023年7月8日</p>"
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_河畔区建设局</title>"
        "<meta property='og:site_name' content='河畔区建设局'></head><body>"
        f"<div class='article'><h1>{TITLE}</h1><div class='info'>2023-07-08 09:15</div>"
        f"<div class='text'>{text}</div></div><div class='footer'>版权所有</div></body></html>"
    )
    assert wharf_extra(extract_article(page, URL).paragraphs) == ["河畔区建设局", "2023年7月8日"]


# --- a framed line past the story --------------------------------------------------------------


@pytest.mark.parametrize(
    "after",
    ["<div class='e'>~ 本栏目今天就到这里 ~</div>", "<p>—— 以上是本期全部内容 ——</p>"],
)
def test_a_framed_line_past_the_story_goes(after: str) -> None:
    assert wharf_tail_extra(after) == []


def test_a_framed_section_head_between_paragraphs_stays() -> None:
    kept = wharf_paragraphs(wharf_markup(at=2, extra="<p>— 二 —</p>"))
    assert "— 二 —" in kept


# --- the outlet's call for tips, notes on the text -------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "<div class='t'>报料热线：0571-5550 8899　投稿信箱：tips@hepan.example.cn</div>",
        "<p>爆料微信：hepan_news2023</p>",
    ],
)
def test_the_outlets_call_for_tips_goes(after: str) -> None:
    assert wharf_tail_extra(after) == []


@pytest.mark.parametrize(
    "after",
    [
        "<div class='w'>友情提示：本文所述方法因人而异，不能替代面诊。</div>",
        "<p class='o'>本文原载《河畔文艺》2023年第3期，有删节</p>",
    ],
)
def test_a_note_on_the_text_past_the_story_goes(after: str) -> None:
    assert wharf_tail_extra(after) == []


def test_an_editors_note_on_letters_over_the_story_goes() -> None:
    box = (
        "<div class='intro'>【码头记忆】栏目欢迎读者来稿，来稿请注明真实姓名，本刊有权删节。</div>"
    )
    assert wharf_extra(wharf_paragraphs(wharf_markup(at=0, extra=box))) == []


# --- cards over the story ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<table class='gk'><tr><td>发文机关：</td><td>河畔区建设局</td><td>成文日期：</td>"
        "<td>2023年7月6日</td></tr><tr><td>主题词：</td><td>城建</td><td>公开方式：</td>"
        "<td>主动公开</td></tr></table>",
        "<div class='facts'><span>适合人群：亲子</span><span>游玩时长：半天</span>"
        "<span>门票价格：免费</span></div>",
        "<div class='cnt'><p>已报名 326人</p><p>剩余名额 74个</p></div>",
    ],
)
def test_a_card_over_the_story_goes(box: str) -> None:
    assert wharf_head_extra(box) == []


@pytest.mark.parametrize("box", ["<h3>改建方案</h3>", "<p>导读：老码头将变身滨江步道</p>"])
def test_a_subhead_or_a_lead_over_the_story_stays(box: str) -> None:
    assert wharf_head_extra(box)


# --- dates in cards and tables -----------------------------------------------------------------


def test_a_release_date_in_a_card_is_not_the_pages() -> None:
    card = "<ul class='card'><li>出品方：河畔影业</li><li>发行日期：2023-06-01</li></ul>"
    page = wharf_page(wharf_markup(at=0, extra=card))
    published = extract_article(page, URL).published_at
    assert published is not None
    assert published.strftime("%Y-%m-%d") == "2023-07-08"


def test_a_data_tables_dated_cell_stays() -> None:
    table = (
        "<table><tr><th>观测时间</th><th>水位(米)</th><th>流量</th></tr>"
        "<tr><td>2023-07-06 14:20</td><td>3.2</td><td>1200</td></tr></table>"
    )
    kept = wharf_paragraphs(wharf_markup(at=1, extra=table))
    assert "2023-07-06 14:20" in kept
    assert "3.2" in kept


# --- a writer's card with no label -------------------------------------------------------------

_CARD = (
    "<div class='about'><span>林晚舟</span><p>城市观察者，写过许多关于老街旧巷的随笔。</p></div>"
)


def test_a_card_of_the_bylines_writer_past_the_story_goes() -> None:
    kept = wharf_paragraphs(wharf_markup(after=_CARD), info="文：林晚舟　2023-07-08 09:15")
    assert wharf_extra(kept) == []


def test_a_card_of_no_writer_the_byline_names_stays() -> None:
    kept = wharf_paragraphs(wharf_markup(after=_CARD), info="2023-07-08 09:15")
    assert "城市观察者，写过许多关于老街旧巷的随笔。" in kept

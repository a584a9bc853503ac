"""Misses of the unseen-layout set B30 (issue 14: pages of institutions, trade media, apps
and forums), reduced to their shape with made-up text and wordings other than the pages':

- a widget's box after the story's last prose (a contact block, a platform list, a sign-up
  counter, a service centre's links, a map's address by its empty canvas, a short question
  over its button, a card's heading over its fields), while a sign-off line, a signature
  over its date, a captioned picture and a list's items after the prose stay;
- a form's box (a field to type into, with its heading, labels and hint), but never the
  meta line a field stands in;
- a landmark role naming furniture (toolbar, dialog, a short clickable label);
- a bar over the headline (an app's name) inside the container;
- a meta line whose counter separates its thousands ("浏览人次：3,481");
- an institution's own news naming it with a story's 公益 (公益诉讼, 公益活动) is no notice;
  a health page's "no substitute for a doctor" line is one.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL
from .conftest import wharf_markup, wharf_page, wharf_paragraphs

_story = wharf_markup


# --- a widget's box after the last prose -------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='contact'><h5>采访联络</h5><p>市场部 乔岩</p><p>手机：139 0000 1111</p></div>",
        "<div class='apps'><p>在这些地方也能听到</p>"
        "<a href='/a'>荔枝</a> <a href='/b'>蜻蜓FM</a></div>",
        "<div class='enroll'><p>名额紧张</p><p>已约 37 / 共 40</p><a href='/e'>马上预约</a></div>",
        "<div class='hall'><img src='/h.png'><p>市民服务大厅</p><p>办事指南 · 进度查询</p></div>",
        "<div class='loc' data-x='1'><div class='canvas'></div>"
        "<p>河畔码头游客中心 · 一键导航</p></div>",
        "<div class='q'><p>想了解更多航线？</p>"
        "<p><a href='/ask'>问问客服</a>已有905人咨询</p></div>",
        "<div class='facts'><h3>出行须知</h3><ul><li><span>码头</span>东二号</li>"
        "<li><span>船票</span>30元</li><li><span>班次</span>每日4班</li></ul></div>",
    ],
)
def test_a_widget_box_after_the_story_goes(box: str) -> None:
    assert wharf_paragraphs(_story(after=box)) == tuple(STORY)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("<p>以上班次以码头公告为准</p>", ["以上班次以码头公告为准"]),
        (
            "<div class='sig'><p>河畔区港航管理局</p><p>2023年7月8日</p></div>",
            ["河畔区港航管理局", "2023年7月8日"],
        ),
        (
            "<figure><img src='/w.jpg'><figcaption>新码头的候船厅</figcaption></figure>",
            ["新码头的候船厅"],
        ),
        ("<ul><li>东码头</li><li>西码头</li></ul>", ["东码头", "西码头"]),
    ],
)
def test_a_sign_off_a_signature_a_caption_or_a_list_after_the_story_stays(
    tail: str, kept: list[str]
) -> None:
    assert wharf_paragraphs(_story(after=tail))[-len(kept) :] == tuple(kept)


# --- a form's box ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "<div class='lookup'><h4>船票订单查询</h4>"
        "<input placeholder='订单号'><button>查</button></div>",
        "<div class='mail'><p>留下邮箱，每周收到航运简报</p><input type='email'></div>",
        "<div class='msg'><label>您的称呼</label><input>"
        "<label>留言</label><textarea></textarea></div>",
    ],
)
def test_a_form_box_goes_with_its_fields(form: str) -> None:
    assert wharf_paragraphs(_story(at=2, extra=form)) == tuple(STORY)


def test_a_meta_line_holding_a_field_is_no_form_box() -> None:
    info = "2023-07-08 09:15 <input type='text' name='q'>"
    art = extract_article(wharf_page(_story(), info=info), URL)
    assert art.published_at is not None
    assert art.published_at.day == 8
    assert art.paragraphs == tuple(STORY)


# --- landmarks, the bar over the headline, a grouped count ------------------------------------


@pytest.mark.parametrize(
    "widget",
    [
        "<div role='toolbar'><span>河畔码头</span> <span>航运</span> <span>滨江</span></div>",
        "<div role='dialog'><p>码头夜游季</p><p>周末船票第二张半价</p></div>",
        "<span role='button'>点我收听</span>",
    ],
)
def test_a_furniture_role_goes_as_its_tag_would(widget: str) -> None:
    assert wharf_paragraphs(_story(at=1, extra=widget)) == tuple(STORY)


def test_a_role_on_prose_keeps_it() -> None:
    prose = f"<div role='toolbar'><p>{STORY[1]}</p><p>{STORY[2]}</p></div>"
    parts = [f"<p>{STORY[0]}</p>", prose, *(f"<p>{x}</p>" for x in STORY[3:])]
    assert wharf_paragraphs("".join(parts)) == tuple(STORY)


def test_an_app_bar_over_the_headline_is_no_story() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>x</title></head><body><div class='app'>"
        "<div class='bar'>河畔云</div>"
        f"<h1>{TITLE}</h1><div class='info'>2023-07-08 09:15</div>{_story()}</div></body></html>"
    )
    assert extract_article(page, URL).paragraphs == tuple(STORY)


def test_a_lead_over_the_headline_stays() -> None:
    lead = "河畔码头今天恢复通航，首班船载客两百余人。"
    page = (
        "<html><head><meta charset='utf-8'><title>x</title></head><body><div class='app'>"
        f"<p>{lead}</p><h1>{TITLE}</h1>{_story()}</div></body></html>"
    )
    assert extract_article(page, URL).paragraphs[0] == lead


def test_a_meta_line_with_a_grouped_count_is_no_story() -> None:
    info = "发布日期：2023-07-08 09:15　承办科室：办公室　浏览人次：3,481"
    assert wharf_paragraphs(_story(), info=info) == tuple(STORY)


# --- what is a notice ------------------------------------------------------------------------


def test_an_institution_naming_itself_with_a_storys_public_interest_stays() -> None:
    first = "日前，河畔晚报发起的码头公益活动落下帷幕，三百名志愿者参与清理岸线。"
    body = wharf_paragraphs(_story(at=0, extra=f"<p>{first}</p>"))
    assert body[0] == first


def test_a_health_pages_no_substitute_for_a_doctor_line_goes() -> None:
    line = "（本文为健康知识分享，不能替代医嘱，身体不适请到医院就诊）"
    assert wharf_paragraphs(_story(after=f"<p>{line}</p>")) == tuple(STORY)


# --- set B30b's misses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    ["本帖最后由 码头老李 于 2023-7-8 21:03 编辑", "最后编辑于 2023/07/08 21:03"],
)
def test_a_forums_last_edit_note_is_no_story(note: str) -> None:
    assert wharf_paragraphs(_story(at=0, extra=f"<p>{note}</p>")) == tuple(STORY)


def test_a_story_saying_who_edited_last_stays() -> None:
    line = "这份规划最后由区建设部门于去年底修改定稿，并向社会公示了一个月。"
    assert line in wharf_paragraphs(_story(at=2, extra=f"<p>{line}</p>"))


def test_a_machine_read_audio_note_goes() -> None:
    line = "（本文语音由AI朗读生成，仅供收听参考）"
    assert wharf_paragraphs(_story(after=f"<p>{line}</p>")) == tuple(STORY)


def test_a_heading_over_a_wall_of_logos_goes() -> None:
    wall = (
        "<div class='sponsors'><p>特别鸣谢</p><div class='row'>"
        "<img src='/1.png'><img src='/2.png'><img src='/3.png'></div></div>"
    )
    assert wharf_paragraphs(_story(after=wall)) == tuple(STORY)

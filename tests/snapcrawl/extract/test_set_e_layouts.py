"""Misses of the unseen-layout set E (issue 14), reduced to their shape with made-up text
and wordings other than the pages':

- a gallery's slides or a paged article's pages hidden by style among like siblings (same
  tag, same class) of which one is shown: the script shows them in turn, they are the
  story's; a hidden box of its own (a paywall) or a hidden copy of the shown one still goes;
- an appeal to subscribe to the outlet's newsletter or e-paper (订阅X电子报，…直送邮箱);
- a bar of the page's own fields, buttons beside a tag list ("文章纠错 | 关键字：A B").
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_promo, is_ui_line, line_kind

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL


def _page(story: str, after: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE} - 河畔晚报</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城市</a></div>"
        f"<div class='article'><h1>{TITLE}</h1><div class='info'>2023-07-08 09:15</div>"
        f"<div class='text'>{story}</div>{after}</div>"
        "<div class='footer'>河畔晚报 版权所有</div></body></html>"
    )


HIDDEN = ["style='display:none'", "style='display: none;'", "hidden"]


# --- slides and pages hidden among like siblings ----------------------------------------


@pytest.mark.parametrize("hide", HIDDEN)
def test_hidden_slides_of_a_gallery_stay(hide: str) -> None:
    slides = "".join(
        f"<li class='slide'{'' if i == 0 else ' ' + hide}><img src='{i}.jpg'><p>{x}</p></li>"
        for i, x in enumerate(STORY[1:3])
    )
    story = f"<p>{STORY[0]}</p><ul class='pics'>{slides}</ul><p>{STORY[3]}</p>"
    assert extract_article(_page(story), URL).paragraphs == tuple(STORY)


@pytest.mark.parametrize("hide", HIDDEN)
def test_a_hidden_second_page_of_the_story_stays(hide: str) -> None:
    story = (
        f"<section class='page-part'><p>{STORY[0]}</p><p>{STORY[1]}</p></section>"
        f"<section class='page-part' {hide}><p>{STORY[2]}</p><p>{STORY[3]}</p></section>"
        "<div class='pager'><a>1</a><a>2</a></div>"
    )
    assert extract_article(_page(story), URL).paragraphs == tuple(STORY)


def test_a_hidden_box_of_its_own_still_goes() -> None:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    after = (
        "<div class='wall' style='display:none'><p>本文为付费内容，开通会员后可阅读全文。</p></div>"
        "<div class='tip'>河畔晚报版权所有</div>"
    )
    paragraphs = extract_article(_page(story, after), URL).paragraphs
    assert paragraphs == tuple(STORY)


def test_a_hidden_copy_of_the_shown_part_still_goes() -> None:
    shown = "".join(f"<p>{x}</p>" for x in STORY)
    story = f"<div class='part'>{shown}</div><div class='part' style='display:none'>{shown}</div>"
    assert extract_article(_page(story), URL).paragraphs == tuple(STORY)


def test_a_hidden_slide_without_prose_still_goes() -> None:
    story = (
        f"<div class='tab'><p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p>"
        f"<p>{STORY[3]}</p></div><div class='tab' style='display:none'>"
        "<a href='/1'>河畔公园新增两处停车场</a></div>"
    )
    assert extract_article(_page(story), URL).paragraphs == tuple(STORY)


# --- a newsletter's appeal ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "订阅河畔晚报电子报，每日新闻直送你的邮箱",
        "立即订阅Newsletter，一周要闻不错过",
        "訂閱河畔電子報，每日精選直送郵箱",
    ],
)
def test_a_newsletter_appeal_is_a_promo(line: str) -> None:
    assert is_promo(line)


@pytest.mark.parametrize(
    "line",
    [
        "市民可将申报材料发送至区建设部门的邮箱。",
        "记者打开邮箱发现，这封邮件来自一家并不存在的公司。",
    ],
)
def test_a_story_sentence_about_a_mailbox_is_not_a_promo(line: str) -> None:
    assert not is_promo(line)
    assert line_kind(line) is None


def test_a_newsletter_appeal_after_the_story_goes() -> None:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    after = "<div class='nl'>订阅河畔晚报电子报，每日新闻直送你的邮箱</div>"
    assert extract_article(_page(story, after), URL).paragraphs == tuple(STORY)


# --- buttons and tags in one bar ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["文章纠错 | 关键字：码头 步道", "打印 ｜ 标签：滨江 改建", "我要纠错 | 收藏 | 关键词：河畔"],
)
def test_a_bar_of_buttons_and_tags_is_ui(line: str) -> None:
    assert is_ui_line(line)


@pytest.mark.parametrize("line", ["北京 | 上海", "价格 | 3999元", "处理器 | 第三代芯片"])
def test_a_bar_of_data_is_not_ui(line: str) -> None:
    assert not is_ui_line(line)


def test_a_bar_of_buttons_and_tags_leaves_the_body() -> None:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    after = "<div class='bq'>文章纠错 | 关键字：码头 步道 改建</div>"
    assert extract_article(_page(story, after), URL).paragraphs == tuple(STORY)


# --- leftovers of earlier sets, by kind ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "閱讀時間 8 分鐘",
        "河畔記者 王小明發自台北2024-12-06閱讀時間 8 分鐘",  # a meta bar's spans run together
        "本帖在河畔论坛有 88 条讨论，点击查看。",
        "该话题有 1,024 条评论",
        "已有 35 条讨论，点此参与",
    ],
)
def test_a_reading_time_or_the_pages_talk_counted_is_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line",
    [
        "這座鐘樓的時鐘已走了一百年。",
        "本次听证会共收到 300 条意见，多数表示支持。",
        "网友在该话题下留下了上千条讨论，多数表示支持。",
        "目前，该平台上已有 12 条讨论涉及退款问题，记者逐一进行了核实。",
    ],
)
def test_a_story_sentence_with_a_clock_or_a_count_of_talk_stays(line: str) -> None:
    assert line_kind(line) is None

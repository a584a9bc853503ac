"""Misses of the unseen-layout set B28 (issue 14), reduced to their shape with made-up text
and wordings other than the pages':

- a live blog: its control row (state, head count, order toggles), each entry's bare clock
  time and its host's credit (主持人：X);
- a poll or vote box in the story: a group of choice inputs with its question and counter;
- an embedded post's head: the poster's @handle with its badge glued on;
- a meta line over the story opening on the date and clock time, then the outlet and a
  byline in forms no label reader knows ("X報記者 Y／Z報導", "文/X 图/Y");
- a gallery's counter in brackets glued before each caption ("（2/5）…").
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.dated_line import opens_on_stamp
from snapcrawl.extract.gallery_captions import without_gallery_counter
from snapcrawl.extract.noise import is_list_item

from .conftest import KITCHEN_STORY, wharf_page, wharf_paragraphs
from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL

_page = wharf_page
_paragraphs = wharf_paragraphs


# --- a live blog ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "<span>直播中</span><span>8.7万人看过</span><a>刷新</a><span>倒序</span>",
        "<span>直播中</span> <span>3万人看过</span> <a>自动刷新</a> | <a>正序</a>",
    ],
)
def test_a_live_pages_control_row_goes(row: str) -> None:
    story = f"<p>{STORY[0]}</p><div class='live-bar'>{row}</div>"
    story += "".join(f"<p>{x}</p>" for x in STORY[1:])
    assert _paragraphs(story) == tuple(STORY)


def test_a_live_blogs_entry_times_and_host_credits_go() -> None:
    entries = "".join(
        f"<div class='item'><div class='t'>{t}</div><div class='who'>主持人：河畔晚报</div>"
        f"<p>{x}</p></div>"
        for t, x in zip(("16:05", "15:40", "9:12", "08:30:15"), STORY, strict=True)
    )
    assert _paragraphs(entries) == tuple(STORY)


@pytest.mark.parametrize("line", ["11:20", "7:05", "23:59:01"])
def test_a_bare_clock_is_a_stamp(line: str) -> None:
    assert is_list_item(line)


@pytest.mark.parametrize("line", ["上午11:20", "11:20开幕", "1:2", "11:205"])
def test_a_time_with_words_is_no_stamp(line: str) -> None:
    assert not is_list_item(line)


@pytest.mark.parametrize("line", ["主持人：江小舟", "主持人：河畔融媒体中心"])
def test_a_hosts_credit_is_a_credit(line: str) -> None:
    assert line_kind(line) == "credit"


def test_a_hosts_words_in_a_transcript_stay() -> None:
    assert line_kind("主持人：欢迎收看本期节目，今天我们聊聊老码头的故事。") is None


# --- a poll box ----------------------------------------------------------------------------


def _poll(name: str = " name='v1'") -> str:
    return (
        "<div class='survey'><h4>老码头改建，你最期待什么？</h4><ul>"
        f"<li><input type='radio'{name}>亲水平台</li><li><input type='radio'{name}>夜景灯光</li>"
        f"<li><input type='radio'{name}>咖啡小店</li></ul><button>提交</button>"
        "<span>共218票</span></div>"
    )


@pytest.mark.parametrize("name", [" name='v1'", ""])
def test_a_poll_box_in_the_story_goes(name: str) -> None:
    story = f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{_poll(name)}<p>{STORY[2]}</p><p>{STORY[3]}</p>"
    assert _paragraphs(story) == tuple(STORY)


def test_check_boxes_of_a_multiple_choice_vote_go_too() -> None:
    box = (
        "<form class='vote'><p>你会去哪些地方打卡？（多选）</p>"
        "<label><input type='checkbox' name='c'>步道</label>"
        "<label><input type='checkbox' name='c'>驳岸</label><input type='submit' value='投票'>"
        "</form>"
    )
    story = (
        "".join(f"<p>{x}</p>" for x in STORY[:2]) + box + "".join(f"<p>{x}</p>" for x in STORY[2:])
    )
    assert _paragraphs(story) == tuple(STORY)


def test_a_page_wrapped_in_one_form_keeps_its_story() -> None:
    """One ``<form>`` round the whole page (an old ASP.NET site): its search box's radio
    buttons and the story share the form, which is no poll's box."""
    story = "".join(f"<p>{x}</p>" for x in KITCHEN_STORY)
    html = (
        "<html><head><title>河畔社区开起共享厨房</title></head><body><form id='form1'>"
        "<div class='search'><input type='radio' name='t' checked>标题"
        "<input type='radio' name='t'>全文<input type='text'></div>"
        f"<h1>河畔社区开起共享厨房</h1><div class='text'>{story}</div></form></body></html>"
    )
    assert extract_article(html, URL).paragraphs == tuple(KITCHEN_STORY)


def test_a_single_check_box_is_no_poll() -> None:
    story = f"<p>{STORY[0]}</p><p><label><input type='checkbox'>我已阅读</label></p>" + "".join(
        f"<p>{x}</p>" for x in STORY[1:]
    )
    # a lone check box is not a group of choices: nothing is dropped for it
    assert _paragraphs(story) == (STORY[0], "我已阅读", *STORY[1:])


# --- an embedded post's head -----------------------------------------------------------------


def test_an_embedded_posts_handle_and_badge_go() -> None:
    card = (
        "<blockquote class='wb'><div><span>@河畔发布</span><span>政务账号</span></div>"
        f"<div class='wb-text'>{STORY[1]}</div></blockquote>"
    )
    story = f"<p>{STORY[0]}</p>{card}<p>{STORY[2]}</p><p>{STORY[3]}</p>"
    assert _paragraphs(story) == tuple(STORY)


def test_a_sentence_opening_on_a_handle_stays() -> None:
    line = "@河畔发布 提醒：步道施工期间，请市民绕行江堤路。"
    story = f"<p>{STORY[0]}</p><p>{line}</p>" + "".join(f"<p>{x}</p>" for x in STORY[1:])
    assert line in _paragraphs(story)


# --- a meta line opening on the time ---------------------------------------------------------


@pytest.mark.parametrize(
    "info",
    [
        "2023/07/08 09:15　河畔時報記者 林語晴／高雄報導",
        "2023-07-08 09:15　河畔观察　文/江小舟　图/受访者提供",
        "2023-07-08 09:15｜河畔週刊｜文／林語晴　攝影／周全",
        "2023年7月8日 09:15 河畔晚报 撰文 江小舟",
    ],
)
def test_a_meta_line_opening_on_the_time_goes(info: str) -> None:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    html = _page(story, info="", before=f"<p class='byline'>{info}</p>")
    assert extract_article(html, URL).paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "2023-07-08 09:15，河畔区召开老码头改建听证会。",
        "2023年7月8日9时15分 听证会开始",
        "老码头 2023-07-08 09:15",
    ],
)
def test_a_line_that_says_something_is_no_meta_line(line: str) -> None:
    assert not opens_on_stamp(line)


def test_a_stamp_opened_line_after_the_story_began_stays() -> None:
    line = "2023-07-08 09:15 第二批施工围挡进场 江堤路临时封闭"
    story = "".join(f"<p>{x}</p>" for x in STORY[:2]) + f"<p>{line}</p>"
    story += "".join(f"<p>{x}</p>" for x in STORY[2:])
    assert line in _paragraphs(story)


# --- a gallery's bracketed counter -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("（2/5）清晨的江面上，渔船陆续归港。", "清晨的江面上，渔船陆续归港。"),
        ("(3/5) 7月8日，游客在步道上拍照留念。", "7月8日，游客在步道上拍照留念。"),
    ],
)
def test_a_bracketed_counter_before_a_caption_goes(line: str, caption: str) -> None:
    assert without_gallery_counter(line) == caption


@pytest.mark.parametrize(
    "line",
    ["（6/5）渔船陆续归港，江面热闹起来。", "（2/5）归港", "（1/1）渔船陆续归港，江面热闹起来。"],
)
def test_a_bracketed_figure_that_counts_no_pictures_stays(line: str) -> None:
    assert without_gallery_counter(line) == line


# --- set B28b's misses -----------------------------------------------------------------------
# - a post's appeal to like or share it, and the line naming the app it comes from;
# - what clicking a widget does (a chart's legend, a map), a chart loading, a link to a
#   series' other reports, a match's scoreboard, a platform's badge by the follow button;
# - readers' acts counted beside their button ("已有N人X");
# - a widget's hint heads no list section: the box of story after it stays;
# - a pull quote repeating the story's words in a <blockquote>.


@pytest.mark.parametrize(
    "line",
    [
        "看完觉得有收获，记得点赞、转发，让更多人看到。",
        "喜欢这期节目的话，欢迎收藏和分享",
        "别忘了把这篇文章分享给身边的好友",
        "本文来自河畔晚报客户端",
        "（内容来自河畔新闻APP）",
    ],
)
def test_a_posts_appeal_about_itself_is_a_promo(line: str) -> None:
    assert line_kind(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "这段视频在网上获得了上万次点赞和转发。",
        "她说：“记得点赞、转发，帮帮我们村的橙子。”",
        "本文来自河畔区档案馆提供的资料",
    ],
)
def test_a_story_about_likes_and_shares_stays(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "点击图表可查看详细数据",
        "点击地图即可导航",
        "图表加载中…",
        "【河畔晚报·老街故事】第五期 查看专栏全部文章",
        "河畔队 3 : 0 江北队 完场",
        "河畔小记优质文化领域创作者关注",
        "献一束花 已有318人祈福",
    ],
)
def test_widget_text_is_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line",
    [
        "点击首页的“办事”栏目，选择“社保查询”即可。",
        "比赛第80分钟，河畔队3:0领先，江北队已无力回天。",
        "他是一名优质内容创作者。",
        "如何成为优质创作者",
        "点击按钮进入设置页面",
        "已有318人报名参加。",
    ],
)
def test_story_lines_with_widget_words_stay(line: str) -> None:
    assert line_kind(line) is None


def test_a_widget_hint_heads_no_list_of_story() -> None:
    story = (
        "".join(f"<p>{x}</p>" for x in STORY)
        + "<div class='chart'><p>点击图例可切换年份</p></div>"
        + "<div class='box'><p>【小知识】</p><p>滨江步道：免费开放</p>"
        + f"<p>{KITCHEN_STORY[0]}</p></div>"
    )
    assert _paragraphs(story) == (*STORY, "【小知识】", "滨江步道：免费开放", KITCHEN_STORY[0])


def test_a_pull_quote_repeating_the_story_goes() -> None:
    quote = "噪音会影响生活作息"
    story = (
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p><blockquote class='pq'>“{quote}”</blockquote>"
        f"<p>{STORY[2]}</p><p>{STORY[3]}</p>"
    )
    assert _paragraphs(story) == tuple(STORY)


def test_a_quote_of_its_own_in_a_blockquote_stays() -> None:
    quote = "“老码头是我们这代人的记忆，改好了我们天天来走走。”"
    story = f"<p>{STORY[0]}</p><blockquote>{quote}</blockquote>" + "".join(
        f"<p>{x}</p>" for x in STORY[1:]
    )
    assert quote in _paragraphs(story)

"""Misses of the unseen-layout sets B33 and B33b (issue 14: app share pages, club match
reports, science pages, newsletters' web copies), reduced to their shape with made-up text
and wordings other than the pages':

- a short line in a box of its own past the story's last sentence that shares no pair of
  characters with the story (an app's "see more in the app" fold), while a caption, a
  writer's sign-off (set flush right, or saying where it was written) and a closing line
  naming what the story named stay;
- a name in quotes closing the page ("本页已收入“X”") ends no sentence, so a badge of that
  shape past the story is judged as a stranger too, while a quoted sentence or someone's
  quoted words closing the story stay;
- on a page that sets its paragraphs in <div>s, a close set like them stays, while a fold
  with a link in it goes;
- a score line, a dotted strip of facts and a box of a workout's figures (a distance, a time
  taken, a pace) over the story, while a lead over it stays;
- an appeal to forward the post opened by the reader's liking it ("觉得有帮助？分享给…"),
  while a story's sentence of someone who liked a thing and passed it on stays;
- a mailed letter's note of why the reader got it;
- an issue number beside the date names no outlet;
- a table past the story holding a counter's cell (a forum's rating table) goes whole,
  while a table of the story's data stays;
- a strip of three or more glued fields in a box of its own past the story goes even when
  it names what the story named.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import (
    wharf_extra,
    wharf_head_extra,
    wharf_markup,
    wharf_page,
    wharf_paragraphs,
    wharf_tail_extra,
)


@pytest.mark.parametrize(
    "after",
    [
        "<div class='more'><span>完整视频请到应用里观看</span><a>马上前往</a></div>",
        "<div class='fold'>下载应用解锁高清原图</div>",
        "<section><span>本页已收入“城市记忆栏目”</span></section>",
    ],
)
def test_a_boxed_line_past_the_story_sharing_nothing_with_it_goes(after: str) -> None:
    assert wharf_tail_extra(after) == []


@pytest.mark.parametrize(
    "after",
    [
        "<figure><img src='/a.jpg'><figcaption>清晨的江面上渔船归港</figcaption></figure>",
        "<div class='pic-note'>图为游客在江边散步</div>",
        "<div class='close'>滨江步道效果图</div>",
        "<div align='right'>阿宁 二〇二三年夏</div>",
        "<div class='sign'>老林 记于河畔灯下</div>",
        "<p>居民老周说：“等步道修好了，我天天来江边走走。”</p>",
    ],
)
def test_a_caption_or_a_close_of_the_storys_own_stays(after: str) -> None:
    assert wharf_tail_extra(after)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='score'><span>河畔联队</span><b>3 : 0</b><span>江北竞技</span></div>",
        "<p class='facts'>第12轮 · 河畔体育场 · 上座 9,412人</p>",
        "<div class='facts'>首演 | 河畔大剧院 | 时长 120分钟</div>",
        "<div class='ride'><div><b>64.5</b>公里</div><div><b>3:12:40</b>骑行时长</div>"
        "<div><b>1'58\"</b>每公里</div></div>",
    ],
)
def test_a_match_strip_over_the_story_goes(box: str) -> None:
    assert wharf_head_extra(box) == []


def test_a_lead_over_the_story_stays() -> None:
    box = "<p class='lead'>老码头改建后，滨江步道将连通上下游两座公园，市民可以沿江步行。</p>"
    assert wharf_head_extra(box)


@pytest.mark.parametrize(
    "after",
    [
        "<p>觉得有帮助？分享给你身边的同学吧。</p>",
        "<p>如果你觉得不错，记得点赞、收藏。</p>",
        "<p>您收到此郵件，是因為您訂閱了河畔週報。</p>",
        "<div>你之所以收到这封电子报，是因为你曾在河畔网留下邮箱。</div>",
    ],
)
def test_a_forward_appeal_or_a_letters_mail_note_goes(after: str) -> None:
    assert wharf_tail_extra(after) == []


def test_a_story_sentence_of_someone_passing_a_thing_on_stays() -> None:
    line = "一位居民觉得有用，转发给了同学，不少人因此前来参观。"
    assert wharf_tail_extra(f"<p>{line}</p>") == [line]


def test_an_issue_number_beside_the_date_names_no_outlet() -> None:
    page = wharf_page(wharf_markup(), info="<span>总第2231期</span>　<span>2023-07-08 09:15</span>")
    art = extract_article(page, URL)
    assert art.source is None or "期" not in art.source
    assert art.published_at is not None


_RATING_TABLE = (
    "<table class='rate'><tr><th>参与人数 4</th><th>积分 +12</th><th>贡献 +3</th></tr>"
    "<tr><td>河边的风</td><td>+3</td><td>说得好！</td></tr>"
    "<tr><td>老街坊</td><td>+2</td><td>支持</td></tr></table>"
)


def test_a_table_past_the_story_with_a_counter_cell_goes() -> None:
    assert wharf_tail_extra(_RATING_TABLE) == []


def test_a_data_table_past_the_story_stays() -> None:
    table = (
        "<table><tr><th>路段</th><th>长度</th></tr>"
        "<tr><td>北段</td><td>0.5公里</td></tr><tr><td>南段</td><td>0.7公里</td></tr></table>"
    )
    assert wharf_tail_extra(table)


def test_a_boxed_strip_of_fields_past_the_story_goes() -> None:
    strip = "<div class='rec'><span>受理编号：A0931</span><span>回访评价：满意</span>"
    strip += "<span>承办部门：河畔区建设部门</span></div>"
    assert wharf_tail_extra(strip) == []


def test_quoted_words_closing_the_story_stay() -> None:
    line = "一位老船工看着图纸说：“盼了好些年”"
    assert wharf_tail_extra(f"<p>{line}</p>") == [line]


def _div_story(after: str) -> list[str]:
    """The wharf story set in <div>s, as some sites set every paragraph, then ``after``."""
    text = "".join(f"<div>{p}</div>" for p in STORY) + after
    return wharf_extra(wharf_paragraphs(text))


def test_a_div_sites_close_without_a_stop_stays() -> None:
    line = "江风吹过的傍晚总让人想起旧时光"
    assert _div_story(f"<div>{line}</div>") == [line]


def test_a_div_sites_fold_with_a_link_goes() -> None:
    assert _div_story("<div><span>高清视频仅在应用内播放</span><a href='/app'>前往</a></div>") == []


def test_a_code_blocks_lines_past_the_story_stay() -> None:
    # a tutorial closes on a config sample, not a sentence: its lines are the writer's own
    sample = '<pre><code>[remote]\nname = "更换为你的账号"\nport = 8080</code></pre>'
    assert wharf_tail_extra(sample) == ["[remote]", 'name = "更换为你的账号"', "port = 8080"]

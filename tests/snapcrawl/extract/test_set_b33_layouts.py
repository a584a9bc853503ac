"""Misses of the unseen-layout sets B33 and B33b (issue 14: app share pages, club match
reports, science pages, newsletters' web copies), reduced to their shape with made-up text
and wordings other than the pages':

- a short line in a box of its own past the story's last sentence that shares no pair of
  characters with the story (an app's "see more in the app" fold), while a caption, a
  writer's sign-off (set flush right, or saying where it was written) and a closing line
  naming what the story named stay;
- a name in quotes closing the page ("本页已收入“X”") ends no sentence, so a badge of that
  shape past the story is judged as a stranger too, while a quoted sentence closing the
  story stays;
- a score line and a dotted strip of facts over the story, while a lead over it stays;
- an appeal to forward the post opened by the reader's liking it ("觉得有帮助？分享给…"),
  while a story's sentence of someone who liked a thing and passed it on stays;
- a mailed letter's note of why the reader got it;
- an issue number beside the date names no outlet.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL
from .conftest import wharf_markup, wharf_page, wharf_paragraphs


def _extra(paragraphs: tuple[str, ...]) -> list[str]:
    return [p for p in paragraphs if p not in STORY]


def _tail(after: str) -> list[str]:
    kept = wharf_paragraphs(wharf_markup(after=after))
    assert kept[: len(STORY)] == tuple(STORY)
    return _extra(kept)


def _head_page(box: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_河畔网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城市</a></div>"
        f"<div class='article'><h1>{TITLE}</h1>"
        "<div class='info'>发布时间：2023-07-08 09:15　来源：河畔晚报</div>"
        f"{box}{text}</div><div class='footer'>河畔网 版权所有</div></body></html>"
    )


def _head(box: str) -> list[str]:
    kept = extract_article(_head_page(box), URL).paragraphs
    assert kept[-len(STORY) :] == tuple(STORY)
    return _extra(kept)


@pytest.mark.parametrize(
    "after",
    [
        "<div class='more'><span>完整视频请到应用里观看</span><a>马上前往</a></div>",
        "<div class='fold'>下载应用解锁高清原图</div>",
        "<section><span>本页已收入“城市记忆栏目”</span></section>",
    ],
)
def test_a_boxed_line_past_the_story_sharing_nothing_with_it_goes(after: str) -> None:
    assert _tail(after) == []


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
    assert _tail(after)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='score'><span>河畔联队</span><b>3 : 0</b><span>江北竞技</span></div>",
        "<p class='facts'>第12轮 · 河畔体育场 · 上座 9,412人</p>",
        "<div class='facts'>首演 | 河畔大剧院 | 时长 120分钟</div>",
    ],
)
def test_a_match_strip_over_the_story_goes(box: str) -> None:
    assert _head(box) == []


def test_a_lead_over_the_story_stays() -> None:
    box = "<p class='lead'>老码头改建后，滨江步道将连通上下游两座公园，市民可以沿江步行。</p>"
    assert _head(box)


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
    assert _tail(after) == []


def test_a_story_sentence_of_someone_passing_a_thing_on_stays() -> None:
    line = "一位居民觉得有用，转发给了同学，不少人因此前来参观。"
    assert _tail(f"<p>{line}</p>") == [line]


def test_an_issue_number_beside_the_date_names_no_outlet() -> None:
    page = wharf_page(wharf_markup(), info="<span>总第2231期</span>　<span>2023-07-08 09:15</span>")
    art = extract_article(page, URL)
    assert art.source is None or "期" not in art.source
    assert art.published_at is not None

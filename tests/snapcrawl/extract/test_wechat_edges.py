"""Kinds found by a validation pass on saved WeChat articles from outside the project
(issue 14, 2026-12-05), each tested on wordings and pages of our own (a story about a
library's night hours; the accounts, outlets and people are invented):

- the platform's own name as the site name ("微信公众平台" in ``og:site_name``) is no outlet;
- a 来源 line in the block of credits under a standfirst (文｜X / 编辑｜Y / 来源｜Z) is the
  story's outlet, though the block stands after the story's first paragraph;
- end-of-article appeals: star the account (设为星标), join the account's chat group
  (长按加X微信，拉你进群。), and the line a "发送消息：" promo announces;
- a related list's heading ("往年回顾") left after its links were dropped.

Near misses are a story's own sentences with the same words, which must stay.
"""

from __future__ import annotations

import html

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_promo
from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.outlet_tags import site_outlet

STORY = [
    "市图书馆宣布，自下月起周五和周六的闭馆时间推迟到晚上十点，自习区全部开放。",
    "馆方表示，延长开放后每周将多出六个小时的服务时间，借还书机也会同步运行。",
    "夜间开放期间，二楼的少儿阅览区照常在晚上八点关闭，其余楼层不受影响。",
    "不少备考的学生说，晚上的自习座位一直很紧张，这次调整能缓解排队的问题。",
    "馆方提醒读者，夜间入馆需要刷读者证，离馆时请带走个人物品。",
    "下一步，图书馆计划在地铁站附近增设两处自助借还点，方便夜间归还图书。",
]


def wechat_page(paragraphs: list[str], *, site: str = "微信公众平台") -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        "<html><head><title>图书馆周末延长开放时间</title>"
        '<meta property="og:title" content="图书馆周末延长开放时间">'
        f'<meta property="og:site_name" content="{site}">'
        '<meta name="author" content="林小书"></head><body>'
        "<div id='img-content'><h1 id='activity-name'>图书馆周末延长开放时间</h1>"
        "<div id='meta_content'><span>林小书</span> <a id='js_name'>城市书房</a></div>"
        f"<div id='js_content' style='visibility: hidden;'>{body}</div></div></body></html>"
    )


def body_lines(paragraphs: list[str]) -> list[str]:
    return extract_article(wechat_page(paragraphs)).body.split("\n")


@pytest.mark.parametrize(
    ("site", "outlet"),
    [
        ("微信公众平台", None),
        ("示例号平台", None),
        ("海港電視臺", "海港電視臺"),
        ("海港电视台", "海港电视台"),
        ("示例晚报", "示例晚报"),
    ],
)
def test_a_platform_as_site_name_is_no_outlet(site: str, outlet: str | None) -> None:
    assert site_outlet({"og:site_name": site}) == outlet


def test_a_wechat_article_gets_no_outlet_from_the_platform() -> None:
    article = extract_article(wechat_page(STORY))
    assert article.source is None
    assert article.body.split("\n") == STORY


@pytest.mark.parametrize(
    ("credits", "outlet"),
    [
        (["文｜林小书", "编辑｜周一", "来源｜海港周刊（ID：haigang-weekly）"], "海港周刊"),
        (["作者：林小书", "来源：滨江日报", "责编：周一"], "滨江日报"),
        (["来源丨示例晚报", "编辑丨周一"], "示例晚报"),
    ],
)
def test_a_credit_block_under_the_standfirst_names_the_outlet(
    credits: list[str], outlet: str
) -> None:
    paragraphs = [STORY[0], *credits, *STORY[1:]]
    article = extract_article(wechat_page(paragraphs))
    assert article.source == outlet
    assert not any(line in article.body for line in credits)


def test_a_picture_credit_inside_the_story_names_no_outlet() -> None:
    """Near miss: "来源：X" beside a photographer's credit is the picture's."""
    paragraphs = [*STORY[:3], "摄影：王林", "来源：滨江日报", *STORY[3:]]
    assert extract_article(wechat_page(paragraphs)).source is None


@pytest.mark.parametrize(
    "tail",
    [
        ["如果不想错过推送，请将本公众号设为星标，看完记得点个在看！"],
        ["长按图片加小书微信，拉你进读者交流群，群里每周有共读活动。"],
        ["扫码添加编辑微信，备注“读书”，带你进共读群。"],
        ["关注公众号，发送消息：", "书单，领取馆员整理的年度推荐书目，还有电子版借阅指南。"],
        ["往年回顾"],
    ],
)
def test_appeals_at_a_wechat_articles_end_leave_the_body(tail: list[str]) -> None:
    assert body_lines([*STORY, *tail]) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "记者添加客服微信后，对方称可以拉你进群领取补贴，随后要求先交押金。",
        "馆员说，不少读者把图书馆的公众号设为星标，是为了第一时间抢到讲座名额。",
        "市民可关注图书馆公众号预约座位。",
    ],
)
def test_story_sentences_with_the_same_words_stay(sentence: str) -> None:
    assert not is_promo(sentence)
    paragraphs = [*STORY[:3], sentence, *STORY[3:]]
    assert body_lines(paragraphs) == paragraphs


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Luna小鹿", "Luna小鹿"),  # a pen name: Latin and Chinese
        ("林小书", "林小书"),
        ("读者服务App客户端专区", None),  # near miss: a phrase, not a name
    ],
)
def test_a_pen_name_mixing_latin_and_chinese_is_a_name(value: str, name: str | None) -> None:
    assert clean_name(value) == name


def test_a_shared_articles_author_from_its_tags() -> None:
    page = wechat_page(STORY).replace("林小书", "Luna小鹿")
    assert extract_article(page).author == "Luna小鹿"


@pytest.mark.parametrize(
    "card",
    ["以下文章来源于读书小站 ，作者Luna小鹿", "以下文章来源于Night Owl Club\n，作者林小书"],
)
def test_a_reposts_card_and_the_note_above_it_leave_the_body(card: str) -> None:
    """A repost opens with the reposter's note, then the shared article's card."""
    note = ["编者荐语：", "这篇文章写出了很多夜读者的心声，推荐给大家，周末去图书馆坐坐吧。"]
    assert body_lines([*note, card, *STORY]) == STORY


def test_a_sentence_about_where_a_text_came_from_stays() -> None:
    """Near misses: a story's sentence opening with 以下, and the card's first words
    without its author, are no card."""
    for sentence in (
        "以下内容来自馆方公布的调查问卷，共有两千多名读者参与了填写。",
        "以下文章来源于读者来信",
    ):
        paragraphs = [*STORY[:3], sentence, *STORY[3:]]
        assert body_lines(paragraphs) == paragraphs

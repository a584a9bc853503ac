"""Shapes seen on a random sample of real saved pages (issue 14, set R18: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up outlets, people and wordings other than the set pages':

- a self-media post opening by asking the reader to press its follow button ("看正文之前，
  麻烦您点一下「关注」…"): a promo, not the story's first paragraph;
- an audio reader's label naming the machine that reads ("AI朗读：") alone over the story;
- a Taiwan byline's report word after a space ("記者 X 報導") read in its simplified form:
  the name alone is the author;
- a meta bar whose source span is followed by the view counter's eye icon and count
  ("<span>来源: X</span><img>5120"): the outlet is X, not X5120;
- a platform's account card under the heading, the name and then its badge ("X X官方Y号"):
  the account is the post's outlet when the page's script only names the platform's channel.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.post_appeals import is_post_appeal

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-hillside.cn/life/2024/0611/8830.html"
STORY = [
    "山脚下的老茶园今年春天换了新主人，三位从城里回来的年轻人把荒了十年的茶垄重新理了出来。",
    "他们请村里的老茶农教炒茶，头一锅炒糊了，第二锅才有了像样的香气，邻居们都来尝了尝。",
    "到了五月，这批春茶通过网店卖到了外地，带动附近十几户人家一起把自家的茶园收拾起来。",
]


def _page(body: str, *, info: str = "2024-06-11 09:20 来源：山城晚报") -> str:
    title = "荒了十年的茶园又飘茶香"
    return site_article(body, title=title, site="山城生活网", section=("/life/", "生活"), info=info)


FOLLOW_ASKS = (
    "看正文之前，麻烦您点一下「关注」，方便以后第一时间看到新内容，谢谢大家的支持！",
    "在开始阅读之前，劳烦您点击右上角关注，既能参与讨论，也能收到更多好故事，感谢陪伴。",
    '开篇前请您戳一下"关注"，我们每天都会带来新的故事。',
)


def test_ask_to_press_the_follow_button_is_an_appeal() -> None:
    for ask in FOLLOW_ASKS:
        assert is_post_appeal(ask), ask


def test_following_someone_in_the_story_is_no_appeal() -> None:
    for sentence in (
        "不少读者看完报道后点击关注了这家茶园的账号，粉丝一天涨了两千。",
        "她说：“请大家点击关注，一起帮帮这些茶农。”",
        "老茶农请年轻人点击关注天气预报，提前做好防霜准备。",
    ):
        assert not is_post_appeal(sentence), sentence


def test_follow_ask_opening_a_post_is_no_paragraph() -> None:
    article = extract_article(_page(_paras([FOLLOW_ASKS[0], *STORY])), URL)
    assert "关注" not in article.body
    assert article.paragraphs[0] == STORY[0]


def test_machine_reader_label_is_ui() -> None:
    for label in ("AI朗读：", "人工智能朗读", "智能播报："):
        assert line_kind(label) == "ui", label
    assert line_kind("人工智能") is None
    assert line_kind("人工智能朗读大赛今天开赛") is None


def test_machine_reader_label_over_the_story_is_no_paragraph() -> None:
    for label in ("人工智能朗读：", "智能播报："):
        article = extract_article(_page(_paras([label, *STORY])), URL)
        assert label not in article.body
        assert article.paragraphs[0] == STORY[0]


def test_report_word_after_a_taiwan_byline_is_no_part_of_the_name() -> None:
    page = _page(
        _paras(STORY),
        info="記者 <a href='/search?q=x'>柯雅婷</a> 報導<br>發佈時間：2024/06/11 09:20",
    )
    article = extract_article(page, URL)
    assert article.author == "柯雅婷"


def test_view_counter_after_the_source_span_is_no_part_of_the_outlet() -> None:
    info = (
        "<span class='d'>2024-06-11</span><span class='s'>来源: 山城晚报</span>"
        "<span class='v'><img src='/eye.png' alt='views'>5120</span>"
        "<span class='sh'>分享到:</span><img src='/wx.png' alt=''>"
    )
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source == "山城晚报"


def test_account_card_badge_names_the_outlet_over_the_platforms_channel() -> None:
    title = "荒了十年的茶园又飘茶香"
    page = (
        f"<html><head><title>{title}</title></head><body>"
        "<div class='crumb'>晨光号·茶话 &gt;</div>"
        f"<div class='article'><h1>{title}</h1>"
        "<div class='card'><a href='/u/501'><span class='name'>山居手记</span>"
        "<span>山居手记官方晨光号</span></a></div>"
        "<div class='time'>2024-06-11 09:20</div>"
        f"<div class='content'>{_paras(STORY)}</div></div>"
        '<script>window.__DATA__ = {"contId": 8830, "name": "' + title + '", '
        '"author": "山居手记", "source": "晨光新闻·晨光号·茶话"};</script>'
        "</body></html>"
    )
    article = extract_article(page, URL)
    assert article.source == "山居手记"


def _card(card_class: str, bio: str) -> str:
    return (
        f"<section class='{card_class}'><div class='card-body'>"
        "<a href='/author/mountain'><img src='/a.png' alt=''><div class='name'>山野周刊</div></a>"
        f"<p class='card-text'>{bio}</p><button type='button'>追蹤</button></div></section>"
    )


BIO = "山野周刊是一本关注乡村生活的杂志，二十年来走访了上千个村庄，记录那里的人和他们的手艺。"


def test_author_cards_line_over_the_story_is_no_paragraph() -> None:
    for card_class in ("authors-wrapper", "author-box card", "writer-info"):
        article = extract_article(_page(_card(card_class, BIO) + _paras(STORY)), URL)
        assert BIO not in article.body, card_class
        assert article.paragraphs[0] == STORY[0]


def test_a_long_box_called_a_card_is_no_card() -> None:
    # a box holding the story's own paragraphs is no author card, whatever its class says
    article = extract_article(_page(f"<div class='author-wrapper'>{_paras(STORY)}</div>"), URL)
    assert article.paragraphs[0] == STORY[0]

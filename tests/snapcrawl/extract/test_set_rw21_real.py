"""Shapes seen on a random sample of real saved pages (issue 14, set R21: pages drawn by
seed from a public web-archive repository's news folder), reduced to their form with
made-up outlets, people and wordings other than the set pages':

- a blog theme's meta bar over the post, its fields joined by separators: the date, the
  category, the post's length ("共 N字"), the type-size switch ("字号 大 中 小") and the
  comment count's "none yet" ("暂无评论", "抢沙发"): a stamp, not the story's first line;
- a repost note with the poster's name before the verb and a colon after the site
  ("X转载自Y网："), the story on the lines after it: the site is the source, the line goes;
- a desk's filing note marked as the author in the page's data ("政治中心／綜合報導"): a desk
  signs, no writer;
- a portal's JSON-LD naming itself as publisher in its local name ("Hoohaa奇摩新聞") while
  its og:site_name is English ("Hoohaa News"), the partner outlet as provider: the partner
  is the story's source;
- a term's pop-up card saved inside the paragraph that holds the term (its title, a
  definition, "看更多" and its own close button "關閉"): not the story; the sentence around
  the term stays;
- a bare date shown by the heading ("2021年4月6日") with the page's JSON-LD time days
  later: the day shown is the publication day (the markup's is the system's last save);
  on the same day the markup lends its clock.
"""

from __future__ import annotations

import json

from snapcrawl.extract import extract_article
from snapcrawl.extract.counted_stamp import is_counted_stamp
from snapcrawl.extract.repost_lines import repost_source

URL = "https://www.example-riverbank.cn/news/2024/0513/5521.html"
STORY = [
    "河湾小学的操场边新修了一条三百米的步道，放学后常有家长带着孩子在这里散步。",
    "步道两边种了二十多种本地花草，每块小牌子上都写着植物的名字和花期，孩子们很爱认。",
    "学校说，下一步打算请附近的园艺师傅来给高年级学生上几堂种植课，让他们自己照看花圃。",
]


def _page(body: str, *, head: str = "", info: str = "") -> str:
    title = "河湾小学操场边多了一条花草步道"
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<div class='post'><h2>{title}</h2>{info}"
        f"<div class='entry'>{body}</div></div>"
        "<div class='footer'>Copyright © 河湾社区网 保留所有权利</div></body></html>"
    )


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


THEME_BARS = (
    "2019年05月13日 ⁄ 校园动态 ⁄ 共 1630字 ⁄ 字号 小 中 大 ⁄ 暂无评论",
    "2022-11-02 | 社区生活 | 字号 大 中 小 | 抢沙发",
    "2020/3/8 / 随笔 / 共 820 字 / 没有评论",
)


def test_theme_meta_bar_is_a_stamp() -> None:
    for bar in THEME_BARS:
        assert is_counted_stamp(bar), bar


def test_sentence_with_a_date_is_no_stamp() -> None:
    for sentence in (
        "2019年05月13日，校园开放日上家长们把字号放大了看展板。",
        "2022-11-02 社区生活馆开门迎客，居民们排队参观新装修的阅览室和活动室",
    ):
        assert not is_counted_stamp(sentence), sentence


def test_theme_meta_bar_over_the_post_leaves_the_body() -> None:
    info = (
        "<div class='postmeta'><span>2019年05月13日</span> <span>⁄ <a href='/c/1'>校园动态</a>"
        "</span> <span>⁄ 共 1630字</span> <span>⁄ 字号 <a>小</a> <a>中</a> <a>大</a></span>"
        " <span>⁄ 暂无评论</span></div>"
    )
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert "字号" not in article.body
    assert "暂无评论" not in article.body
    assert article.body.split("\n")[0] == STORY[0]


def test_repost_note_with_the_posters_name() -> None:
    assert repost_source("周晓岚转载自河湾社区网：") == ("河湾社区网", "")
    assert repost_source("陈大勇转自南岭晚报：") == ("南岭晚报", "")


def test_a_sentence_is_no_repost_note() -> None:
    for sentence in (
        "周晓岚转自外地的学校，第一天上课有些紧张：",
        "他转自南岭：",
        "陈大勇说他是转自南岭晚报的稿件，但没有写明作者。",
    ):
        assert repost_source(sentence) is None, sentence


def test_repost_note_over_the_story_gives_the_source() -> None:
    body = _paras(["周晓岚转载自河湾社区网：", *STORY])
    article = extract_article(_page(body), URL)
    assert "转载自" not in article.body
    assert article.body.split("\n")[0] == STORY[0]
    assert article.source == "河湾社区网"


def _ld(author: str, publisher: str, provider: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "河湾小学操场边多了一条花草步道",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": publisher},
        "provider": {"@type": "Organization", "name": provider},
    }
    return (
        "<meta property='og:site_name' content='Hoohaa News'>"
        f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
    )


def test_desk_filing_note_in_the_data_is_no_author() -> None:
    head = _ld("政治中心／綜合報導", "Hoohaa奇摩新聞", "南岭晚报")
    article = extract_article(_page(_paras(STORY), head=head), URL)
    assert article.author is None


def test_person_in_the_data_stays_the_author() -> None:
    head = _ld("林文昌", "Hoohaa奇摩新聞", "南岭晚报")
    article = extract_article(_page(_paras(STORY), head=head), URL)
    assert article.author == "林文昌"


def test_provider_is_the_source_when_the_publisher_is_the_host() -> None:
    head = _ld("林文昌", "Hoohaa奇摩新聞", "南岭晚报")
    article = extract_article(_page(_paras(STORY), head=head), URL)
    assert article.source == "南岭晚报"


def _popup_page(close: str) -> str:
    card = (
        "<div class='term'><span class='word'>步道</span>"
        "<div class='term-card'><p class='term-title'>步道小知识</p>"
        "<div class='term-text'><p>常见的解释有：</p><ul><li>供行人散步、健身使用的专用道路</li>"
        "<li>公园或校园中铺设的游览小路</li></ul><p>资料来源：河湾社区规划手册</p></div>"
        f"<div class='more'>看更多</div><div class='close'>{close}</div></div>"
        "<span>两边种了二十多种本地花草，每块小牌子上都写着植物的名字和花期，孩子们很爱认。</span>"
        "</div>"
    )
    more = (
        "学校还在步道尽头放了几张长椅，老人们傍晚常坐在那里聊天，看孩子们在花圃边跑来跑去。",
        "附近居民说，以前这块空地堆满了建筑垃圾，下雨天满是泥水，现在变成了大家都愿意来走走的地方。",
    )
    return _page(f"<p>{STORY[0]}</p>{card}<p>{STORY[2]}</p>" + _paras(list(more)))


def test_term_card_with_its_close_button_leaves_the_body() -> None:
    for close in ("关闭", "關閉", "×"):
        article = extract_article(_popup_page(close), URL)
        assert "步道小知识" not in article.body, close
        assert "供行人散步、健身使用的专用道路" not in article.body, close
        assert "公园或校园中铺设的游览小路" not in article.body, close
        assert "两边种了二十多种本地花草" in article.body, close
        assert STORY[2] in article.body.split("\n"), close


def test_closing_words_in_the_story_are_the_storys() -> None:
    body = _paras([STORY[0], "施工期间步道一度关闭。", "关闭", STORY[2]])
    article = extract_article(_page(body), URL)
    assert "施工期间步道一度关闭。" in article.body


def test_publisher_alone_is_read_as_before() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "河湾小学操场边多了一条花草步道",
        "publisher": {"@type": "Organization", "name": "Hoohaa奇摩新聞"},
    }
    head = (
        "<meta property='og:site_name' content='Hoohaa News'>"
        f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
    )
    article = extract_article(_page(_paras(STORY), head=head), URL)
    assert article.source == "Hoohaa奇摩新聞"


def _dated_page(shown: str, marked: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Article", "datePublished": marked}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    title = "河湾小学操场边多了一条花草步道"
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<div class='post'><div class='kind'>社区专题</div><div class='day'>{shown}</div>"
        f"<h1>{title}</h1><div class='entry'>{_paras(STORY)}</div></div>"
        "<div class='footer'>Copyright © 河湾社区网 保留所有权利</div></body></html>"
    )


def test_day_shown_by_the_heading_beats_a_later_markup_time() -> None:
    article = extract_article(_dated_page("2021年4月6日", "2021-04-12T08:15:00"), URL)
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == "2021-04-06"


def test_markup_time_on_the_day_shown_keeps_its_clock() -> None:
    article = extract_article(_dated_page("2021年4月6日", "2021-04-06T08:15:00"), URL)
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d %H:%M") == "2021-04-06 08:15"

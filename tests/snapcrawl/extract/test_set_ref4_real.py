"""Real stories refused as list pages (issue 14, session 40, h-ref4), found by running the
extractor on the webpage_archive pool (transTerminus/webpage_archive commit f987f5e, raw/):

- an old gallery page ("高清图") whose story is one caption of two whole sentences under
  its headline, the headline set in a styled ``<div>``, not a heading element; no date on
  the page, a few short lines beside the channel's links: refused as a brief
  (not_article: a few lines beside lists, undated, no heading over two sentences). A
  plain line over the block that is the headline part of ``<title>`` whole is that heading
  (classify.titled_line). Tested on a reduced copy
  (tests/fixtures/extract/real_ref4/chinanews_hd_caption_under_div_headline.html, from
  raw/chinanews.com/www_国际变性人选美大赛韩国“小姐”夺冠.html) and on a made-up photo page
  whose ``<title>`` puts the site first; a channel's blurb under a line that is no
  headline of the title stays refused. The same template's page whose ``<title>`` puts
  the channel first ("中新网高清图-标题", a bare hyphen) is titled by that line, the
  ``<title>``'s tail after the hyphen (title._match), not by the whole ``<title>``
  (real_ref4/chinanews_hd_title_site_first.html, from
  raw/chinanews.com/www_中新网高清图-国际变性人选美日本“小姐”封后.html);
- a platform's short post (a 网易号 post of three lines) under its dated headline, the share
  toolbar between them, then the platform's statement ("特别声明：以上内容…" and its English
  "Notice: …") and the comment board, in the post's column: the notices outweigh the post,
  so the statement's box was chosen and the page judged a list; the caption reading past the
  toolbar (headline_caption.caption_past_toolbar) took the statement into the post and met
  the board's links in the column it shared. The page's statement (a notice wherever it
  stands) closes the post now. Tested on a reduced copy
  (tests/fixtures/extract/real_ref4/netease_post_over_statement_and_board.html, from
  raw/163.com/www_学习了记者：TS是做了手术的跨性别者可能同时有和_-_网易.html) and on a
  made-up post with a 声明 and a 免责声明; a statement over the board with no post stays
  refused;
- the other way: a tag page's stream of cards (each a box of one class: a headline link, a
  meta line, a teaser) came out as one story, the one card whose tag links make its box too
  big for a list item (layout) and whose teaser is the longest. The box, or one over it,
  is one of a run of sibling boxes of its tag and class each holding a headline link over
  a teaser (sibling_cards): a list. Tested on a reduced copy
  (tests/fixtures/extract/real_ref4/tnl_tag_page_cards.html, from
  raw/unclassify_news/www_性別重置手術_-_關鍵評論網.html) and on a made-up tag page of
  ``<section>`` cards; a forum thread's posts (a poster's name, no headline link) and a
  short story over a run of related cards stay as they were;
- a video page with no text whose related videos are cards (a title, a running time): the
  cards' short lines go as the list's (media_cards), but a title ending on "。" was spared
  as a sentence and kept as the page's story. A card's title set as a heading is a title
  however it ends. Tested on a reduced copy
  (tests/fixtures/extract/real_ref4/msohu_video_cards_sentence_title.html, from
  raw/sohu.com/m_一部的关于探讨异装癖问题的法国电影《新女友》。_-_搜狐.html) and on a
  made-up video page's cards (each title an ``<h4>``); a short story over such cards keeps
  its sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, classify_page, extract_article
from snapcrawl.extract.body import select_body
from snapcrawl.extract.headline_caption import caption_past_toolbar
from snapcrawl.extract.page import read_page
from snapcrawl.extract.sibling_cards import one_of_sibling_cards

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_ref4"
NAV = "".join(f"<li><a href='/photo/c{i}/'>图集：南湖四季风光第{i}辑</a></li>" for i in range(24))
CAPTION = (
    "5月6日，第十二届湖滨龙舟赛在南湖开赛，二十支队伍同场竞技。"
    "最终，城东队以两分零五秒的成绩夺得冠军，城西队和城北队分获亚军和季军。"
)


def _photo_page(headline: str, title: str, caption: str = CAPTION) -> str:
    """The channel's menu, a plain headline line, the caption, a pager, the footer."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<ul class='menu'>{NAV}</ul>"
        f"<div class='pictitle'>{headline}</div>"
        f"<div class='pic'><span class='desc'>{caption}</span></div>"
        "<div class='pages'><a href='p1.html'>上一张</a> <a href='p3.html'>下一张</a></div>"
        "<div class='foot'>湖滨网 版权所有 未经授权禁止转载</div></body></html>"
    )


def test_a_caption_under_a_div_headline_is_the_story() -> None:
    raw = (FIXTURES / "chinanews_hd_caption_under_div_headline.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "国际变性人选美大赛 韩国“小姐”夺冠"
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].startswith("11月19日，第六届“国际皇后小姐”变性人选美大赛")
    assert classify_page(raw) == "article"


def test_a_caption_under_the_titles_headline_in_other_words() -> None:
    html = _photo_page("南湖龙舟赛 城东队夺冠", "湖滨网图片|南湖龙舟赛 城东队夺冠")
    article = extract_article(html, None)
    assert article.body == CAPTION
    assert classify_page(html) == "article"


def test_a_headline_after_the_channel_and_a_bare_hyphen_is_the_title() -> None:
    raw = (FIXTURES / "chinanews_hd_title_site_first.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "国际变性人选美 日本“小姐”封后"
    assert article.paragraphs[0].startswith("10月31日，第五届“国际皇后小姐”变性人选美大赛")
    html = _photo_page("南湖龙舟赛 城东队夺冠", "湖滨网高清图-南湖龙舟赛 城东队夺冠")
    article = extract_article(html, None)
    assert article.title == "南湖龙舟赛 城东队夺冠"
    assert article.body == CAPTION


def test_a_name_after_a_hyphen_inside_a_headline_is_no_title() -> None:
    """A hyphen inside a headline ("X-Y对话") leaves a short tail: no headline."""
    html = _photo_page("南湖龙舟赛 城东队夺冠", "中美-对话").replace(
        "<div class='pictitle'>南湖龙舟赛 城东队夺冠</div>",
        "<h1>南湖龙舟赛 城东队夺冠</h1><p>对话</p>",
    )
    try:
        title = extract_article(html, None).title
    except NotAnArticle:
        return
    assert title != "对话"


def test_a_channels_blurb_under_a_line_the_title_does_not_repeat_stays_refused() -> None:
    html = _photo_page("南湖龙舟赛 城东队夺冠", "湖滨网图片频道 精彩图集推荐")
    with pytest.raises(NotAnArticle):
        extract_article(html, None)
    assert classify_page(html) == "list"


# A platform's short post: headline, dated line, share toolbar, the post, the platform's
# statement, then the comment board (its links in the post's column).
POST = (
    "<p>记者从市气象台获悉，今年第5号台风预计明天傍晚在沿海登陆。</p>"
    "<p>气象部门提醒，沿海渔船应于今天18时前全部回港避风，户外作业尽快停止。</p>"
)
STATEMENT = (
    "<p>特别声明：本文由入驻湖滨号的作者撰写并上传，湖滨网仅提供信息发布平台与存储服务，"
    "文中观点仅代表作者本人，不代表湖滨网的立场。</p>"
    "<p>免责声明：本平台所载内容如涉及版权问题，请权利人与本网联系，我们将及时删除；"
    "未经授权，任何单位和个人不得转载、摘编或以其他方式使用。</p>"
)


def _post_page(post: str = POST, statement: str = STATEMENT) -> str:
    side = "".join(
        f"<li><a href='/a/{i}.html'>湖滨号热文第{i}篇：夏季出行指南</a></li>" for i in range(40)
    )
    board = "".join(
        f"<div class='reply'><a href='/u/{i}'>湖滨网友{i}号</a><span>2024-07-01 10:{i:02d}</span>"
        f"<p>说得好</p><a href='/r/{i}'>回复</a> <a href='/s/{i}'>分享</a></div>"
        for i in range(1, 21)
    )
    return (
        "<html><head><meta charset='utf-8'><title>台风明天登陆 渔船今晚回港_湖滨号</title>"
        "</head><body><div class='top'><a href='/'>首页</a> &gt; <a href='/hao/'>湖滨号</a></div>"
        "<div class='main'><h1>台风明天登陆 渔船今晚回港</h1>"
        "<div class='info'>2024-07-01 09:30:00 来源: 湖滨天气</div>"
        "<div class='col'><div class='tools'><span>分享至</span><span>32</span></div>"
        f"<div class='text'>{post}</div><div class='stmt'>{statement}</div>"
        f"<div class='board'>{board}</div></div></div><ul class='side'>{side}</ul></body></html>"
    )


def test_a_post_over_the_platforms_statement_is_the_story() -> None:
    raw = (FIXTURES / "netease_post_over_statement_and_board.html").read_bytes()
    article = extract_article(raw, None)
    assert article.title == "学习了记者：TS是做了手术的跨性别者 可能同时有和"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("《体坛周报》记者王玮晨在线吃瓜")
    assert "特别声明" not in article.body
    assert "Notice" not in article.body
    assert classify_page(raw) == "article"


def test_a_post_over_a_statement_in_other_words() -> None:
    html = _post_page()
    page = read_page(html)
    found = caption_past_toolbar(page.head.title, page.lines)
    assert found is not None  # the statement closes the post; the board's links follow it
    assert [line.text for line in page.lines[found[1] : found[2] + 1]] == [
        "记者从市气象台获悉，今年第5号台风预计明天傍晚在沿海登陆。",
        "气象部门提醒，沿海渔船应于今天18时前全部回港避风，户外作业尽快停止。",
    ]
    article = extract_article(html, None)
    assert article.paragraphs == (
        "记者从市气象台获悉，今年第5号台风预计明天傍晚在沿海登陆。",
        "气象部门提醒，沿海渔船应于今天18时前全部回港避风，户外作业尽快停止。",
    )
    assert classify_page(html) == "article"


def test_a_statement_over_the_board_alone_stays_refused() -> None:
    html = _post_page(post="")
    page = read_page(html)
    assert caption_past_toolbar(page.head.title, page.lines) is None
    with pytest.raises(NotAnArticle):
        extract_article(html, None)


CARD_TEASERS = (
    "市气象台发布暴雨黄色预警，预计未来六小时内城区将出现强降雨。",
    "南湖龙舟赛昨日开赛，二十支队伍同场竞技，城东队以两分零五秒夺冠，城西队和城北队分获"
    "亚军和季军，现场观众超过两万人，赛事直播吸引了数十万网友在线观看，为历年之最。",
    "地铁五号线南延段今日起试运行，沿线新设六座车站。",
    "市图书馆暑期开放时间调整，周一至周日均开放至晚上九点。",
    "湖滨公园月季花展开幕，三百余个品种竞相绽放。",
)
TAGS = "".join(
    f"<li><a href='/t/{k}'>{w}</a></li>"
    for k, w in enumerate(("城市", "赛事", "南湖", "龙舟", "端午"))
)


def _tag_page() -> str:
    """A tag page: cards in sibling ``<section>`` boxes, the longest teaser's card with its
    tag links (too many lines for a list item)."""
    cards = "".join(
        f"<section class='list-item'><div class='item-body'><h2 class='entry-title'>"
        f"<a href='/n/{i}.html'>湖滨新闻第{i}条：本周城市要闻</a></h2>"
        f"<div class='entry-meta'><a href='/author/{i}'>记者{i}</a> · 2024-05-0{i + 1}</div>"
        f"<p class='desc'>{text}</p>"
        + (f"<ul class='tags'>{TAGS}</ul>" if i == 1 else "")
        + "</div></section>"
        for i, text in enumerate(CARD_TEASERS)
    )
    nav = "".join(f"<a href='/c/{i}/'>栏目{i}</a>" for i in range(12))
    return (
        "<html><head><meta charset='utf-8'><title>标签：南湖 | 湖滨网</title></head><body>"
        f"<div class='nav'>{nav}</div><article class='archive'><h1>南湖</h1>"
        f"<div class='item-list'>{cards}</div></article>"
        "<div class='foot'>湖滨网 版权所有</div></body></html>"
    )


def test_a_tag_pages_cards_are_a_list() -> None:
    raw = (FIXTURES / "tnl_tag_page_cards.html").read_bytes()
    with pytest.raises(NotAnArticle):
        extract_article(raw, None)
    assert classify_page(raw) == "list"


def test_a_tag_pages_cards_in_other_words_are_a_list() -> None:
    html = _tag_page()
    with pytest.raises(NotAnArticle):
        extract_article(html, None)
    assert classify_page(html) == "list"


def test_a_threads_posts_in_sibling_boxes_stay_as_they_were() -> None:
    posts = "".join(
        f"<div class='post'><div class='who'><a href='/u/{i}'>网友{i}</a> "
        f"<span>2024-05-0{i + 1} 10:20</span></div><div class='txt'><p>{text}</p>"
        + (f"<ul class='tags'>{TAGS}</ul>" if i == 1 else "")
        + "</div></div>"
        for i, text in enumerate(CARD_TEASERS)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>龙舟赛大家去看了吗 - 湖滨论坛</title></head>"
        f"<body><h1>龙舟赛大家去看了吗</h1><div class='thread'>{posts}</div></body></html>"
    )
    page = read_page(html)
    for line in page.lines:
        if line.text.startswith("南湖龙舟赛"):
            box = line.owner.getparent()
            assert not one_of_sibling_cards(page.lines, select_body(page.lines, (), box))


def test_a_short_story_over_related_cards_stays_a_story() -> None:
    related = "".join(
        f"<section class='list-item'><div class='item-body'><h3><a href='/n/{i}.html'>"
        f"湖滨新闻第{i}条：本周城市要闻</a></h3><p class='desc'>{text}</p></div></section>"
        for i, text in enumerate(CARD_TEASERS)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>南湖龙舟赛城东队夺冠 | 湖滨网</title></head>"
        "<body><h1>南湖龙舟赛城东队夺冠</h1><p>2024-05-06 10:20 来源：湖滨网</p>"
        f"<div class='story'><p>{CARD_TEASERS[1]}</p></div>"
        f"<h2>相关新闻</h2><div class='item-list'>{related}</div></body></html>"
    )
    article = extract_article(html, None)
    assert article.body.startswith("南湖龙舟赛昨日开赛")


VIDEO_TITLES = (
    "老街坊讲述城北老工厂的往事",
    "城北新区第三批老旧小区改造方案公布，居民们说这回终于可以放心了，施工队下个月就进场全面开工。",
    "南湖龙舟赛精彩瞬间回顾",
    "地铁五号线南延段试运行首日探访",
)


def _video_cards() -> str:
    return "".join(
        f"<div class='v-item'><div class='v-box'><h4 class='v-title'>{t}</h4> "
        f"<i class='play'></i> <span class='v-info'>0{i}:2{i}</span></div></div>"
        for i, t in enumerate(VIDEO_TITLES)
    )


def test_a_video_pages_card_title_ending_a_sentence_is_no_story() -> None:
    raw = (FIXTURES / "msohu_video_cards_sentence_title.html").read_bytes()
    with pytest.raises(NotAnArticle):
        extract_article(raw, None)


def test_a_card_title_ending_a_sentence_in_other_words_is_no_story() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>城北老工厂的往事-北城视频</title></head><body>"
        "<div class='video-page'><div class='info'><h1>城北老工厂的往事</h1>"
        "<aside><span>2024-06-06 10:30</span> · <span>2141次播放</span></aside></div>"
        f"<div class='rec'><h3>相关推荐</h3><div class='v-list'>{_video_cards()}</div></div>"
        "</div></body></html>"
    )
    page = read_page(html)
    box = next(ln for ln in page.lines if ln.text == "相关推荐").owner.getparent()
    read = select_body(page.lines, (), box)
    assert not read.kept  # every card's title goes, the one ending on "。" too
    assert sum(1 for _, why in read.removed if why == "card") == len(VIDEO_TITLES)


def test_a_short_story_over_video_cards_keeps_its_sentences() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>城北老工厂的往事 - 北城视频</title></head>"
        "<body><div class='page'><h1>城北老工厂的往事</h1><p>2024-06-06 10:30</p>"
        f"<div class='txt'><p>{CARD_TEASERS[1]}</p></div>"
        f"<div class='more'><h2>相关视频</h2>{_video_cards()}</div></div></body></html>"
    )
    article = extract_article(html, None)
    assert article.body == CARD_TEASERS[1]

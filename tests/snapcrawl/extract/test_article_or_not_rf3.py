"""Article or not, on shapes seen in random real pages (h-rf3): a review or forum post whose
text sits in a box a widget's name marks as furniture, its headline and dated meta line
above the box; and an app shell saved in place of a story, its front feed's headlines
kept as a body. Wordings are made up; the rules are read from the page's shape."""

from __future__ import annotations

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

from .conftest import as_paragraphs, site_article

REVIEW_TITLE = "老城区的雨季"
REVIEW = [
    "第一次读到这部小说是在高中的图书馆，那时只觉得情节拖沓，十年后重读才明白作者的耐心。",
    "全书写的是一条巷子三代人的搬迁，没有大起大落，每一章都停在一顿晚饭或一场雨上。",
    "最打动我的是母亲修补雨伞的那一段，作者只用了几句对白，却把整个家庭的窘迫写尽了。",
    "有读者嫌结尾仓促，我倒觉得留白恰到好处，巷子拆了，人散了，故事也就该停在那里。",
    "如果你也在一座不断变化的城市里长大，这本书大概会让你想起某个回不去的下午。",
]


def _review_page(box: str, info: str) -> str:
    """A reader's review: headline and meta line in the main column, the text in a box
    named for a per-item widget (the report button's or a link bar's wrapper)."""
    body = f"<div class='{box}'><div class='review-text'>{as_paragraphs(REVIEW)}</div></div>"
    below = (
        "<div class='aside'><h2>你可能也喜欢</h2><ul>"
        + "".join(
            f"<li><a href='/r/{i}'>另一篇书评：关于搬迁的第{i}种读法</a></li>" for i in range(20)
        )
        + "</ul></div>"
    )
    return site_article(
        body,
        title=REVIEW_TITLE,
        site="书友社区",
        title_bar=f"{REVIEW_TITLE}（巷子里的人）书评",
        info=info,
        below=below,
    )


@pytest.mark.parametrize(
    ("box", "info"),
    [
        ("link-report-30581", "<span>青柠读书</span><span>2023-04-09 21:16:05</span>"),
        ("tool-wrap", "<span>发表于 2021年7月2日 08:40</span>"),
    ],
)
def test_review_in_a_box_named_as_furniture_is_kept(box: str, info: str) -> None:
    art = extract_article(_review_page(box, info), "https://book.example.org/review/30581/")
    assert art.title == REVIEW_TITLE
    for paragraph in REVIEW:
        assert paragraph in art.paragraphs
    assert "另一篇书评" not in art.body


def test_comment_box_under_a_dated_video_headline_stays_refused() -> None:
    """A video's headline and its dated line, a player, then only the comment box's prose:
    a box named for readers' comments is never the story under the headline."""
    comments = as_paragraphs(
        [
            "这集讲得真好，尤其是修补雨伞那一段，看得我想起外婆家的老房子和门口那棵树。",
            "配乐有点太响了，盖过了旁白，希望下一集可以调整一下，不然字幕也得一直盯着看。",
            "拍摄的巷子是不是在城西？周末想去走走，不知道现在还剩下多少老房子没有拆掉。",
            "求问片尾那首歌叫什么名字，找了好久都没找到，评论区有没有知道的朋友说一下。",
        ]
    )
    page = (
        f"<html><head><title>{REVIEW_TITLE}_视频_书友社区</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/video/'>视频</a></div>"
        f"<h1>{REVIEW_TITLE}</h1><div class='meta'>2023-04-09 21:16</div>"
        "<div class='player'><span>00:00</span><span>12:40</span></div>"
        f"<div class='comment-list'>{comments}</div>"
        "<div class='footer'>书友社区 版权所有</div></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(page, "https://book.example.org/video/77/")


FEED = [
    "海边小镇的灯塔今年第一次对游客开放",
    "暴雨过后，山路旁的瀑布又回来了",
    "这家面馆开了四十年，老板还是每天五点起床",
    "一场跨越三省的接力，只为送回一只走失的狗",
    "城郊菜市场改造完成，摊位多了顶棚和水槽",
    "高中生自制气象站，预报准确率超过八成",
    "旧车站变身书店，候车长椅原样保留",
    "夜市摊主学会了直播，生意翻了一倍",
    "老人每天在公园教孩子下象棋，一教就是十年",
    "冬季候鸟提前抵达湖区，观鸟人挤满堤岸",
    "社区食堂推出十元套餐，附近上班族排起长队",
    "山村小学的篮球场终于铺上了塑胶地面",
]


def test_app_shell_of_feed_headlines_is_no_article() -> None:
    """A saved app shell: the site's name as its title, no headline, and the front feed's
    cards as one short line each (their links set by script): no story of its own."""
    cards = "".join(f"<div class='card'><span>{line}</span></div>" for line in FEED)
    page = (
        "<html><head><title>掌上快讯网</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/me'>我的</a></div>"
        f"<div class='stream'>{cards}</div>"
        "<div class='bottom'>掌上快讯网 版权所有</div></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(page, "https://m.example.com/")


def test_story_of_short_lines_under_its_headline_is_kept() -> None:
    """The same shape of short lines under the page's own headline (a list of tips, a
    poem) is a story: its headline repeats the title."""
    title = "雨季出行的十个提醒"
    page = site_article(
        as_paragraphs(FEED), title=title, site="掌上快讯网", info="<span>编辑部</span>"
    )
    art = extract_article(page, "https://m.example.com/tips/10.html")
    assert art.title == title
    assert FEED[0] in art.paragraphs

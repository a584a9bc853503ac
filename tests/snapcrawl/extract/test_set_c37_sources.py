"""Sources and credits seen on real portal pages (issue 14, set C37: pages drawn by seed from
a public web-archive repository's portal folders), reduced to their form with made-up
accounts, outlets, people and wordings other than the set pages':

- an older portal's meta line naming the outlet with no label after the date, then its
  buttons and a comment total ("共有评论12条"): the total is a counter, the outlet the source;
- the name of a commenter in the thread under the story, marked as a comment's author
  ("comment-author", "reply-author"): not the story's byline.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-portal.cn/post/2024/0503/88120.html"
STORY = [
    "清晨五点，山谷里的雾还没散，守林人已经背着水壶沿着防火道走了第一圈。",
    "他在这片林子里守了二十一年，哪棵树去年被雷劈过，哪条沟夏天会涨水，他都记得清清楚楚。",
    "最近几年来爬山的人多了，他的活也多了一样：劝人别在林子里生火，把掉在路边的塑料瓶捡回来。",
    "他说，等明年退休了，想把这些年记下的巡山日记交给接班的年轻人，让他们少走些弯路。",
]


def test_a_comment_total_on_the_meta_line_is_no_name() -> None:
    for total in ("共有评论12条", "共评论3条", "评论 7 条"):
        html = site_article(
            _paras(STORY),
            title="守林人的二十一年",
            site="溪流网",
            info=f"2009年3月2日 08:15 溪流网论坛 【大 中 小】 【打印】 {total}",
        )
        art = extract_article(html, URL)
        assert art.source == "溪流网论坛", total


def test_a_commenters_name_under_the_story_is_not_its_author() -> None:
    for mark in ("comment-author", "reply-author", "tie-author"):
        thread = (
            "<div class='comments'><div class='floor'>"
            f"<div class='{mark}'><a class='name' href='/u/1'>雾里看山</a>"
            "<span class='place'>[网友]</span></div>"
            "<p class='floor-text'>写得真好</p></div></div>"
        )
        html = site_article(
            _paras(STORY),
            title="守林人的二十一年",
            site="溪流网",
            info="2024-05-03 14:20",
            after=thread,
        )
        art = extract_article(html, URL)
        assert art.author != "雾里看山", mark


def test_the_storys_own_marked_author_is_still_read_beside_a_comment_thread() -> None:
    thread = (
        "<div class='comments'><div class='comment-author'>雾里看山</div>"
        "<p class='floor-text'>写得真好</p></div>"
    )
    html = site_article(
        _paras(STORY),
        title="守林人的二十一年",
        site="溪流网",
        info="<span class='time'>2024-05-03 14:20</span> <span class='author'>林小川</span>",
        after=thread,
    )
    assert extract_article(html, URL).author == "林小川"

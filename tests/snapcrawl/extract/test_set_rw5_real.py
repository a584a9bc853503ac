"""Layouts found on real pages saved in public repositories (issue 14, set R5: a mainland
portal's finance column pages of 2015, GBK), reduced to their shape with made-up outlets,
people and wordings other than the set pages':

- a column's byline line over the story with no label: the writer's name (a pen name, a
  Latin handle), the full time and the comment counter ("X 2024-03-08 09:15:30 5人参与评论"):
  not the story's first paragraph; a sentence that names a person, a time and a number
  stays;
- a summary box whose label opens its line ("[摘要：…]", "【内容提要】…") over the story:
  the page's précis, not the story, even when it repeats no paragraph word for word; a
  paragraph that only mentions a summary stays.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import decode_html, extract_article

URL = "https://money.example.cn/column/24/0308/0915/KX01.html"
TITLE = "小镇咖啡馆为何扎堆开业"
STORY = [
    "过去一年，江南几座小镇的老街上接连开出了二十多家咖啡馆，有的由返乡青年经营，有的是连锁品牌的试水门店。",
    "在笔者走访的六家店里，工作日的客流并不稳定，周末却常常一座难求，游客成了最主要的消费群体。",
    "一位店主算了一笔账：房租只有城里的三分之一，但客单价相差不大，只要撑过头两个淡季，就有机会回本。",
    "不过也有经营者担心，同质化的装修和菜单会让新鲜感很快褪去，小镇需要的是能留住本地居民的店。",
    "咖啡馆扎堆的背后，是年轻人对慢生活的想象，也是小镇寻找新业态的一次尝试，能走多远仍有待观察。",
]


def _page(head_lines: list[str], story: list[str] = STORY) -> bytes:
    items = "".join(f'<li><a href="/c/{i}">栏目{i}</a></li>' for i in range(1, 9))
    head = "".join(f"<p>{line}</p>" for line in head_lines)
    body = "".join(f"<p>{p}</p>" for p in story)
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        f"<title>{TITLE}_示例财经</title></head><body>"
        f'<div class="nav"><ul>{items}</ul></div>'
        f'<div class="col-main"><h1>{TITLE}</h1>'
        f'<div class="col-body">{head}{body}</div>'
        '<div class="col-foot">往期回顾 <a href="/c/1">上一期</a></div></div>'
        '<div class="footer">Copyright 2024 示例网络公司版权所有</div></body></html>'
    )
    return html.encode("gbk")


def _read(page: bytes):
    return extract_article(decode_html(page, None), URL)


@pytest.mark.parametrize(
    "byline",
    [
        "林晚舟 2024-03-08 09:15:30 5人参与评论",
        "南山客 2024-03-08 09:15 12人参与",
        "coffeewalker 2024-03-08 09:15:30 评论(3)",
    ],
)
def test_a_columns_dated_byline_is_not_the_story(byline: str) -> None:
    art = _read(_page([byline]))
    assert art.body.split("\n") == STORY
    assert "参与" not in art.body
    assert "评论(" not in art.body


def test_a_sentence_with_a_name_a_time_and_a_number_stays() -> None:
    opening = "店主周岚说 2024年3月8日 09:15 开门后两小时就卖出了80杯。"
    art = _read(_page([], [opening, *STORY]))
    assert art.body.split("\n")[0] == opening


@pytest.mark.parametrize(
    "box",
    [
        "[摘要：江南小镇的咖啡馆越开越多，游客撑起了周末的生意，但同质化的隐忧已经显现，小镇需要留住本地居民。]",
        "【内容提要】返乡青年和连锁品牌纷纷在小镇开店，低房租带来机会，也带来同质化竞争的担忧。",
    ],
)
def test_a_summary_box_opening_on_its_label_is_not_the_story(box: str) -> None:
    art = _read(_page([box]))
    assert art.body.split("\n") == STORY


def test_a_paragraph_that_mentions_a_summary_stays() -> None:
    opening = "摘要并不能代替原文，这是笔者在整理小镇调研笔记时最深的体会，所以下面只讲见闻。"
    art = _read(_page([], [opening, *STORY]))
    assert art.body.split("\n")[0] == opening

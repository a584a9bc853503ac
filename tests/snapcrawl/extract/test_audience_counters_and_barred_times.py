"""A live page's head count beside its refresh buttons, and a time set apart from its date by
a bar.

Kinds from set E2, tested here on wordings made up for these tests (a story about a river
ferry; the outlet, the reporter and the counts are invented): "参与人数 8.6万" and its kin
(在线人数, 围观人数) count the page's own audience, as 阅读/评论 counters do, alone or on a
bar of refresh buttons; "发布 2024.12.19 | 15:20" gives the time of day after the bar, and the
meta line holding it leaves the body. Prose that tells a head count stays story.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.dates import find_dates

STORY = [
    "江心渡口今天起恢复夜间班次，末班船从晚上九点推迟到十点半发船。",
    "渡口管理站说，夏季夜间客流明显增加，原有班次已不能满足两岸居民出行需要。",
    "管理站同时在候船室增设了座椅和饮水点，并安排专人维持登船秩序。",
    "附近居民表示，夜班船延长后下班回家不必再绕行大桥，能节省半个小时。",
]


def page(head: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        "<html><head><title>江心渡口恢复夜间班次_本地_示例网</title></head><body>"
        "<div class='main'><h1>江心渡口恢复夜间班次</h1>"
        f"{head}<div class='text'>{paragraphs}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "参与人数 3.2万",
        "在线人数：1203",
        "围观人数 5万+",
        "刷新 自动刷新 参与人数 12万",
        "观看人数 4800",
    ],
)
def test_audience_head_counts_are_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line",
    [
        "本次活动参与人数达3.2万，创下历年新高。",
        "参与人数",
        "在线人数达到1203人的峰值",
        "活动参与人数共计3000人。",
    ],
)
def test_head_counts_told_in_prose_are_not_ui(line: str) -> None:
    assert line_kind(line) is None


def test_a_live_bar_with_a_head_count_leaves_the_body() -> None:
    bar = "<div class='bar'><a>刷新</a> <a>自动刷新</a> <span>参与人数 3.2万</span></div>"
    article = extract_article(page(bar))
    assert article is not None
    assert not any("参与人数" in p or "刷新" in p for p in article.paragraphs)
    assert article.paragraphs[0] == STORY[0]


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("发布 2023.06.08 | 09:45", 9, 45),
        ("2023-06-08｜21:05", 21, 5),
        ("2023/06/08 丨 07:30", 7, 30),
    ],
)
def test_a_time_after_a_bar_belongs_to_the_date(text: str, hour: int, minute: int) -> None:
    (found,) = find_dates(text)
    assert found.has_time
    assert (found.value.hour, found.value.minute) == (hour, minute)
    assert found.end == len(text)


@pytest.mark.parametrize("text", ["2023-06-08 | 1164次阅读", "2023-06-08 | 来源：江城晚报"])
def test_a_bar_before_no_time_leaves_the_date_alone(text: str) -> None:
    (found,) = find_dates(text)
    assert not found.has_time
    assert text[found.end :].lstrip().startswith("|")  # the bar and what follows stay out


def test_a_meta_line_with_a_barred_time_gives_the_time_and_leaves_the_body() -> None:
    meta = "<div class='date'>江城晚报 | 周明远 综合报道　发布 2023.06.08 | 09:45</div>"
    article = extract_article(page(meta))
    assert article is not None
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d %H:%M") == "2023-06-08 09:45"
    assert list(article.paragraphs) == STORY

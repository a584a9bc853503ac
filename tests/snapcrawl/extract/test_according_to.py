"""A source given as 据X / 据X报道 / 综合X / （据新华社）, at the story's edge or as its first
words: wordings of our own (the story is made up), and the near-misses that must stay body
or name no source (据了解, 据悉, 综合来看, 据外媒报道, 据X报道 inside the story).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import chrome, extract_article
from snapcrawl.extract.according_to import attribution_line, opening_attribution

from .conftest import portal_page

STORY = [
    "入冬以来，北方多地迎来首场降雪，气温较常年同期偏低两到四摄氏度。",
    "气象部门提醒，降雪将持续到周末，部分路段可能出现结冰，出行需注意安全。",
    "市交通部门已提前调配除雪车辆，在主要路口和桥梁路段撒布融雪剂。",
    "不少学校调整了上学时间，方便家长错开早高峰接送孩子，减少路面拥堵。",
    "供暖企业表示，热源厂已满负荷运行，居民家中室温总体达标。",
    "专家建议，老人和儿童减少外出，注意保暖，预防呼吸道疾病。",
]


def page(*, info: str = "", story: list[str] | None = None, after: str = "") -> str:
    story = STORY if story is None else story
    return portal_page("北方多地迎来首场降雪", "社会", story, info=info, inside=after)


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("（据新华社）", "新华社"),
        ("(据海港日报报道)", "海港日报"),
        ("据央视新闻消息", "央视新闻"),
        ("据中国新闻网", "中国新闻网"),
        ("【据东岭晚报】", "东岭晚报"),
        ("综合新华社、央视新闻", "新华社、央视新闻"),
        ("（综合新华社、央视新闻报道）", "新华社、央视新闻"),
        ("综合自海港日报、东岭广播电视台", "海港日报、东岭广播电视台"),
        ("据BBC报道", "BBC"),
        ("（据新华社3月5日电）", "新华社"),
    ],
)
def test_an_attribution_line_names_its_outlets(text, outlets):
    assert attribution_line(text) == outlets
    assert chrome.line_kind(text) == "credit"


@pytest.mark.parametrize(
    "text",
    [
        "据了解",
        "据悉",
        "据统计",
        "据报道",
        "综合来看",
        "综合新闻",  # a section's name
        "据外媒报道",  # a kind of medium, no outlet
        "据多家媒体报道",
        "（据新华社",  # an unclosed bracket
        "据新华社报道，北方多地迎来首场降雪。",  # a sentence
    ],
)
def test_what_is_no_attribution_line(text):
    assert attribution_line(text) is None


def test_the_story_s_first_words_name_the_outlet():
    assert opening_attribution("据新华社报道，北方多地昨日迎来首场降雪。") == "新华社"
    assert opening_attribution("据海港日报12月3日报道，当地气温骤降。") == "海港日报"
    assert opening_attribution("据了解，北方多地昨日迎来首场降雪。") is None
    assert opening_attribution("据外媒报道，多地迎来降雪。") is None
    assert opening_attribution("北方多地迎来首场降雪，据新华社报道，气温骤降。") is None


def test_an_attribution_line_after_the_story_is_a_credit_and_the_source():
    article = extract_article(page(after="<p>（据新华社）</p>"))
    assert article.source == "新华社"
    assert "据新华社" not in article.body
    assert STORY[-1] in article.body


def test_several_outlets_are_all_kept():
    article = extract_article(page(after="<p>综合新华社、央视新闻</p>"))
    assert article.source == "新华社、央视新闻"
    assert "综合新华社" not in article.body


def test_an_attribution_line_before_the_story():
    article = extract_article(page(story=["据东岭晚报消息", *STORY]))
    assert article.source == "东岭晚报"
    assert "东岭晚报" not in article.body


def test_an_attribution_glued_after_the_last_sentence_names_the_source():
    story = [*STORY[:-1], STORY[-1] + "（据海港日报）"]
    article = extract_article(page(story=story))
    assert article.source == "海港日报"


def test_a_labelled_source_wins():
    article = extract_article(page(info="来源：东岭日报", after="<p>（据新华社）</p>"))
    assert article.source == "东岭日报"


def test_the_story_opening_with_according_to_stays_body_and_names_the_source():
    first = "据新华社报道，入冬以来北方多地迎来首场降雪，气温较常年同期偏低两到四摄氏度。"
    article = extract_article(page(story=[first, *STORY[1:]]))
    assert first in article.body
    assert article.source == "新华社"


def test_according_to_inside_the_story_stays_body_and_names_no_source():
    inner = "据新华社报道，邻省也出现了大范围降雪，多条高速公路临时封闭。"
    story = [*STORY[:3], inner, *STORY[3:]]
    article = extract_article(page(story=story))
    assert inner in article.body
    assert article.source != "新华社"


@pytest.mark.parametrize("text", ["据了解", "据悉", "综合来看", "据外媒报道"])
def test_near_misses_are_no_credit_and_name_no_source(text):
    assert chrome.line_kind(text) != "credit"
    article = extract_article(page(after=f"<p>{text}</p>"))
    assert article.source is None

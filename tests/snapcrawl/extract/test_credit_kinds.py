"""Credits by kind, in wordings the rules were not written from: a value cut where the next
credit of its row or the day it was filed begins, an editor's label alone on its line with
the name below it (a table's cells), a film crew's roles, a desk's commentator, an English
role before a Chinese name, an app's name under 文; and the prose that uses the same words
(a slogan of two joined words under a role label, a clause naming an outlet after one).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_names import clean_name

from .conftest import ORCHARD_STORY, orchard_body_with, orchard_page, portal_page


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("林嘉怡 報道", "林嘉怡"),  # the report word alone after the name
        ("周若彤 7月2日", "周若彤"),  # the day filed
        ("何书桓〗", "何书桓"),  # the credit's bracket
        ("陆依萍\u3000配音 / 方瑜", "陆依萍"),  # the next credit of the row
        ("梦萍  美编 | 尔豪", "梦萍"),
        ("杜飞 · 校对 | 如萍", "杜飞"),  # a lone dot between two credits
        # what stays: names side by side, a name written with its own dot
        ("李明 王芳", "李明 王芳"),
        ("古丽米拉·阿不都", "古丽米拉·阿不都"),
    ],
)
def test_a_credited_value_ends_where_the_next_credit_or_the_day_begins(value, name):
    assert clean_name(value) == name


@pytest.mark.parametrize("value", ["鲸鱼财经 APP", "海港新闻客户端", "南方+客户端"])
def test_an_apps_name_is_no_persons(value):
    assert clean_name(value) is None


def test_an_app_under_wen_is_not_the_author():
    page = portal_page(
        "山区果园迎来采摘旺季", "乡村", ["文 | 鲸鱼财经 APP", *ORCHARD_STORY], info="2024-10-01"
    )
    article = extract_article(page)
    assert article.author is None
    assert "鲸鱼财经" not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "配乐：许嵩然",
        "导演：卢一鸣  编剧：沈若水",
        "调色：钱多多  混音：林默",
        "（海港观察评论员）",
        "本报特约评论员",
        "本报记者 陈默 4月8日",
        "Photo by 葛小优",
        "Editor: 严思琪",
    ],
)
def test_credit_kinds_leave_the_body_mid_story(line):
    assert line not in orchard_body_with(line, 2)


@pytest.mark.parametrize(
    "line",
    [
        "摄影：山与海",  # two words joined: a slogan, however short
        "设计：城市的光",
        "监制：那家晚报教会了我怎样写稿子",  # an outlet's word, then a clause
        "策划：每个电视台都在抢年轻观众",
        "导演：我想拍一部关于家乡的电影",
        "记者：您怎么看这件事？",
        "评论员们普遍认为，这项政策来得正是时候。",
        "摄影师周远说，最好的照片永远是下一张。",
    ],
)
def test_prose_with_the_same_words_stays(line):
    assert line in orchard_body_with(line, 2)


@pytest.mark.parametrize(
    "below",
    [
        "<table><tr><td>责编</td><td>罗一舟</td></tr></table>",
        "<p>值班编辑：</p><p>顾清</p>",
        "<p>【责任编辑】</p><p>蓝天野</p>",
    ],
)
def test_an_editor_named_under_a_label_alone(below):
    page = portal_page("山区果园迎来采摘旺季", "乡村", ORCHARD_STORY, inside=below)
    assert extract_article(page).editor in ("罗一舟", "顾清", "蓝天野")


@pytest.mark.parametrize(
    "below",
    [
        "<p>编辑</p><p>早年经历</p>",  # a plain 编辑 alone is a button
        "<p>责任编辑</p><p>本报将持续关注此事。</p>",  # a sentence, no name
    ],
)
def test_no_editor_from_a_button_or_a_sentence_below_a_label(below):
    page = portal_page("山区果园迎来采摘旺季", "乡村", ORCHARD_STORY, inside=below)
    assert extract_article(page).editor is None


def test_the_orchard_page_has_no_editor_of_its_own():
    assert extract_article(orchard_page(ORCHARD_STORY)).editor is None

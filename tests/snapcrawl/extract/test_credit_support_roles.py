"""Credits the shape rules of session 23 (a23) added, made up for this test: a picture's
credit with no person (配图：网络), an organisation credited for its support or its share
(技术支持：X, 联合出品：X Y), crew roles read only before a colon (动效, 交互), an author
note for several authors (作者分别为…), a translator's wire byline (〔編譯X／綜合報導〕) and
English credits with verbs ("Written and edited by X", "Story by X, photos by Y",
"Contributing: X", "By X in Shanghai"); the story's lines that look like them stay. And the
readers: an outlet before the author ("文 / 36氪 X") or glued to the next role ("本报记者 X
本报实习生 Y") is no name."""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_forms import reading_form
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.credit_runs import credit_run, run_reading
from snapcrawl.extract.english_credits import english_credit

from .conftest import ORCHARD_STORY, orchard_body_with
from .conftest import orchard_page as page

CREDITS = [
    "配图：网络",
    "头图来源：示例图库",
    "插图：青禾",
    "技术支持：海港数据科技",
    "数据支持：海港数据",
    "联合出品：海港日报 海港电视台",
    "联合制作：海港卫视 海港融媒体中心",
    "特别鸣谢：海港博物馆",
    "技术统筹：海港网络科技有限公司",
    "动效：阿满　交互：小雪",
    "（作者分别为海港大学经济学院教授、讲师）",
    "〔編譯林小雨／綜合報導〕",
    "Written and edited by Nora Li",
    "Reported and written by Owen Zhu",
    "Story by Ivy Qian, photos by Leo Ma",
    "Contributing: Mia Tang",
    "Contributing reporter: Ben Hu",
    "Contributors: Ada Lu and Tim Ye",
    "By Grace Ho in Shanghai",
    "By Dan Wu in Beijing and Kim Ren in Tianjin",
]

STORY = [
    "配图这件事，他一向很讲究。",
    "技术支持团队连夜排查了故障。",
    "联合出品方包括多家地方电视台。",
    "作者分别从三个角度展开论证。",
    "特别鸣谢所有参与调查的志愿者，他们的付出让报告得以完成。",
    "大力支持 积极配合",
    "Written records from the period are scarce.",
    "Story time at the library draws dozens of children.",
    "Contributing factors include heavy rain and poor drainage.",
    "By 2030, the city plans to double its green space.",
    "Photos by visitors flooded social media that night.",
    "By Monday morning, all roads had reopened.",
]


@pytest.mark.parametrize("text", CREDITS)
def test_support_and_picture_credits_are_credits(text):
    assert is_credit(text)


@pytest.mark.parametrize("text", STORY)
def test_lines_that_look_like_them_are_not(text):
    assert not is_credit(text)


@pytest.mark.parametrize("where", [0, 3, 6])
@pytest.mark.parametrize("text", CREDITS)
def test_they_leave_the_body_wherever_they_stand(text, where):
    body = orchard_body_with(text, where)
    assert text not in body
    assert all(p in body for p in ORCHARD_STORY)


@pytest.mark.parametrize("where", [0, 3, 6])
@pytest.mark.parametrize("text", STORY)
def test_the_story_lines_stay(text, where):
    body = orchard_body_with(text, where)
    assert text in body


def test_support_roles_need_a_colon_and_an_organisation_or_a_name():
    assert credit_run("技术支持：海港数据科技")
    assert not credit_run("技术支持 海港数据科技")  # only before a colon or a bar
    assert not credit_run("技术支持：连夜排查了三处故障")  # no organisation, no name


def test_a_translators_wire_byline_reads_as_its_role():
    assert run_reading("〔編譯林小雨／綜合報導〕") == "编译：林小雨"
    assert run_reading("記者林小雨／台北報導") == "记者：林小雨"


def test_english_credits_with_verbs_read_as_the_author():
    assert reading_form("Written and edited by Nora Li") == "作者：Nora Li"
    assert reading_form("Story by Ivy Qian, photos by Leo Ma") == "作者：Ivy Qian"
    assert reading_form("Contributing reporter: Ben Hu") == "记者：Ben Hu"
    # a comma splits a row only before the next role's "by"
    assert english_credit("By Ada Lu, Tim Ye and Ben Hu")
    assert not english_credit("Story by Ivy Qian, who grew up nearby")


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("文 / 36氪 周洋", "周洋"),
        ("文/钛媒体 陈晨", "陈晨"),
        ("文 | 第一财经 刘佳", "刘佳"),
        ("本报记者 赵凯 本报实习生 钱晨", "赵凯"),
        ("本报记者 孙倩 本报见习记者 李想", "孙倩"),
        ("本报记者 张三 李四 本报通讯员 王五", "张三 李四"),
        ("光明日报记者 唐芳 光明日报通讯员 曹雷", "唐芳"),
        ("By Grace Ho in Shanghai", "Grace Ho"),
    ],
)
def test_an_outlet_beside_the_names_is_no_name(credit, author):
    for paragraphs in ([credit, *ORCHARD_STORY], [*ORCHARD_STORY, credit]):
        assert extract_article(page(paragraphs)).author == author

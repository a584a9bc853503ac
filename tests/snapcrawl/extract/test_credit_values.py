"""A role label decides a credit only with a credit's value after it: names, a pen name, an
outlet or a desk, a role with its names. A clause or a slogan after the same label is the
story's ("监制：…", "摄影：…" opening a paragraph of prose). Every wording here is made up
for these tests."""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_lines import is_credit

from .conftest import portal_page

STORY = [
    "西岭县今年新建的三座乡村图书室已全部投入使用，藏书总量超过两万册，"
    "周末和寒暑假期间还为孩子们开设了免费的阅读课。",
    "县文旅局负责人介绍，图书室由县图书馆统一配送图书、统一培训管理员，"
    "每季度轮换一次书目，让村民常看常新。",
    "在东坡村图书室，几位老人正戴着老花镜翻看农业技术手册。一位村民说，"
    "以前想查点种植资料得跑到县城，现在家门口就能借到。",
]


@pytest.mark.parametrize(
    "text",
    [
        "校审：每一份报表都要经得起推敲",
        "监制：坚持从源头把控食材品质",
        "责任编辑：一份看不见的坚守",
        "统筹：全县上下拧成一股绳",
        "摄影：定格田野上最美的瞬间",
        "视频：跟随巡山队员走完最后一公里",
        "编辑：我们始终相信读者的判断",
    ],
)
def test_a_clause_after_a_role_label_is_no_credit(text: str) -> None:
    assert not is_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        "校审：邱明远",
        "监制：西岭县融媒体中心",
        "责任编辑：冉 静",
        "统筹：梧桐",
        "摄影：本报记者 苗青禾",
        "摄影：西岭日报记者苗青禾",
        "视频：西岭发布客户端",
        "编辑：柏舟 校对：宁溪",
        "审核：办公室副主任钟毓秀",
        # the labels credited whatever the value keep it: a title, a picture's note
        "原标题：乡村图书室里的新时光",
        "配图：由人工智能工具生成示意",
    ],
)
def test_names_after_the_same_labels_stay_credits(text: str) -> None:
    assert is_credit(text)


def test_a_slogan_under_a_role_label_stays_in_the_story() -> None:
    slogan = "策划：让每一本书都找到它的读者"
    clause = "审校：图书室的借阅记录每月公开一次"
    page = portal_page(
        "乡村图书室全部投入使用",
        "文化",
        [STORY[0], slogan, STORY[1], clause, STORY[2], "责任编辑：邱明远"],
        info="2031-05-06 10:20:00",
    )
    article = extract_article(page, "http://example.invalid/a/41")
    assert slogan in article.paragraphs
    assert clause in article.paragraphs
    assert not any("邱明远" in paragraph for paragraph in article.paragraphs)
    assert article.editor == "邱明远"

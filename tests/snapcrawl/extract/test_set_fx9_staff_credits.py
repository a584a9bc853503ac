"""A paper's credit row naming its own staff in each role (issue 14): "本版撰文／本报记者X
本版摄影／本报记者Y" — role, slash, the outlet speaking of itself (本报, 本台, 本刊, 本网)
and the reporter's title glued to the name, several roles on one line. The row is a credit
(cut from the body) and the writer is read as the author, not the photographer.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.credit_runs import run_reading

from .conftest import as_paragraphs, fixture_bytes, site_article

HAN_STORY = [
    "入冬以来，河畔的几个社区陆续开起了共享厨房，独居老人可以在这里和邻居一起做饭。",
    "社区负责人介绍，厨房由一间闲置的活动室改造而成，灶具和餐具都由附近的企业捐赠。",
    "每周三和周六，志愿者会带着老人去菜市场采购，再一起回到厨房做两三个家常菜。",
    "街道计划明年在另外三个社区推广这一做法，并为行动不便的老人提供送餐服务。",
]
URL = "https://www.example-harbour.cn/news/7731.html"


def test_a_staff_credit_row_on_a_saved_page_leaves_the_body() -> None:
    # transTerminus/webpage_archive raw/unclassify_news/
    # news_广东发现一对同胞亲姐妹都是双性人(图)-新闻中心-中国宁波网.html, cut down
    article = extract_article(fixture_bytes("webarchive/cnnb_staff_credit_pairs.html"))
    assert not any("本版撰文" in p for p in article.paragraphs)
    assert any(p.startswith("20多年前") for p in article.paragraphs)
    assert article.author != "朱元斌"


def test_other_wordings_of_staff_credit_rows() -> None:
    # made up: a station's staff, writer and camera, set apart by a full-width space
    row = "撰文/本台记者韩晓峰　摄像/本台记者罗一鸣"
    assert is_credit(row)
    assert run_reading(row) == "撰文：韩晓峰 摄像：罗一鸣"
    page = site_article(
        as_paragraphs([row, *HAN_STORY]), title="社区开起共享厨房", site="河畔新闻网"
    )
    article = extract_article(page, URL)
    assert article.author == "韩晓峰"
    assert all("本台记者" not in p for p in article.paragraphs)


def test_a_sentence_with_staff_reporters_stays() -> None:
    text = "撰文的本报记者韩晓峰说，社区厨房明年还要再开三家。"
    assert not is_credit(text)


def test_two_reporters_glued_to_their_roles_are_both_read() -> None:
    # transTerminus/webpage_archive raw/sina.cn/
    # news_“女人气质”令饭碗屡丢男子愿卖肾做变性手术.html, cut down: "本版撰文／记者X见习记者Y"
    article = extract_article(fixture_bytes("webarchive/sina_glued_staff_names.html"))
    assert article.author == "李上、王文杰"
    # made up: a special correspondent after the reporter
    assert run_reading("撰文/记者张明特约记者王小丽") == "记者：张明、王小丽"

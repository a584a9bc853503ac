"""Outlets a page credits in shapes the b14 validation round found on real portal pages
(sina, qq, 163 columns, a blog reprint): the host's address and a comment button on the
dated meta line, the authorisation statement under a column piece, the reporter's outlet
in book brackets. Every name and wording here is made up."""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.dated_line import unlabeled_meta_line
from snapcrawl.extract.dom import Line
from snapcrawl.extract.source_lines import reporter_outlet, self_credit

from .conftest import portal_page

STORY = [
    "东岭市文化馆本周末举办民间剪纸作品展，展出来自全市二十多个乡镇的三百余件作品，"
    "其中既有传承百年的窗花样式，也有反映新农村生活的新题材作品。",
    "文化馆负责人介绍，展览期间每天下午安排剪纸艺人现场教学，市民可免费报名参加，"
    "优秀学员作品将在下一届展览中展出。",
    "不少家长带着孩子前来参观，一位市民说，孩子第一次看到这么多剪纸，回家后就吵着要学，"
    "希望这样的活动以后能多办一些。",
]


def _line(text: str, index: int = 0) -> Line:
    return Line(text=text, owner=None, index=index, chars=len(text))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("http://www.example-portal.com 2031年04月02日09:15 东岭娱乐", "东岭娱乐"),
        ("www.haigang.cn　2031-04-02 09:15　海港音乐　　我要评论(12)", "海港音乐"),
        ("2031-04-02 09:15 北湾晚报 发表评论（3）", "北湾晚报"),
        # a microblog badge after the outlet, its reporter's name glued on
        ("2031年04月02日21:38南坪日报[微博]何川我要评论(0)", "南坪日报"),
        ("2031-04-02 09:15 东岭晚报 苏沐", "东岭晚报"),
    ],
)
def test_dated_meta_line_without_the_hosts_address_and_comment_button(
    text: str, outlet: str
) -> None:
    assert unlabeled_meta_line([_line(text)]) == outlet


def test_an_address_alone_beside_the_date_names_no_outlet() -> None:
    assert unlabeled_meta_line([_line("http://news.example.com 2031-04-02 09:15")]) is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the rights holder is an outlet: the story is its
        ("本文为南坪日报授权示例网《观点》专栏发布，转载请注明出处。", "南坪日报"),
        # a person gave it to the portal's column: the portal published it
        ("本文为苏沐授权东岭财经《圆桌》发布，转载请注明出处。本文仅代表作者观点。", "东岭财经"),
        ("本文由北湾周刊独家授权刊发", "北湾周刊"),
        ("本文经西岭晚报授权转载", "西岭晚报"),
    ],
)
def test_authorisation_statement_names_the_outlet(text: str, outlet: str) -> None:
    assert self_credit(text) == outlet


@pytest.mark.parametrize(
    "text",
    ["本文经作者授权发布", "本文为作者授权发布，转载请联系作者。", "未经授权不得转载"],
)
def test_authorisation_by_the_author_alone_names_no_outlet(text: str) -> None:
    assert self_credit(text) is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("作者：《东岭商报》记者 苏沐", "东岭商报"),
        ("《海港周刊》特约记者 林晓舟", "海港周刊"),
        ("文/《北湾晚报》驻京记者 何川", "北湾晚报"),
    ],
)
def test_reporter_credit_names_the_outlet_in_book_brackets(text: str, outlet: str) -> None:
    assert reporter_outlet(text) == outlet


@pytest.mark.parametrize(
    "text",
    ["记者 苏沐", "他在《海港周刊》上读到一篇记者手记后，决定亲自去看看。" * 3],
)
def test_no_reporter_outlet_without_the_credit_shape(text: str) -> None:
    assert reporter_outlet(text) is None


def test_column_page_credits_the_portal_it_was_given_to() -> None:
    page = portal_page(
        "民间剪纸展走进东岭市文化馆",
        "观点",
        STORY,
        info="2031-04-02 09:15:00",
        inside="<p>本文为苏沐授权东岭财经《圆桌》发布，转载请注明出处。</p>",
    )
    article = extract_article(page, "http://example.invalid/a/2")
    assert article.source == "东岭财经"


def test_blog_reprint_credits_the_reporters_outlet() -> None:
    page = portal_page(
        "民间剪纸展走进东岭市文化馆",
        "文化",
        STORY,
        info="2031-04-02 作者：《东岭商报》记者 苏沐",
    )
    article = extract_article(page, "http://example.invalid/a/3")
    assert article.source == "东岭商报"
    assert article.author == "苏沐"

"""Chrome and fields an unseen set of modern news layouts (issue 14, set Y) got wrong,
reduced to their shape with made-up text:

- a publisher's rights notice speaking of "what it prints" (所刊载内容的知识产权…);
- a full-sentence request to follow the publisher's account ("更多X，请关注Y公众号。");
- the publisher's directory of its own sites under the page ("X旗下网站：A B C");
- a Taiwanese dated meta line, its parts set off by slashes ("X報／記者Y／即時報導");
- an outlet named with its desk (【X報專訊】) or claiming the story ([X在线 原创]).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import is_promo, line_kind
from snapcrawl.extract.noise import dated_outlet, is_meta_line, notice_strength

from .conftest import KITCHEN_STORY as STORY
from .conftest import KITCHEN_TITLE as TITLE


def _page(head_lines: list[str], tail_lines: list[str], meta: str = "") -> str:
    body = "".join(f"<p>{x}</p>" for x in [*head_lines, *STORY, *tail_lines])
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城事</a></div>"
        f"<div class='detail'><h1>{TITLE}</h1><div class='info'>{meta}</div>{body}</div>"
        "<div class='footer'>示例报业 版权所有</div></body></html>"
    )


def test_rights_notice_of_what_the_publisher_prints_leaves() -> None:
    line = "河畔经济报及其客户端所刊载内容的知识产权均属河畔报社所有。未经书面授权，不得使用。"
    assert notice_strength(line) >= 1
    article = extract_article(_page([], [line]), "https://news.example.com/a/1.html")
    assert article.paragraphs == tuple(STORY)


def test_story_sentence_about_what_a_site_printed_stays_mid_body() -> None:
    line = "法院审理认为，被告网站所刊载的文章侵犯了原告的著作权，判令其赔偿经济损失。"
    page = _page([], []).replace(f"<p>{STORY[2]}</p>", f"<p>{STORY[2]}</p><p>{line}</p>")
    article = extract_article(page, "https://news.example.com/a/2.html")
    assert line in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "更多宏观研究干货，请关注河畔智库公众号。",
        "请关注河畔财经微信号。",
        "欢迎下载河畔日报客户端！",
        "想了解更多精彩内容，請關注河畔新聞App。",
    ],
)
def test_a_full_sentence_asking_to_follow_an_account_is_a_promo(line: str) -> None:
    assert is_promo(line)
    article = extract_article(_page([], [line]), "https://news.example.com/a/3.html")
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "请关注官方公众号发布的停水信息。",  # what to watch, not the account itself
        "警方提醒，请关注官方公众号。",  # advice reported by the story
        "市民可下载河畔通App办理预约。",
    ],
)
def test_advice_about_accounts_is_no_promo(line: str) -> None:
    assert not is_promo(line)


@pytest.mark.parametrize(
    "line",
    ["河畔传媒旗下网站：河畔网 河畔商城 河畔之家 河畔论坛", "河畔旗下软件：河畔助手 魔盒 要闻"],
)
def test_publishers_own_sites_listed_under_the_page(line: str) -> None:
    assert line_kind(line) == "ui"
    article = extract_article(_page([], [line]), "https://news.example.com/a/4.html")
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line", ["该集团旗下网站：去年访问量增长三成。", "公司旗下产品包括手机和平板电脑"]
)
def test_sentences_about_a_groups_sites_stay(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("2024-12-09 17:52河畔報／ 記者林一／即時報導", "河畔報"),
        ("2024-12-09 17:52 河畔網 記者林一／台北報導", "河畔網"),
    ],
)
def test_taiwanese_meta_line_with_slashes(line: str, outlet: str) -> None:
    assert dated_outlet(line) == outlet
    assert is_meta_line(line)
    article = extract_article(_page([line], []), "https://news.example.com/a/5.html")
    assert article.paragraphs == tuple(STORY)


def test_a_dated_sentence_with_a_report_word_is_no_meta_line() -> None:
    assert dated_outlet("2024年12月9日，河畔報記者林一報導") is None
    assert dated_outlet("2024-12-09 記者林一／台北報導") is None  # no outlet named


@pytest.mark.parametrize(
    ("meta", "outlet"),
    [
        ("<span>【河畔報專訊】</span><span>2024年12月12日 05:00</span>", "河畔報"),
        ("<span>海港晚报快讯</span> <span>2024-12-12 05:00</span>", "海港晚报"),
        (
            "<span>2024-12-08 10:03:00</span> [<span>河畔在线 原创</span>] 作者：<a>林一</a>"
            " | 责编：<a>周二</a>",
            "河畔在线",
        ),
    ],
)
def test_outlet_with_its_desk_or_claiming_the_story(meta: str, outlet: str) -> None:
    article = extract_article(_page([], [], meta), "https://news.example.com/a/6.html")
    assert article.source == outlet
    assert article.paragraphs == tuple(STORY)


def test_an_outlet_ending_in_its_desk_word_keeps_it() -> None:
    meta = "<span>南方资讯</span> <span>2024-12-12 05:00</span>"
    article = extract_article(_page([], [], meta), "https://news.example.com/a/7.html")
    assert article.source != "南方资"


def test_official_documents_signature_date_stays() -> None:
    """A notice ends with who issued it and the date it was signed on, written out."""
    tail = ["河畔市人民政府办公室", "2024年12月2日", "（此件公开发布）"]
    article = extract_article(_page([], tail), "https://www.example.gov.cn/a/8.html")
    assert article.paragraphs == (*STORY, *tail)


def test_a_bare_date_after_the_story_is_still_a_stamp() -> None:
    article = extract_article(_page([], ["2024年12月2日"]), "https://news.example.com/a/9.html")
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize("counter", ["阅读量：3.4万", "阅读数 1.2万+", "浏览：88"])
def test_outlet_beside_a_labelled_read_counter(counter: str) -> None:
    meta = f"<span>河畔晚报</span> <span>2024-12-09 09:17:31</span> <span>{counter}</span>"
    article = extract_article(_page([], [], meta), "https://news.example.com/a/10.html")
    assert article.source == "河畔晚报"

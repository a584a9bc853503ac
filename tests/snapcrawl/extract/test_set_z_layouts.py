"""Chrome and fields an unseen set of modern layouts (issue 14, set Z) got wrong, reduced to
their shape with made-up text and wordings other than the pages':

- a post stamp with a weekday, a counter or the region it was posted from after its clock
  ("2024-05-06 09:12 星期一 阅读 3.1万", "发布于 …・IP 属地四川");
- a counter of readers who approved ("58 人赞同了这篇回答");
- a host's notice in traditional characters ("X日報版權所有，未經許可不得轉載。");
- a finance page's one-line risk notice ("投资提示：理财有风险，投资须谨慎。");
- an author claiming the piece as their own with nothing else ("本文系作者原创");
- a post that shows only when it was edited, or only a bare date after it.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.noise import notice_strength
from snapcrawl.extract.ui_shapes import is_post_stamp

from .conftest import KITCHEN_STORY as STORY
from .conftest import KITCHEN_TITLE as TITLE

URL = "https://news.example.com/a/1.html"


def _page(head_lines: list[str], tail_lines: list[str], meta: str = "", after: str = "") -> str:
    body = "".join(f"<p>{x}</p>" for x in [*head_lines, *STORY, *tail_lines])
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/city'>城事</a></div>"
        f"<div class='detail'><h1>{TITLE}</h1><div class='info'>{meta}</div>{body}"
        f"<div class='stamp'>{after}</div></div>"
        "<div class='footer'>示例报业 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "2024-05-06 09:12 星期一 阅读 3.1万",
        "2024-05-06 09:12星期一阅 8.6W",
        "发布于 2024-03-02 18:20・IP 属地四川",
        "3月2日 18:20 · 河畔晚报 · 浏览 1203",
    ],
)
def test_a_stamp_with_a_weekday_a_region_or_a_counter_is_a_stamp(line: str) -> None:
    assert is_post_stamp(line)
    article = extract_article(_page([line], []), URL)
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "2024年5月6日 09:12，暴雨开始",  # a sentence
        "2024-05-06 09:12 共有 300 人到场",  # a count of people is the story's
    ],
)
def test_a_dated_sentence_is_no_stamp(line: str) -> None:
    assert not is_post_stamp(line)


@pytest.mark.parametrize("line", ["58 人赞同了这篇回答", "2.1万人收藏了该笔记", "96人赞同"])
def test_a_count_of_readers_who_approved_is_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize("line", ["36人赞同这一方案", "有36人赞同了该提案"])
def test_people_approving_something_in_the_story_is_not_ui(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "河畔日報版權所有，未經許可不得轉載。",
        "本文僅代表作者觀點，與本網立場無關。",
        "投资提示：理财有风险，投资须谨慎。",
        "本文系作者原创",
        "本文为我原创",
    ],
)
def test_a_host_or_author_notice_at_the_end_leaves(line: str) -> None:
    assert notice_strength(line) >= 1
    article = extract_article(_page([], [line]), URL)
    assert article.paragraphs == tuple(STORY)


def test_a_traditional_notice_is_read_with_the_site_name_as_written() -> None:
    assert notice_strength("河畔日報版權所有，不得轉載。", ("河畔日報",)) == 2


@pytest.mark.parametrize(
    "line",
    [
        "法院認定被告未經授權轉載原告作品，構成侵權。",  # a story of a case, mid-body
        "专家提醒，投资需谨慎，不要轻信高收益承诺。",
        "我们一直鼓励原创，也欢迎更多年轻人加入。",
    ],
)
def test_story_sentences_with_notice_words_stay_mid_body(line: str) -> None:
    page = _page([], []).replace(f"<p>{STORY[2]}</p>", f"<p>{STORY[2]}</p><p>{line}</p>")
    assert line in extract_article(page, URL).paragraphs


def test_a_post_stamped_only_as_edited_was_published_then() -> None:
    article = extract_article(_page([], [], meta="编辑于 2024年03月02日 18:20"), URL)
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d %H:%M") == "2024-03-02 18:20"


def test_a_publication_time_beats_an_edit_time() -> None:
    meta = "发布时间：2024-03-01 08:00 编辑于 2024年03月02日 18:20"
    article = extract_article(_page([], [], meta=meta), URL)
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d %H:%M") == "2024-03-01 08:00"


@pytest.mark.parametrize("stamp", ["2024-03-02 四川", "2024-03-02 IP属地：广东省", "2024-03-02"])
def test_a_bare_date_after_the_post_is_its_date(stamp: str) -> None:
    article = extract_article(_page([], [], after=stamp), URL)
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d") == "2024-03-02"


def test_a_dated_phrase_after_the_post_is_no_stamp() -> None:
    article = extract_article(_page([], [], after="2024-03-02 起施行"), URL)
    assert article.published_at is None


@pytest.mark.parametrize("stamp", ["2024-03-02 IP属地：广东", "2024-03-02 · IP 属地 浙江"])
def test_a_date_with_the_region_posted_from_leaves_the_body(stamp: str) -> None:
    article = extract_article(_page([], [stamp]), URL)
    assert article.paragraphs == tuple(STORY)
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d") == "2024-03-02"


def test_a_summary_box_does_not_hide_the_dateline_under_it() -> None:
    summary = "摘要：两市成交额较上一交易日缩量约九百亿元，低空经济概念股午后走强。"
    opening = "河畔财讯社12月3日讯（记者 林立），" + STORY[0]
    page = _page([summary, opening], []).replace(f"<p>{STORY[0]}</p>", "", 1)
    assert extract_article(page, URL).source == "河畔财讯社"


def test_the_name_on_a_dated_line_credited_as_the_writer_is_no_outlet() -> None:
    meta = "林立·2024年12月02日 10:15"
    page = _page(["文｜林立"], [], meta=meta)
    assert extract_article(page, URL).source is None
    # the same line naming an outlet credited by no one keeps it
    page = _page([], [], meta="河畔晚报·2024年12月02日 10:15")
    assert extract_article(page, URL).source == "河畔晚报"

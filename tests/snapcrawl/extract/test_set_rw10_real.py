"""Shapes seen on real saved pages of Singapore's and foreign outlets' Chinese editions
(issue 14, set R10: pages from public repositories), reduced to their form with made-up
outlets, people and wordings other than the set pages':

- a story's time printed day first with the month's English name under its 发布 label
  ("15 Mar 2024 08:30"): read as written, not left to a tag's other time;
- a picture's credit under the word BBC's and Hong Kong's pages use for a picture
  (图像来源，X): a credit like 图片来源：X, never a paragraph;
- a region the page labels as the byline (``role="region"`` ``aria-labelledby`` naming
  it) holding "Author, X", "Role, X" rows over the story: furniture, the author still read;
- the label a template reads out before a caption (图像加注文字，…): the caption stays, its
  label goes.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.dates import find_dates

from .conftest import WHARF_STORY, feed_page
from .conftest import WHARF_URL as URL


def _read(html: str):
    return extract_article(html, URL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刊登：15 Mar 2024 08:30", "2024-03-15T08:30:00+08:00"),
        ("更新於 7 September 2023 21:05", "2023-09-07T21:05:00+08:00"),
        ("3 Sept. 2022", "2022-09-03T00:00:00+08:00"),
    ],
)
def test_day_then_english_month_then_year(text: str, expected: str) -> None:
    assert [d.value.isoformat() for d in find_dates(text)] == [expected]


def test_a_word_before_a_year_is_no_month() -> None:
    assert find_dates("15 Marvels 2024") == []


def test_day_month_time_under_its_label_is_the_story_time() -> None:
    page = feed_page("发布 : 15 Mar 2024 08:30").replace(
        "<meta charset='utf-8'>",
        "<meta charset='utf-8'><script type='application/ld+json'>"
        '{"@type":"NewsArticle","datePublished":"2024-03-15T08:21:40+08:00"}</script>',
    )
    art = _read(page)
    assert art.published_at is not None
    assert art.published_at.strftime("%Y-%m-%d %H:%M") == "2024-03-15 08:30"


@pytest.mark.parametrize("credit", ["图像来源， 江岸通讯社", "图像来源，Getty Images"])
def test_picture_credit_in_the_word_for_image_is_no_paragraph(credit: str) -> None:
    art = _read(feed_page("2024-07-08 08:30 来源：江畔晨报", before=[credit]))
    assert credit not in art.paragraphs
    assert WHARF_STORY[0] in art.paragraphs


def _byline_region(label: str) -> str:
    return (
        f"<section role='region' aria-labelledby='{label}'>"
        f"<strong id='{label}'>Story details</strong><ul>"
        "<li><span>Author, </span><span>周明远</span></li>"
        "<li><span>Role, </span><span>特约撰稿人</span></li>"
        "<li><span>Reporting from </span><span>新加坡</span></li></ul></section>"
    )


@pytest.mark.parametrize("label", ["story-byline", "post-byline-box"])
def test_region_labelled_as_byline_is_furniture(label: str) -> None:
    page = feed_page("2024-07-08 08:30 来源：江畔晨报", above="").replace(
        "<div class='text'>", "<div class='text'>" + _byline_region(label), 1
    )
    art = _read(page)
    assert not any("Author," in p or "Role," in p or "Reporting from" in p for p in art.paragraphs)
    assert WHARF_STORY[0] in art.paragraphs


def test_region_with_prose_is_not_taken_for_a_byline() -> None:
    region = (
        "<section role='region' aria-labelledby='x-byline'><p>"
        + "。".join(WHARF_STORY)
        + "。</p></section>"
    )
    page = feed_page("2024-07-08 08:30 来源：江畔晨报").replace(
        "<div class='text'>", "<div class='text'>" + region, 1
    )
    assert any(WHARF_STORY[1] in p for p in _read(page).paragraphs)


@pytest.mark.parametrize("label", ["图像加注文字，", "视频加注文字， ", "图片说明："])
def test_caption_keeps_its_words_without_the_read_out_label(label: str) -> None:
    caption = "渡口的旧灯塔在晚霞中亮起"
    figure = f"<figure><img src='/a.jpg'><figcaption>{label}{caption}</figcaption></figure>"
    page = feed_page("2024-07-08 08:30 来源：江畔晨报").replace(
        "<div class='text'>", "<div class='text'>" + figure, 1
    )
    paragraphs = _read(page).paragraphs
    assert not any(p.startswith(label.strip()) for p in paragraphs)

"""Shapes seen on real saved portal pages (issue 14, set R3: pages from public repositories),
reduced to their form with made-up outlets and wordings other than the set pages':

- a blog's post date in a Chinese locale: the month's Han name, an English day, the year
  ("十一月 6th, 2009"), beside the post's category, a link to its listing: the date is read,
  the category names no outlet, and the heading (a permalink) stays the title;
- a 来源 value that joins a portal's name by a dash to a paper in book marks
  ("来源：X网-《Y报》"): the portal only carries the story, the paper printed it, so the
  story comes from the paper (an edition after the marks, "《Y报》海外版", stays with it).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.dates import find_dates

from .conftest import WHARF_STORY, WHARF_TITLE, feed_page
from .conftest import WHARF_URL as URL


@pytest.mark.parametrize(
    ("value", "outlet"),
    [
        ("江畔在线-《江畔晨报》", "江畔晨报"),
        ("石桥新闻网－《石桥日报》", "石桥日报"),
        ("北岭网 - 《北岭晚报》", "北岭晚报"),
        ("江畔在线-《江畔日报》海外版", "江畔日报海外版"),
    ],
)
def test_portal_dash_paper_in_book_marks_gives_the_paper(value: str, outlet: str) -> None:
    art = extract_article(feed_page(f"2024-07-08 08:30 来源：{value}"), URL)
    assert art.source == outlet


def test_paper_in_book_marks_alone_stays() -> None:
    art = extract_article(feed_page("2024-07-08 08:30 来源：《江畔晨报》"), URL)
    assert art.source == "江畔晨报"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("三月 21st, 2024", "2024-03-21T00:00:00+08:00"),
        ("归档于 十二月 2nd, 2023 8:15", "2023-12-02T08:15:00+08:00"),
        ("七月 8, 2024", "2024-07-08T00:00:00+08:00"),
    ],
)
def test_han_month_name_then_english_day_then_year(text: str, iso: str) -> None:
    assert [d.value.isoformat() for d in find_dates(text)] == [iso]


def _blog_post(category: str, when: str) -> str:
    """A blog post as a WordPress theme serves it: the heading a permalink, then the post's
    category (a link to its listing) beside its date, then the post."""
    story = "".join(f"<p>{p}</p>" for p in WHARF_STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{WHARF_TITLE} _ 渡口手记</title></head>"
        "<body><div id='header'><a href='/'>渡口手记</a> <a href='/archives'>文章归档</a></div>"
        "<div class='post' id='post-88'>"
        f"<h2><a href='/88.html' rel='bookmark'>{WHARF_TITLE}</a></h2>"
        f"<span class='post-cat'><a href='/category/notes' rel='category tag'>{category}</a></span>"
        f" <span class='post-calendar'>{when}</span>"
        f"<div class='post-content'>{story}</div></div>"
        "<div id='footer'>Powered by WordPress</div></body></html>"
    )


@pytest.mark.parametrize(
    ("category", "when", "day"),
    [("杂记", "七月 8th, 2024", "2024-07-08"), ("城事", "十月 3rd, 2023", "2023-10-03")],
)
def test_blog_post_heading_date_and_category(category: str, when: str, day: str) -> None:
    art = extract_article(_blog_post(category, when), URL)
    assert art.title == WHARF_TITLE
    assert art.published_at is not None
    assert art.published_at.date().isoformat() == day
    assert art.source != category

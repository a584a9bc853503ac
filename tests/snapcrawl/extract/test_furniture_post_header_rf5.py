"""An article in a box named as furniture under a post header that sets its date over the
headline (issue 14, session 42, h-rf5), found on the webpage_archive pool
(transTerminus/webpage_archive, raw/unclassify_news/
www_给心理健康提供者和跨性别社区服务盟友的4_条建议_-_Pacific_Clinics.html).

A page builder names every block a widget's ("elementor-widget-container"), so the story's
lines are muted and the page was refused as a list. The story found in furniture is read
when a heading of the ``<title>`` stands over it with the story's dated meta line
(furniture_story._under_title); this header sets the date and the category *over* the
headline ("2023 年 3 月 31 日" | "文章" | headline), not between it and the story. A short
dated line right over the headline counts too (furniture_story._dated_above). Tested on a
reduced copy (real_rf5/pacific_clinics_post_in_widget_box_date_over_headline.html: script,
style and comment blocks, the menus, the side boxes and the footers cut) and with the date
written another way; with a ``<title>`` that names no headline the page stays refused.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapcrawl.extract import NotAnArticle, extract_article

FIXTURE = (
    Path(__file__).resolve().parents[2]
    / "fixtures"
    / "extract"
    / "real_rf5"
    / "pacific_clinics_post_in_widget_box_date_over_headline.html"
)
DATE = "<time>2023 年 3 月 31 日</time>".encode()


@pytest.mark.parametrize("date", [DATE, b"<time>2023-03-31</time>", b"<time>2023/3/31</time>"])
def test_post_under_a_header_dated_over_its_headline_is_read(date: bytes) -> None:
    article = extract_article(FIXTURE.read_bytes().replace(DATE, date))
    assert article.title == "给心理健康提供者和跨性别社区服务盟友的 4 条建议"
    assert len(article.paragraphs) == 9
    assert article.paragraphs[0].startswith("为纪念今天")
    assert article.paragraphs[-1].startswith("Lupe：询问您的伴侣或亲人")
    assert article.published_at is not None
    assert article.published_at.isoformat().startswith("2023-03-31")
    assert "需要帮助" not in article.body


def test_a_title_that_names_no_headline_leaves_it_refused() -> None:
    raw = re.sub(
        rb"<title>[^<]*</title>", "<title>新闻 - 诊所</title>".encode(), FIXTURE.read_bytes()
    )
    with pytest.raises(NotAnArticle):
        extract_article(raw)

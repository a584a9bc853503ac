"""Shapes seen on real saved portal pages (issue 14, set R1: pages from public repositories),
reduced to their form with made-up outlets, people and wordings other than the set pages':

- the dated meta line's outlet label with its colon set apart ("… 来源: X日报"): a label,
  never the byline's person (来 opens surnames too);
- a Latin ``<meta name=author>`` the page's copyright names ("www.X.com 版权所有"): the
  publisher seen from a copy of its page, not a writer;
- a story's first sentence opening on a date and a part of the day ("…3月2日深夜，…"): the
  part of the day names no one who posted it;
- a picture's credit that carries notice words ("图片来源：X 版权作品 禁止转载") near the top:
  it goes alone and does not take the story above it;
- the story's own pictures credited with a space for the label's colon ("本文图片 X").
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY, feed_page
from .conftest import WHARF_URL as URL


def _read(html: str):
    return extract_article(html, URL)


@pytest.mark.parametrize("outlet", ["江畔晨报", "来凤都市报", "石桥新闻网"])
def test_source_label_with_its_colon_is_no_byline(outlet: str) -> None:
    art = _read(feed_page(f"2024-07-08 08:30:12 来源: {outlet}"))
    assert art.author is None
    assert art.source == outlet


def test_latin_meta_author_the_copyright_names_is_the_publisher() -> None:
    page = feed_page("2024-07-08 08:30 来源：江畔晨报").replace(
        "<meta charset='utf-8'>",
        "<meta charset='utf-8'><meta name='author' content='hepanwang'>"
        "<meta name='copyright' content='www.hepanwang.com 版权所有'>",
    )
    page = page.replace("关于我们</a>", "关于我们</a> hepanwang.com All Rights Reserved")
    assert _read(page).author is None


def test_latin_meta_author_the_copyright_does_not_name_stays() -> None:
    page = feed_page("2024-07-08 08:30 来源：江畔晨报", last="<p>Lin Qiao</p>").replace(
        "<meta charset='utf-8'>",
        "<meta charset='utf-8'><meta name='author' content='Lin Qiao'>"
        "<meta name='copyright' content='www.hepanwang.com 版权所有'>",
    )
    assert _read(page).author != "hepanwang"


@pytest.mark.parametrize("part", ["深夜", "清晨", "傍晚"])
def test_part_of_the_day_after_a_date_names_no_one(part: str) -> None:
    quote = f"“2023年11月4日{part}，我在渡口等来了最后一班船。”"
    art = _read(feed_page("2024-07-08 08:30 来源：江畔晨报", before=[quote]))
    assert art.author != part
    assert quote in art.paragraphs


@pytest.mark.parametrize(
    "credit", ["图片来源：山野图库 版权作品 禁止转载", "图源：江畔晨报 版权所有，请勿转载"]
)
def test_picture_credit_with_notice_words_cuts_nothing_above(credit: str) -> None:
    opening = [
        "清晨六点，老码头的栈桥上已经站满了等着看日出的人。",
        "几位老船工说，这样的热闹已经有二十多年没见过了。",
    ]
    art = _read(feed_page("2024-07-08 08:30 来源：江畔晨报", before=[*opening, credit]))
    assert art.paragraphs[:2] == tuple(opening)
    assert credit not in art.paragraphs
    assert WHARF_STORY[-1] in art.paragraphs


@pytest.mark.parametrize("credit", ["本文图片 江畔晨报", "文中配图 山野图库"])
def test_story_pictures_credited_with_a_space(credit: str) -> None:
    opening = [
        "雨后的江面起了薄雾，渡船比平时晚了半个钟头才靠岸。",
        "船老大说，这样的天气里他宁可慢一点，也不拿乘客的安全冒险。",
    ]
    art = _read(feed_page("2024-07-08 08:30 来源：江畔晨报", before=[*opening, credit]))
    assert credit not in art.paragraphs
    assert all(p in art.paragraphs for p in [*opening, *WHARF_STORY])

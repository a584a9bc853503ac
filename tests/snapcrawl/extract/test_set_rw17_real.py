"""Shapes seen on a random sample of real saved pages (issue 14, set R17: pages drawn by
seed from a public web-archive repository's news and portal folders), reduced to their form
with made-up outlets, people and wordings other than the set pages':

- a rule drawn alone after the story's last paragraph, between the story and the post's
  credits ("- - - - - -", "━━━━━━"): no paragraph (several rules there are the piece's own
  layout and are left alone);
- a day-month-year date with dots, as a European outlet's Chinese edition prints it under
  the standfirst ("23.04.2024"): a date, not a paragraph.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.dates import find_dates, is_date_only

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-lakeside.cn/culture/2024/0423/5521.html"
STORY = [
    "为期五天的湖畔书展昨天落下帷幕，主办方统计共有三百多家出版社参展，入场读者超过八万人次。",
    "今年书展首次设立了方言读物专区，几位老作家带来用本地话写成的童谣集，现场朗读吸引了不少家长。",
    "闭幕式上，组委会宣布明年将把展期延长到一周，并邀请周边城市的独立书店一起参与。",
]


def _page(body: str, *, info: str = "2024-04-23 10:30 来源：湖畔日报") -> str:
    title = "湖畔书展闭幕 读者超八万人次"
    return site_article(
        body, title=title, site="湖畔文化网", section=("/culture/", "文化"), info=info
    )


def test_bare_rule_after_the_story_is_no_paragraph() -> None:
    for rule in ("- - - - - - - -", "━━━━━━━━━━", "＊＊＊＊＊＊"):
        article = extract_article(_page(_paras([*STORY, rule])), URL)
        assert rule not in article.body
        assert article.paragraphs[-1] == STORY[-1]


def test_rule_between_two_parts_of_the_story_is_not_cut_as_a_tail() -> None:
    # a divider with prose after it is not past the story's end: the story's parts stay
    article = extract_article(_page(_paras([*STORY[:2], "————————", STORY[2]])), URL)
    assert article.paragraphs[-1] == STORY[-1]
    assert STORY[1] in article.body


def test_rules_ruling_off_several_short_lines_stay_the_pieces_layout() -> None:
    verses = ["湖水慢慢涨起来", "——————", "灯一盏一盏亮了", "——————", "书页还留着余温"]
    article = extract_article(_page(_paras([*STORY, *verses])), URL)
    assert STORY[-1] in article.body


def test_dotted_day_month_year_is_a_date() -> None:
    assert is_date_only("23.04.2024")
    (found,) = find_dates("23.04.2024")
    assert (found.value.year, found.value.month, found.value.day) == (2024, 4, 23)


def test_dotted_date_line_under_the_standfirst_is_no_paragraph() -> None:
    body = (
        "<p class='lead'>" + STORY[0] + "</p><div class='date'>23.04.2024</div>" + _paras(STORY[1:])
    )
    article = extract_article(_page(body), URL)
    assert "23.04.2024" not in article.body
    assert article.paragraphs[-1] == STORY[-1]


def test_decimal_figures_are_no_date() -> None:
    assert not find_dates("销量增长了12.5%，达到3.2019亿元")

"""A headline with its place before the bar "丨" (U+4E28), a real page (issue 14, session
41, h-tp2): a travel agency's notice, "曼谷丨克利普索人妖秀Calypso" in its ``<title>``, its
trail and its ``<h1>``. Reduced copy (images past the first and empty paragraphs cut):
tests/fixtures/extract/real_noise41/akgotour_place_bar_headline.html (transTerminus/
webpage_archive, raw/unclassify_news/akgotour_曼谷丨克利普索人妖秀Calypso_-_泰國安心自由行.html).

"丨" is a Han code point (the CJK block holds it), so a reader of Han runs took "曼谷丨" for
a badge glued before the headline ("原创标题") once TITLE_SPLIT cut the title at the bar, and
the headline lost its place. The badge is Han letters, never the bar (title._BADGE_RE).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.dom import Line
from snapcrawl.extract.meta import HeadInfo
from snapcrawl.extract.title import _heading

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_noise41"
URL = "http://akgotour.com/font/news_item.php?new_info_id=80"


def test_the_headline_keeps_its_place_before_the_bar() -> None:
    raw = (FIXTURES / "akgotour_place_bar_headline.html").read_bytes()
    article = extract_article(raw, URL)
    assert article.title == "曼谷丨克利普索人妖秀Calypso"
    assert article.paragraphs[0].startswith("曼谷地區，歌舞技術及內容編排最精采的人妖表演。")


def _line(text: str, index: int, heading: bool) -> Line:
    line = Line(text=text, owner=None, index=index, chars=len(text))
    line.heading = heading
    return line


@pytest.mark.parametrize(
    ("doc_title", "printed", "headline"),
    [
        # other wordings, made up: a column's name before the bar, the whole title printed
        ("江边观察丨河畔老码头明年改建滨江步道", "江边观察丨河畔老码头明年改建滨江步道", None),
        ("深读丨河畔老码头明年改建滨江步道_河畔网", "深读丨河畔老码头明年改建滨江步道", None),
        # a badge glued before the headline, no bar: still cut off
        (
            "河畔老码头明年改建滨江步道_河畔网",
            "原创河畔老码头明年改建滨江步道",
            "河畔老码头明年改建滨江步道",
        ),
    ],
)
def test_a_bar_is_no_badge(doc_title: str, printed: str, headline: str | None) -> None:
    head = HeadInfo(title=doc_title)
    lines = [
        _line(printed, 0, True),
        _line("河畔网讯 老码头改建方案昨日公布，滨江步道将于年底开放。", 1, False),
    ]
    text, line = _heading(head, lines, 1)
    assert text == (headline or printed)
    assert line is lines[0]

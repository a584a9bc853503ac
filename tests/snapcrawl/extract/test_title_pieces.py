"""The one check that a line is the headline part of ``<title>`` (title_pieces, session 41,
h-unify): each reach, each cut, the floor, and lines that are not the headline (a name the
title goes on from, half a headline at its colon or comma, the site's name after a comma,
a link). Every title and line here is made up for these tests."""

from __future__ import annotations

import pytest

from snapcrawl.extract.dom import Line
from snapcrawl.extract.title_pieces import TITLE_SPLIT, headline_piece, titled_line

HEADLINE = "河畔老码头明年改建滨江步道"


def _line(text: str, *, link: bool = False) -> Line:
    line = Line(text=text, owner=None, index=0, chars=len(text))
    line.is_link = link
    return line


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE}|河畔网",
        f"{HEADLINE}｜河畔网",
        f"{HEADLINE}丨河畔网",  # U+4E28, a letter to Python, a bar to the sites that set it
        f"{HEADLINE}│河畔电视台新闻网",  # a box line (U+2502)
        f"{HEADLINE}_滚动新闻_河畔网",
        f"{HEADLINE} – 河畔网",
        f"{HEADLINE}——河畔网",
        f"{HEADLINE}-河畔网",  # a bare hyphen
        f"{HEADLINE}－河畔网",
        f"{HEADLINE} - 河畔网",
        f"{HEADLINE}--河畔网",
        f"{HEADLINE}::河畔网",
        f"{HEADLINE}(图)",  # a tag the title adds after it
        f"{HEADLINE} （组图）_河畔网",
        f"{HEADLINE}【独家】",
        HEADLINE,  # the whole title
    ],
)
def test_title_opens_on_the_headline(title: str) -> None:
    assert headline_piece(HEADLINE, title, "start")
    assert headline_piece(HEADLINE, title, "either")


@pytest.mark.parametrize(
    "title",
    [
        f"河畔网高清图-{HEADLINE}",  # a channel's name, a bare hyphen
        f"河畔网 | {HEADLINE}",
        f"河畔网_{HEADLINE}",
        f"江边观察丨{HEADLINE}",  # a column's name before a bar "丨"
        f"林晓舟︱{HEADLINE}",  # a writer's name before a vertical dash (U+FE31)
        f"河畔网——{HEADLINE}",
        f"【专题】{HEADLINE}",  # a tag closing before it
    ],
)
def test_title_ends_on_the_headline(title: str) -> None:
    assert headline_piece(HEADLINE, title, "end")
    assert headline_piece(HEADLINE, title, "either")
    assert not headline_piece(HEADLINE, title, "start")


def test_the_reach_is_the_callers() -> None:
    assert not headline_piece(HEADLINE, f"{HEADLINE}-河畔网", "end")
    assert headline_piece(HEADLINE, f"{HEADLINE}-河畔网", "start")


def test_a_hyphen_inside_the_headline() -> None:
    """The whole headline is a piece; its short opening before the hyphen is no headline
    by the floor (a bare hyphen cuts as well as a spaced one)."""
    headline = "COVID-19疫苗明年进入河畔社区"
    assert headline_piece(headline, f"{headline} - 河畔网", "start")
    assert not headline_piece("COVID", f"{headline} - 河畔网", "start")


@pytest.mark.parametrize(
    ("text", "title", "reach"),
    [
        # a name the title goes on from: no cut after it
        ("跨江步行爱好者", "跨江步行爱好者小组", "start"),
        ("河畔老码头明年改建", f"{HEADLINE}_河畔网", "start"),
        # half a headline at its colon or comma, a space alone
        ("河畔老码头明年改建", "河畔老码头明年改建：滨江步道年底开放", "start"),
        ("滨江步道年底开放了吗", "河畔老码头明年改建，滨江步道年底开放了吗", "end"),
        ("滨江步道年底开放了吗", "河畔老码头明年改建 滨江步道年底开放了吗", "either"),
        # the site's name after a comma (a news agency's date line in the title)
        ("河畔国际卫星通讯社", f"{HEADLINE} - 2021年9月3日, 河畔国际卫星通讯社", "either"),
        # a piece in the middle
        ("滚动新闻频道河畔", f"{HEADLINE}_滚动新闻频道河畔_河畔网", "either"),
        # not in the title at all
        ("河畔新码头明年改建滨江步道", f"{HEADLINE}_河畔网", "either"),
    ],
)
def test_not_the_headline(text: str, title: str, reach: str) -> None:
    assert not headline_piece(text, title, reach)  # type: ignore[arg-type]


def test_floor() -> None:
    assert not headline_piece("河畔快讯", "河畔快讯_河畔网", "start")  # a channel's name
    assert headline_piece("河畔码头改建", "河畔码头改建_河畔网", "start", floor=6)
    assert not headline_piece("河畔码头改建", "河畔码头改建_河畔网", "start")
    assert not headline_piece("河畔快讯", "河畔快讯", "either")  # a whole title too


def test_titled_line_is_no_link() -> None:
    title = f"{HEADLINE} - 河畔网"
    assert titled_line(_line(HEADLINE), title, "start")
    assert not titled_line(_line(HEADLINE, link=True), title, "start")
    assert not titled_line(_line(HEADLINE), "", "either")


@pytest.mark.parametrize(
    ("title", "pieces"),
    [
        (f"{HEADLINE}_滚动新闻_河畔网", [HEADLINE, "滚动新闻", "河畔网"]),
        (f"江边观察丨{HEADLINE} | 河畔网", ["江边观察", HEADLINE, "河畔网"]),
        (f"{HEADLINE} - 河畔网", [HEADLINE, "河畔网"]),
        (f"{HEADLINE}——河畔网", [HEADLINE, "河畔网"]),
        (f"河畔网::{HEADLINE}", ["河畔网", HEADLINE]),
        (f"林晓舟︱{HEADLINE}_专栏_河畔网", ["林晓舟", HEADLINE, "专栏", "河畔网"]),
        (f"{HEADLINE}┃河畔网", [HEADLINE, "河畔网"]),
        # a bare hyphen is a headline's ("COVID-19"), split by no reader of the pieces
        ("COVID-19疫苗明年进入河畔社区_河畔网", ["COVID-19疫苗明年进入河畔社区", "河畔网"]),
    ],
)
def test_the_pieces_every_reader_splits(title: str, pieces: list[str]) -> None:
    """One TITLE_SPLIT for the site's name (meta), the stated headlines (title), a channel
    (section_cues, outlet_tags) and a script's article object (script_fields)."""
    assert [p for p in TITLE_SPLIT.split(title) if p] == pieces

"""A bare day by the heading years before the markup's ``<time datetime>`` (issue 14,
session 40, h-fld4): amnesty.tw shows "2014/06/12" under its heading, and the page's first
``<time datetime="2024-09-19T17:14:39+08:00">`` is a related card's. The shown day is the
story's; only a day one off the markup's can be the saving browser's rendering of that
instant (published._browser_day).

The real page is transTerminus/webpage_archive (commit f987f5e), raw/ of www.amnesty.tw
(/news/1496), reduced in tests/fixtures/extract/real_fld4/amnesty_tw_card_time.html; made-up
pages check other days far from the markup's, and the browser's day one off that stays the
markup's instant.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def _page(shown: str, stamp: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    info = f"<span>{shown}</span>"
    after = (
        f"<div class='card'><a href='/n/2'>另一条报道</a><time datetime='{stamp}'>x</time></div>"
    )
    return site_article(body, info=info, title=WHARF_TITLE, site="河畔网", after=after).encode()


def _day(page: bytes) -> str | None:
    published = extract_article(page, None).published_at
    return published.strftime("%Y-%m-%d") if published else None


def test_shown_day_years_before_the_card_real() -> None:
    article = extract_article(fixture_bytes("real_fld4/amnesty_tw_card_time.html"), None)
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d") == "2014-06-12"


def test_other_days_far_from_the_markup() -> None:
    for shown, stamp, day in (
        ("2019年3月5日", "2023-11-02T09:30:00+08:00", "2019-03-05"),
        ("2021/12/30", "2022-01-02T08:00:00Z", "2021-12-30"),
    ):
        assert _day(_page(shown, stamp)) == day, shown


def test_browser_day_one_off_stays_the_instant() -> None:
    # "2024年11月1日" for 2024-11-02T02:08:47Z: the browser's day, the instant's Shanghai time
    published = extract_article(_page("2024年11月1日", "2024-11-02T02:08:47Z"), None).published_at
    assert published is not None
    assert published.strftime("%Y-%m-%d %H:%M") == "2024-11-02 10:08"

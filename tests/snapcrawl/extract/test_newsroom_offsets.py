"""A stamp at the page's own newsroom offset is kept as given (issue 14, session 40, h-fld4):
a North American Chinese site states "2023-01-30T03:21:14-05:00" and shows "January 30,
2023 / 3:21 am"; its published time is 03:21 there, not 16:21 in Beijing. A stamp in UTC
(a server's clock, "…Z", "+00:00") or at Beijing's offset is still read as Beijing wall time
(dates._SERVER_OFFSETS).

The real page is transTerminus/webpage_archive (commit f987f5e), raw/ of caus.com (加美财经,
/all-articles/news/102752/), reduced in
tests/fixtures/extract/real_fld4/caus_eastern_meta_time.html; made-up stamps check other
newsrooms' offsets and the stamps that stay Beijing time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from snapcrawl.extract import extract_article
from snapcrawl.extract.dates import parse_date

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def _page(stamp: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    head = f"<meta property='article:published_time' content='{stamp}'>"
    return site_article(body, head=head, title=WHARF_TITLE, site="河畔网").encode()


def test_eastern_newsroom_real() -> None:
    article = extract_article(fixture_bytes("real_fld4/caus_eastern_meta_time.html"), None)
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d %H:%M") == "2023-01-30 03:21"
    assert article.published_at.utcoffset() == timedelta(hours=-5)


def test_other_newsroom_offsets() -> None:
    for stamp, wall, hours in (
        ("2024-10-13T02:51:00-07:00", "2024-10-13 02:51", -7),  # Vancouver
        ("2024-04-03T18:15:05-04:00", "2024-04-03 18:15", -4),  # New York, summer
        ("2023-06-01T09:30:00+09:00", "2023-06-01 09:30", 9),  # Tokyo
    ):
        found = parse_date(stamp)
        assert found is not None, stamp
        assert found.value.strftime("%Y-%m-%d %H:%M") == wall, stamp
        assert found.value.utcoffset() == timedelta(hours=hours), stamp
        published = extract_article(_page(stamp), None).published_at
        assert published is not None, stamp
        assert published.strftime("%Y-%m-%d %H:%M") == wall, stamp


def test_server_clocks_stay_beijing_time() -> None:
    for stamp in ("2024-08-18T22:25:47+00:00", "2024-08-18T22:25:47Z", "2024-08-19T06:25:47+08:00"):
        found = parse_date(stamp)
        assert found is not None, stamp
        assert found.value.utcoffset() == timedelta(hours=8), stamp
        assert found.value == datetime(2024, 8, 18, 22, 25, 47, tzinfo=UTC), stamp

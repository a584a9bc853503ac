from __future__ import annotations

from lxml import etree

from snapcrawl.extract import thresholds
from snapcrawl.extract.dom import Line


def _line(chars: int, link_chars: int) -> Line:
    return Line("字" * chars, etree.Element("p"), 0, chars, link_chars)


def test_a_line_more_than_half_links_is_a_link_line():
    assert thresholds.is_link_line(_line(10, 6))
    assert not thresholds.is_link_line(_line(10, 5))  # exactly half is still prose
    assert not thresholds.is_link_line(_line(0, 0))


def test_shares_are_fractions():
    for name in ("EDGE_SHARE", "FOOTER_SHARE", "TEASER_PROSE_WEIGHT", "LIST_BLURB_SHARE"):
        assert 0 < getattr(thresholds, name) <= 1, name

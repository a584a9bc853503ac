"""A labelled summary box set between the paragraphs, below the one it repeats (issue 14,
session 38, h-fld2): "核心提示：X" after the paragraph opening with X is the page's summary,
not the story's; the box goes and the story's own paragraph stays. A box that says what no
paragraph says stays.

Tested on a reduced copy of transTerminus/webpage_archive (commit f987f5e)
raw/sohu.com/www_美媒：美今年至少32名跨性别者遇害_-_搜狐.html
(tests/fixtures/extract/real_fld2/) and on made-up wordings.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def test_a_box_below_the_paragraph_it_repeats_goes_real() -> None:
    article = extract_article(fixture_bytes("real_fld2/sohu_summary_box_below.html"), None)
    assert not any(p.startswith("核心提示") for p in article.paragraphs)
    assert article.paragraphs[1].startswith("报道称，跨性别者中的有色人种今年占已知受害者的81%")
    assert article.paragraphs[4].startswith("报告发现")


def _page(lines: list[str]) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return site_article(body, info="2024-03-05 10:00", title=WHARF_TITLE, site="河畔生活网")


def test_a_box_below_the_paragraph_it_repeats_other_wordings() -> None:
    first, second, *rest = WHARF_STORY
    for label in ("摘要：", "【导读】", "内容提要："):
        box = label + second[:24]
        paragraphs = extract_article(_page([first, second, box, *rest]), None).paragraphs
        assert box not in paragraphs, label
        assert second in paragraphs, label  # the story's own paragraph stays
        last = rest[-1]
        box = label + last[:30]
        paragraphs = extract_article(_page([first, second, *rest, box]), None).paragraphs
        assert box not in paragraphs, label
        assert paragraphs[-1] == last, label
    box = "核心提示：河畔区今年还将新修三座步行桥，连通南北两岸的公园。"
    paragraphs = extract_article(_page([first, second, box, *rest]), None).paragraphs
    assert box in paragraphs  # it says what no paragraph says: kept

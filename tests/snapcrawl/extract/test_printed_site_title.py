"""A heading printed with the site's name after a bar (issue 14, session 40, h-fld4): Yahoo
HK's ``<h1>`` reads "X｜Yahoo" as its ``<title>`` does, and ``og:site_name`` is "Yahoo
News"; the headline is X (title._without_printed_site, which reads the heading line as
_without_site_name reads og:title).

The real page is transTerminus/webpage_archive (commit f987f5e),
raw/unclassify_news/hk_勝訴14個月後跨性別原告謝浩霖成功改身份證性別：續走平權_.html
(hk.news.yahoo.com; six more pages of the site in the pool carry the same suffix), reduced in
tests/fixtures/extract/real_fld4/yahoo_hk_site_in_heading.html; made-up pages check other
site names and the headings whose last piece is the headline's own.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY, fixture_bytes, site_article


def _page(heading: str, site_name: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    head = f"<meta property='og:site_name' content='{site_name}'>"
    return site_article(body, head=head, title=heading, site="河畔网", title_bar=heading).encode()


def test_site_after_the_bar_real() -> None:
    article = extract_article(fixture_bytes("real_fld4/yahoo_hk_site_in_heading.html"), None)
    assert article.title == "勝訴14個月後 跨性別原告謝浩霖成功改身份證性別：續走平權未竟路"


def test_other_site_names() -> None:
    for heading, site_name, title in (
        ("河畔老码头明年改建滨江步道｜河畔网", "河畔网", "河畔老码头明年改建滨江步道"),
        ("河畔老码头明年改建滨江步道 | Harbour", "Harbour Daily", "河畔老码头明年改建滨江步道"),
        (
            "专访｜河畔老码头明年改建滨江步道｜海港晚报",
            "海港晚报",
            "专访｜河畔老码头明年改建滨江步道",
        ),
    ):
        assert extract_article(_page(heading, site_name), None).title == title, heading


def test_headings_that_keep_their_last_piece() -> None:
    for heading, site_name in (
        ("河畔老码头明年改建滨江步道｜专访", "河畔网"),  # a column's word, not the site's
        ("变性后能过性生活吗？揭变性手术那些事｜名医专访", "河畔健康"),
        ("河畔老码头明年改建 | 滨江步道", "河畔网"),
    ):
        assert extract_article(_page(heading, site_name), None).title == heading, heading


def test_heading_copy_as_printed_leaves_the_body() -> None:
    # a second copy of the printed heading over the story (3020.html of the same site had
    # one): the heading, not the story's first line, once the site's name is cut from it
    heading = "河畔老码头明年改建滨江步道｜河畔网"
    body = f"<p>{heading}</p>" + "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    head = "<meta property='og:site_name' content='河畔网'>"
    page = site_article(body, head=head, title=heading, site="河畔网", title_bar=heading)
    article = extract_article(page.encode(), None)
    assert article.title == "河畔老码头明年改建滨江步道"
    assert article.paragraphs[0] == WHARF_STORY[0]

"""A company's name in the author tag (issue 14, session 40, h-fld4): NetEase's game and
emulator sites (mumu.163.com, ds.163.com, …) tag every page ``<meta name="author"
content="网易，NetEase Inc.">``; the legal form ("Inc.", "Ltd", "有限公司") names the company
that publishes the page, not a writer (credits.author_from_tags, _COMPANY).

The real page is transTerminus/webpage_archive (commit f987f5e), raw/ of mumu.163.com
(逆水寒手游新角色揭秘：女铁衣的独特魅力与特点), reduced in
tests/fixtures/extract/real_fld4/netease_company_meta_author.html; made-up tags check other
companies, and writers' names that stay.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.credits import author_from_tags

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def _page(author: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    head = f"<meta name='author' content='{author}'>"
    info = f"<span>2023-07-08 10:20</span><span>{author}</span>"
    return site_article(body, head=head, info=info, title=WHARF_TITLE, site="河畔网").encode()


def test_company_in_the_author_tag_real() -> None:
    article = extract_article(fixture_bytes("real_fld4/netease_company_meta_author.html"), None)
    assert article.author is None
    assert article.title == "逆水寒手游新角色揭秘：女铁衣的独特魅力与特点"


def test_other_companies() -> None:
    for author in ("海港传媒有限公司", "Harbour Media Co., Ltd.", "河畔网络，Riverside Inc"):
        assert author_from_tags({"author": author}, ()) is None, author


def test_writers_that_stay() -> None:
    for author, name in (
        ("林木", "林木"),
        ("Jane Doe", "Jane Doe"),
        ("Lincoln Chen", "Lincoln Chen"),
    ):
        assert author_from_tags({"author": author}, ()) == name, author
    assert extract_article(_page("林木"), None).author == "林木"

"""An outlet's logo before the 来源 line that names it (issue 14, session 40, h-fld4): an old
portal's meta block sets "<a href='https://www.hsw.cn'><img></a>" right before "来源：华商网-
新文化报"; the logo links to the outlet's home page and is no picture of the story, so the
line is the story's 来源, not a picture's credit (source._under_picture, _home_logo).

The real page is transTerminus/webpage_archive (commit f987f5e), raw/sohu.com/ of
sports.sohu.com (2009-04-14, 22岁网坛双性人终获女性身份), reduced in
tests/fixtures/extract/real_fld4/sohu_outlet_logo_source.html (the pool's 2009 news.sohu.com
page of the same template, 来源：北京晚报, gave no source either). Made-up pages check another
outlet's logo, and pictures that are no logo.
"""

from __future__ import annotations

import lxml.html

from snapcrawl.extract import extract_article
from snapcrawl.extract.source import _home_logo

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def _page(picture: str, credit: str = "<p>来源：海港晚报</p>") -> bytes:
    body = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    info = f"<p>2023-07-08 10:20</p><div class='source'>{picture}{credit}</div>"
    return site_article(body, info=info, title=WHARF_TITLE, site="河畔网").encode()


def test_outlet_logo_before_source_real() -> None:
    article = extract_article(fixture_bytes("real_fld4/sohu_outlet_logo_source.html"), None)
    assert article.source == "华商网-新文化报"
    assert article.paragraphs[0] == "22岁德国网坛双性人终获女性身份，经鉴定可战女子比赛"


def test_other_outlet_logos() -> None:
    for href in ("https://www.harbour-evening.cn", "http://news.example.com.cn/", "https://hb.cn"):
        picture = f"<div class='logo'><a href='{href}' target='_blank'><img src='/l.gif'></a></div>"
        assert extract_article(_page(picture), None).source == "海港晚报", href


def test_pictures_that_are_no_logo() -> None:
    for picture in (
        "<div><img src='/photo/wharf.jpg'></div>",  # the story's photo, no link
        "<div><a href='https://img.example.cn/big/wharf.jpg'><img src='/w.jpg'></a></div>",
        "<div><a href='/photo/2023/0708/1.html'><img src='/w.jpg'></a></div>",
        # a logo and a photo: not every picture is a logo
        "<div><a href='https://hb.cn'><img src='/l.gif'></a><img src='/w.jpg'></div>",
    ):
        assert not _home_logo(lxml.html.fragment_fromstring(picture)), picture
    logo = "<div><a href='https://www.hsw.cn' target='_blank'><img src='/l.jpg'></a></div>"
    assert _home_logo(lxml.html.fragment_fromstring(logo))

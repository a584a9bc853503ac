"""A byline of the writer's name, a slash and what the writer is (issue 14, session 39,
h-fld3): "程萍/南京大学社会学院博士生" over a research column's story credits 程萍; the part
after the slash is a unit and a role (AUTHOR_ROLE ends it), not an outlet
(bare_bylines.noted_byline).

The real page is transTerminus/webpage_archive (commit f987f5e),
raw/thepaper.cn/m_调查与研究菲律宾“跨性别”工人.html (澎湃研究所), reduced in
tests/fixtures/extract/real_fld3/thepaper_writer_slash_note.html; made-up lines check
other units and roles, and the lines the reader must leave.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.bare_bylines import noted_byline

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def _page(byline: str, tail: str = "<p>来源：河畔晚报</p>") -> bytes:
    body = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    info = f"<p>{byline}</p><p>2015-11-30 15:44</p>{tail}"
    return site_article(body, info=info, title=WHARF_TITLE, site="河畔网").encode()


def test_the_writer_before_the_slash_real() -> None:
    article = extract_article(fixture_bytes("real_fld3/thepaper_writer_slash_note.html"), None)
    assert (article.author, article.source) == ("程萍", "澎湃新闻")


def test_other_units_and_roles() -> None:
    for byline, name in (
        ("林木／河畔大学历史系教授", "林木"),
        ("欧阳晓岚 / 海港律师事务所合伙人", "欧阳晓岚"),
        ("方敏/河畔研究院研究员", "方敏"),
    ):
        assert noted_byline(byline) == name, byline
        article = extract_article(_page(byline), None)
        assert (article.author, article.source) == (name, "河畔晚报"), byline
    # with no 来源 on the page, the byline is not taken for the outlet either
    assert extract_article(_page("林木/河畔大学历史系教授", tail=""), None).source is None


def test_lines_that_are_no_noted_byline() -> None:
    for line in (
        "石佳/中国青年报",  # a writer and an outlet: byline_outlets' shape, not this one
        "台北/高雄",  # places
        "文/图 河畔晚报记者",  # roles, no name
        "海港日报/河畔大学研究员",  # an outlet before the slash
        "林木/河畔大学历史系教授，长期关注城市更新问题，著有多部专著。",  # a note, not a role
    ):
        assert noted_byline(line) is None, line

"""A kind of writer where the writer's name should stand (issue 14, session 40, h-fld4):
"作者: 本刊特约 邓雁霞" credits 邓雁霞, not 本刊特约; a credit slot or a script's writer field
that holds only what the writer is ("駐站作家", "作者： 专栏", "专栏作家") names no one
(writer_kinds.py, read by credit_names.clean_name).

The real page is transTerminus/webpage_archive (commit f987f5e),
raw/unclassify_news/ of www.sinchew.com.my (星洲网 副刊, 【跌宕性别光谱／01】), reduced in
tests/fixtures/extract/real_fld4/sinchew_commissioned_writer.html. The pool's other pages
of the kind (owlting's script ``writer:"駐站作家"``, ifeng's "作者： 专栏" and "□X（专栏作家）")
are checked by made-up lines below, with other wordings, and names that must stay.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.writer_kinds import without_writer_kind, writer_kind

from .conftest import WHARF_STORY, WHARF_TITLE, fixture_bytes, site_article


def _page(info: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in WHARF_STORY)
    return site_article(body, info=info, title=WHARF_TITLE, site="河畔网").encode()


def test_commissioned_writer_real() -> None:
    article = extract_article(fixture_bytes("real_fld4/sinchew_commissioned_writer.html"), None)
    assert article.author == "邓雁霞"
    assert any(p.startswith("根据一项跨性别者的调查") for p in article.paragraphs)


def test_kinds_alone_name_no_one() -> None:
    for value in ("駐站作家", "专栏作家", "专栏", "本刊特约", "特約作家", "签约作者", "小编"):
        assert writer_kind(value), value
        assert clean_name(value) is None, value
    for info in ("作者： 专栏　编辑：李木", "作者：驻站作家", "作者：本站小编"):
        assert extract_article(_page(info), None).author is None, info


def test_kind_before_a_name() -> None:
    for value, name in (
        ("本刊特约 邓雁霞", "邓雁霞"),
        ("駐站作家 林木", "林木"),
        ("签约作者　方敏", "方敏"),
    ):
        assert without_writer_kind(value) == name, value
        assert clean_name(value) == name, value
    assert extract_article(_page("作者：本报特约 欧阳晓岚"), None).author == "欧阳晓岚"


def test_names_that_stay() -> None:
    for value in ("王作家", "张小编", "小编X", "林木", "作家协会 林木"):
        assert not writer_kind(value), value
    assert without_writer_kind("王作家") == "王作家"
    assert clean_name("小编X") == "小编X"  # a pen name: the initial after the word
    assert extract_article(_page("作者：林木　编辑：李木"), None).author == "林木"

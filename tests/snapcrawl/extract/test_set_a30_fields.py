"""Author (and the outlet beside it) where pages show them in forms no earlier round read
(issue 14, set A30), reduced to their shape with made-up outlets, people and wordings other
than the set pages':

- a byline naming three reporters, then a correspondent set apart by spaces (记者 A B C
  通讯员 D): the three, not two (the role after a space follows a name, not an outlet);
- a five-character name (Mongolian) in a credit line;
- a byline with no label: a person's name beside the outlet on the dated meta line, alone
  between the meta line and the story, alone under the last paragraph (a signature, its
  month under it), or over a line saying what the writer is (a columnist's box); several
  lone names are a list of people, and a two-character lone line is no byline;
- a named team as the writer under 撰文 or 执笔 (X调研组, X野外队);
- the writer's slash label after the date and the outlet, in traditional script, with a
  photographer's credit after it; the writer's role joined to the camera's before a space
  (摄影/文 X, 文字、摄影 X).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_names import clean_name

from .conftest import FEED_WHEN, feed_page
from .conftest import WHARF_URL as URL

WHEN = FEED_WHEN


_page = feed_page


def _read(html: str):
    return extract_article(html, URL)


# --- the names under a byline's first role ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the project's rule: the first role's names (通讯员, 实习生 after it are not read)
        ("记者　邵一帆　马可　林西　通讯员　汪洋", "邵一帆 马可 林西"),
        ("本台记者　萨仁格日勒　乌云", "萨仁格日勒 乌云"),  # a five-character name
    ],
)
def test_every_name_under_the_first_role_is_read(line: str, expected: str) -> None:
    assert _read(_page(before=[line])).author == expected


def test_a_role_set_apart_by_a_space_follows_a_name_not_an_outlet() -> None:
    assert clean_name("吴畏　沈默　柳青　通讯员　江帆") == "吴畏 沈默 柳青"
    assert clean_name("秦川 本台实习生 白露") == "秦川"  # the outlet glued to the role goes


# --- bylines with no label ---------------------------------------------------------------


def test_a_name_beside_the_outlet_on_the_dated_line() -> None:
    art = _read(_page(f"{WHEN}　诸葛云帆　东篱晚报"))
    assert (art.author, art.source) == ("诸葛云帆", "东篱晚报")
    art = _read(_page(f"东篱晚报　上官明远　{WHEN}"))
    assert (art.author, art.source) == ("上官明远", "东篱晚报")


def test_a_name_alone_between_the_meta_line_and_the_story() -> None:
    assert _read(_page(before=["端木子衿"])).author == "端木子衿"


def test_a_signature_under_the_last_paragraph() -> None:
    assert _read(_page(closing=["欧阳素秋", "2024年6月"])).author == "欧阳素秋"
    assert _read(_page(closing=["宋清扬"])).author == "宋清扬"


def test_a_columnist_box_over_the_heading() -> None:
    box = "<div class='col'><p>东方既白</p><p>文化专栏作者，自由撰稿人</p></div>"
    assert _read(_page(above=box)).author == "东方既白"


def test_several_lone_names_or_a_short_word_are_no_byline() -> None:
    assert _read(_page(before=["林海峰"], closing=["赵明轩"])).author is None
    assert _read(_page(before=["方法"])).author is None
    assert _read(_page(before=["编辑：古丽·阿不都"])).author is None  # a label is no lone name


# --- labels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (f"撰文：市生态环境监测站水质调研组　{WHEN}", "市生态环境监测站水质调研组"),
        (f"执笔：省地质调查院野外队　{WHEN}", "省地质调查院野外队"),
        ("2024/07/08　港灣週報　撰文／歐陽子謙　攝影／陳立", "歐陽子謙"),
        (f"摄影/文　闻一舟　{WHEN}", "闻一舟"),
        (f"文字、摄影　池晓白　{WHEN}", "池晓白"),
    ],
)
def test_writer_labels(meta: str, expected: str) -> None:
    assert _read(_page(meta)).author == expected


# --- set A30b's kinds ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (f"影评人：邓知秋　{WHEN}", "邓知秋"),  # a critic's label
        (f"撰写：闵若溪　{WHEN}　来源：东篱晚报", "闵若溪"),
        (f"文・图　苗一禾　{WHEN}", "苗一禾"),  # a Japanese-style dot joining the roles
        (f"{WHEN} | 莫小川 本台记者 | 来源：东篱晚报", "莫小川"),  # the name before the role
        (f"By 邓子墨 | 晨光商报 | {WHEN}", "邓子墨"),
        (f"作者：方知行　教授；卢雨桐　副研究员　{WHEN}", "方知行 卢雨桐"),
        (f"作者：方知行　研究员　{WHEN}", "方知行"),  # a title after the name is no name
    ],
)
def test_a30b_labels_and_rows(meta: str, expected: str) -> None:
    assert _read(_page(meta)).author == expected


def test_a_lone_name_with_an_ornament_opens_a_commentary() -> None:
    assert _read(_page(before=["◆ 柏青山"])).author == "柏青山"


def test_a_two_character_signature_needs_its_date() -> None:
    assert _read(_page(closing=["江帆", "2023年冬于江城"])).author == "江帆"
    assert _read(_page(closing=["江帆"])).author is None


def test_a_name_alone_in_a_meta_bar_of_spans() -> None:
    bar = "<span>{}</span><span>{}</span><span>阅读 2345</span>"
    assert _read(_page(bar.format(WHEN, "柴文远"))).author == "柴文远"
    assert _read(_page(bar.format(WHEN, "高新区"))).author is None  # a place, not a person

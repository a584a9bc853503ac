"""Credits in the forms set C34 (and C34b) found left in the body or misread (issue 14),
reduced to their shape with made-up names and wordings other than the sets' pages':

- an English role before the Chinese one in each credit of a row ("Writer / 作者：X");
- one label over several names, each in an element of its own (a ``<dl>``'s ``<dd>``s);
- an article's information box in an ``<aside>``: a heading, credits, a meta line, counts;
- a line of a reviewed work's makers inside the story ("作曲：X　编曲：Y") stays;
- joined roles in a row's later credits, a full-width or bullet dot joining them, the
  editor's role among them naming the editor ("责编、审校／Y");
- a source's programme in 《》 ("稿件来源：X台《Y》　记者：Z") is no cited work;
- 文稿 names the writer; a count ending a credit row ("｜浏览：865次") is no part of it;
  an outlet's qualifier before the next label (本期编辑) is no part of the name before.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.cited_works import cites_work
from snapcrawl.extract.credit_forms import plain_form
from snapcrawl.extract.credit_names import clean_name

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import credited_page

_page = credited_page


def _read(html: str):
    return extract_article(html, URL)


def test_an_english_role_before_each_chinese_role_of_a_row() -> None:
    tail = "<p>Writer / 作者 邝立秋　　Photos / 摄影 简一川　　Editor / 责编 司马晴</p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "邝立秋"
    assert article.editor == "司马晴"


def test_one_label_over_several_names_in_cells_of_their_own() -> None:
    tail = (
        "<dl class='crew'><dt>记者</dt><dd>黎望舒</dd><dd>葛清远</dd><dd>卓一凡</dd>"
        "<dt>审校</dt><dd>饶晓冬</dd><dt>责编</dt><dd>潘若谷</dd></dl>"
    )
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "黎望舒 葛清远 卓一凡"
    assert article.editor == "潘若谷"


def test_an_information_box_in_an_aside_names_the_credits() -> None:
    tail = (
        "<aside class='meta-box'><h3>本文信息</h3><ol><li>撰稿：霍晓川</li><li>来源：江畔日报</li>"
        "<li>责任编辑：严思齐</li><li>浏览：1.5万次</li></ol></aside>"
    )
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "霍晓川"
    assert article.editor == "严思齐"


def test_a_reviewed_works_makers_inside_the_story_stay() -> None:
    middle = "<p>作曲：聂远山　编曲：柯一苇　录音：尹北辰</p>"
    article = _read(_page(middle=middle, tail="<p>撰文：冷清秋　编辑：祝晓岩</p>"))
    assert "作曲：聂远山　编曲：柯一苇　录音：尹北辰" in article.paragraphs
    assert article.author == "冷清秋"
    assert article.editor == "祝晓岩"


def test_joined_roles_in_a_rows_later_credits() -> None:
    tail = "<p>采写、摄影／杭一鸣　责编、审校／班若曦</p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "杭一鸣"
    assert article.editor == "班若曦"


def test_roles_joined_by_a_bullet_or_full_width_dot() -> None:
    article = _read(_page(tail="<p>撰文•摄影／米小岚　编辑．校对／席远</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "米小岚"
    assert article.editor == "席远"


def test_a_sources_programme_is_no_cited_work() -> None:
    assert not cites_work("稿件来源：江畔广播电台《晚高峰》　记者：鞠一帆　编辑：芮青")
    assert cites_work("入围作品：《潮汐》　导演：鞠一帆")


def test_a_government_pages_wengao_names_the_writer() -> None:
    article = _read(_page(tail="<p>文稿：查思远　摄影：厍一鸣　编审：巫晓婷</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "查思远"


def test_a_count_ending_a_credit_row_is_no_part_of_it() -> None:
    assert plain_form("作者：韦一舟｜责编：骆清｜浏览：865次") == "作者：韦一舟｜责编：骆清"
    article = _read(_page(tail="<p>作者：韦一舟｜责编：骆清｜浏览：865次</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "韦一舟"
    assert article.editor == "骆清"


def test_an_outlets_qualifier_before_the_next_label_ends_the_name() -> None:
    assert clean_name("韦一舟｜本期编辑：骆清") == "韦一舟"

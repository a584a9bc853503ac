"""Credits in the forms set C35 (and C35b) found left in the body or misread (issue 14),
reduced to their shape with made-up names and wordings other than the sets' pages':

- a role's label alone on its line (with or without a colon) over names set apart by
  full-width spaces ("采写：" | "X　Y"): the pair is a credit, the names the author;
- names listed with a slash between them ("记者：X/Y", "编辑" | "X / Y") are a list, as
  with 、;
- a prize list written as prose ("二等奖《X》，作者：Y，编辑：Z。") is the story's row;
- a credit row in an inline element of its own ending the last paragraph (``<small>``,
  ``<em>``, a styled ``<span>``) leaves the body, the sentence before it stays; a row of
  two credits glued on as text, bracketed or not, keeps its paragraph whole (glued_credit's
  rule), no longer dropped as a meta line with the sentence;
- an angle bracket closing a credit row ("〈…编辑：Y〉") is no part of the name.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.cited_works import cites_work
from snapcrawl.extract.credit_names import clean_name

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import credited_page

_page = credited_page
_LAST = "围挡外侧还将设置临时便道，方便居民步行通过。"


def _read(html: str):
    return extract_article(html, URL)


def test_a_label_with_its_colon_alone_over_names_set_apart_by_wide_spaces() -> None:
    tail = "<p>采写：</p><p>郑一鸣\u3000卢思远</p><p>责编：</p><p>孟雨桥</p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "郑一鸣 卢思远"
    assert article.editor == "孟雨桥"


def test_a_bare_label_in_a_div_over_names_set_apart_by_wide_spaces() -> None:
    names = "韦嘉禾\u3000房若曦\u3000井子骞"
    tail = f"<div>记者</div><div>{names}</div><div>值班编辑</div><div>鲁晚晴</div>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "韦嘉禾 房若曦 井子骞"
    assert article.editor == "鲁晚晴"


def test_names_with_a_slash_between_them_are_a_list() -> None:
    tail = "<p>记者：苗清扬/谷雨辰\u3000校对：邓知秋\u3000编辑：蔡星野</p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "苗清扬/谷雨辰"
    assert article.editor == "蔡星野"
    assert clean_name("柯一然／童思齐／伍映秋") == "柯一然／童思齐／伍映秋"


def test_a_label_alone_over_names_with_a_slash_between_them() -> None:
    tail = "<p>采写</p><p>贺知章 / 温庭筠</p><p>责编</p><p>柳如眉</p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "柳如眉"


def test_a_slash_beside_a_word_that_is_no_name_lists_nothing() -> None:
    assert clean_name("周嘉仪／台北") == "周嘉仪"  # a dateline's place, as before
    assert clean_name("海港晚报/林晓周") is None  # an outlet and a name: too long for one


def test_a_prize_list_written_as_prose_stays_in_the_story() -> None:
    row = "二等奖作品《晚潮》，作者：许一舟、骆清和，编辑：樊小満。"
    assert cites_work(row)
    assert not cites_work("来源：《江畔日报》，编辑：樊小满")
    article = _read(_page(middle=f"<p>{row}</p>", tail="<p>责任编辑：祝一鸣</p>"))
    assert row in article.paragraphs
    assert article.editor == "祝一鸣"


def test_a_credit_row_in_a_small_element_ending_the_last_paragraph_goes() -> None:
    tail = f"<p>{_LAST} <small>撰文/邬星洲 摄影/冉冬至 编辑/阮清禾</small></p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == (*STORY, _LAST)
    assert article.author == "邬星洲"
    assert article.editor == "阮清禾"


def test_a_credit_row_in_a_styled_span_ending_the_last_paragraph_goes() -> None:
    tail = f"<p>{_LAST}<span style='color:#888'>记者：包映雪　责任编辑：闻一舟</span></p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == (*STORY, _LAST)
    assert article.editor == "闻一舟"


def test_an_emphasised_phrase_or_a_bracketed_credit_ending_a_paragraph_stays() -> None:
    emphasised = "<p>围挡外侧还将设置临时便道，方便<em>居民步行通过</em></p>"
    assert _read(_page(tail=emphasised)).paragraphs[-1] == _LAST[:-1]
    bracketed = f"<p>{_LAST}<em>（记者 沈望川）</em></p>"  # glued_credit's: the paragraph's
    assert _read(_page(tail=bracketed)).paragraphs[-1] == f"{_LAST}（记者 沈望川）"


def test_an_angle_bracket_closing_a_credit_row_is_no_part_of_the_name() -> None:
    tail = "<p>〈文字：祁晚舟｜责任编辑：顾南乔〉</p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "祁晚舟"
    assert article.editor == "顾南乔"


def test_a_row_of_two_credits_written_on_after_a_sentence_keeps_its_paragraph() -> None:
    glued = f"{_LAST} 撰稿：卫听澜　值班编辑：潘映月"  # glued_credit's: the paragraph as written
    article = _read(_page(tail=f"<p>{glued}</p>"))
    assert article.paragraphs == (*STORY, glued)
    assert article.editor == "潘映月"


def test_a_sentence_with_a_bracketed_row_of_two_credits_glued_on_stays_whole() -> None:
    glued = f"{_LAST}（作者：卫听澜　责任编辑：潘映月）"  # glued_credit's: as written
    article = _read(_page(tail=f"<p>{glued}</p>"))
    assert article.paragraphs == (*STORY, glued)
    assert article.editor == "潘映月"

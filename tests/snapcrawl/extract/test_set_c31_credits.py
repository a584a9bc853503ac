"""Credits in the forms set C31 (and C31b) found left in the body or misread (issue 14),
reduced to their shape with made-up names and wordings other than the sets' pages':

- names before their roles in a row ("X 报道 | Y 编辑", "X（记者） Y（编辑）"), each name to
  its own role (the reporter's name is not the editor's), and one name before a role in
  brackets ("X（本报记者）"); but two words before a role with no row ("张伟 编辑") are none;
- a row of three roles glued to names no listed surname opens ("主播X 制作Y 编辑Z");
- a marked name alone over the story's first paragraph ("◎ X"), a byline; a marked part's
  heading ("◎ 新闻背景") stays;
- a chart maker's or a photographer's credit alone under a picture ("X 制图", "X 摄"); one
  glued to a caption ("……。 X 摄") stays the caption's, as the project's gold keeps it;
- the writer of a work cited in a list ("《…》（作者：X）") is not the page's author;
- a role of one character after a name in brackets ("（X 撰）"), 执行编辑 as the editor's.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_shape import credit_by_form

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import credited_page

_page = credited_page


def _read(html: str):
    return extract_article(html, URL)


def test_names_before_their_roles_in_a_barred_row() -> None:
    article = _read(_page(tail="<p>郏云帆 报道 ｜ 嵇小棠 编辑</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "郏云帆"
    assert article.editor == "嵇小棠"


def test_roles_in_brackets_after_each_name() -> None:
    article = _read(_page(tail="<p>周以宁（记者）　　汪川（编辑）</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "周以宁"
    assert article.editor == "汪川"


def test_one_name_before_a_bracketed_reporters_role_at_the_top() -> None:
    article = _read(_page(top="<p>韩落（本报记者）</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "韩落"


def test_a_name_and_a_role_word_with_no_row_are_no_credit() -> None:
    # a short line the body drops anyway: the form reader itself must not call it a credit
    assert not credit_by_form("张伟 编辑")
    assert not credit_by_form("居民 记者")
    assert credit_by_form("张伟 摄影 ｜ 李娜 编辑")


def test_three_roles_glued_to_unlisted_names() -> None:
    row = "<p><b>配音</b><i>其其格</i>　<b>剪辑</b><i>扎西</i>　<b>编辑</b><i>图雅</i></p>"
    article = _read(_page(tail=row))
    assert article.paragraphs == tuple(STORY)


def test_a_marked_name_over_the_story_is_its_byline() -> None:
    article = _read(_page(top="<p>■ 乌兰其其格</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "乌兰其其格"
    article = _read(_page(top="<p>★ 龚若谷</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "龚若谷"


def test_a_marked_part_heading_over_the_story_stays() -> None:
    article = _read(_page(top="<p>◆ 事件回顾</p>"))
    assert article.paragraphs[0] == "◆ 事件回顾"


def test_a_photographer_glued_to_a_caption_stays_the_captions() -> None:
    figure = "<p><img src='/p/1.jpg'></p><p>工人在驳岸边测量水位。 格桑 摄</p>"
    article = _read(_page(middle=figure))
    assert "工人在驳岸边测量水位。 格桑 摄" in article.paragraphs


def test_a_name_and_photographer_in_prose_with_no_picture_stay() -> None:
    line = "<p>这张照片是在去年冬天拍下的。 格桑 摄</p>"
    article = _read(_page(middle=line))
    assert any("格桑 摄" in p for p in article.paragraphs)


def test_a_chart_makers_credit_alone_under_a_chart() -> None:
    article = _read(_page(middle="<p><img src='/c/2.png'></p><p>温屿 制图</p>"))
    assert article.paragraphs == tuple(STORY)


def test_the_writer_of_a_cited_work_is_not_the_authors() -> None:
    item = "<p>优秀论文奖：《码头与城市》（作者：方可）</p>"
    article = _read(_page(middle=item, tail="<p>采写：孔令秋</p>"))
    assert article.author == "孔令秋"
    assert "优秀论文奖：《码头与城市》（作者：方可）" in article.paragraphs


def test_a_one_character_writers_role_in_brackets() -> None:
    article = _read(_page(tail="<p>（史青禾 撰）</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "史青禾"


def test_the_executive_editor_is_the_editor() -> None:
    article = _read(_page(tail="<p>执行编辑　朵兰</p><p>校对　何欢</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "朵兰"

"""Credits in the forms set C33 (and C33b) found left in the body or misread (issue 14),
reduced to their shape with made-up names and wordings other than the sets' pages':

- a row that credits a cited work ("一等奖：《…》　作者：X　编辑：Y" in a list of prizes)
  is the story's, and its makers are not the page's author or editor;
- a pictograph before a role the row writes itself ("📝 编辑 | X") only decorates it: it
  draws its own label only where no role follows ("📷 X");
- a label padded with spaces to its column's width in a table's cell ("责　编" | "X"), and
  a unit a content role credits in the next cell ("出品" | "示例区融媒体中心");
- a column of roles glued to names, each label in a tag of its own ("撰稿宫晓岚" over
  "编辑卢一鸣"); two words in a row that are no names stay ("编辑推荐");
- 编译, who wrote the story from foreign reports, is its author; a Latin name before the
  next credit's role by its form ("M. Chen　　校阅丨L. Xu") ends at that role.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.cited_works import cites_work
from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.glued_columns import glued_reading

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import credited_page

_page = credited_page


def _read(html: str):
    return extract_article(html, URL)


def test_a_cited_works_row_stays_and_names_no_page_credit() -> None:
    rows = (
        "<p>获奖名单如下：</p>"
        "<p>特别奖：《江心洲的清晨》　作者：侯远舟　编辑：纪小棠</p>"
        "<p>二等奖：《渡口》（作者：雷一鸣）</p>"
    )
    article = _read(_page(middle=rows, tail="<p>记者：费南星　编辑：柴晓芸</p>"))
    assert "特别奖：《江心洲的清晨》　作者：侯远舟　编辑：纪小棠" in article.paragraphs
    assert article.author == "费南星"
    assert article.editor == "柴晓芸"


def test_a_page_credit_naming_its_outlet_or_column_is_no_cited_work() -> None:
    assert not cites_work("来源：《江畔周刊》　编辑：柴晓芸")
    assert not cites_work("《观潮》作者 费南星")
    assert cites_work("3.《渡口》　导演：雷一鸣")


def test_a_pictograph_before_a_written_role_is_a_mark() -> None:
    tail = "<p>🖊 撰文 | 申屠小岚</p><p>📷 摄影 | 樊一川</p><p>📝 编辑 | 武思远</p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "申屠小岚"
    assert article.editor == "武思远"


def test_a_pictograph_alone_still_draws_its_label() -> None:
    article = _read(_page(tail="<p>✍️ 樊一川　📝 武思远</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "武思远"


def test_padded_labels_and_a_unit_in_table_cells() -> None:
    table = (
        "<table><tr><td>出品</td><td>江畔区融媒体中心</td><td>策　划</td><td>汤一鸣</td></tr>"
        "<tr><td>撰　稿</td><td>闵若溪</td><td>责　编</td><td>尤思佳</td></tr></table>"
    )
    article = _read(_page(tail=table))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "闵若溪"
    assert article.editor == "尤思佳"


def test_a_column_of_roles_glued_to_names() -> None:
    tail = (
        "<div><label>采写</label><em>宫晓岚</em></div>"
        "<div><label>责编</label><em>公羊一凡</em></div>"
    )
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "宫晓岚"
    assert article.editor == "公羊一凡"


def test_glued_words_that_are_no_names_stay_unread() -> None:
    assert glued_reading("编辑推荐", surnamed=False) is None
    assert glued_reading("摄影作品") is None
    assert glued_reading("编辑丨奚若", surnamed=False) is None  # a bar is no name's
    assert glued_reading("校对龚一苇") == "校对：龚一苇"


def test_the_compiler_of_foreign_reports_is_the_author() -> None:
    article = _read(_page(top="<p>编译／戴书言</p>", tail="<p>编辑：柴晓芸</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "戴书言"


def test_a_latin_name_ends_before_the_next_role_by_its_form() -> None:
    assert clean_name("M. Chen\u3000\u3000校阅丨L. Xu") == "M. Chen"
    article = _read(_page(tail="<p>作者丨M. Chen　　校阅丨L. Xu</p><p>编辑丨尤思佳</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "M. Chen"


def test_a_row_of_credits_in_two_languages() -> None:
    article = _read(_page(tail="<p>Story by 岳晴川 | 摄影 汤可言 | 编辑 蔺一舟</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "岳晴川"
    assert article.editor == "蔺一舟"


def test_a_picture_credit_sentence_names_no_writer() -> None:
    tail = "<p>（本文照片均由特约记者 尚云飞 拍摄）</p><p>编辑：蔺一舟</p>"
    article = _read(_page(tail=tail))
    assert article.author is None
    assert article.editor == "蔺一舟"


def test_a_word_joining_two_credits_is_no_name() -> None:
    assert clean_name("杭晓北 和 实习生 谷雨桐") == "杭晓北"
    assert clean_name("杭晓北 与 谷雨桐") == "杭晓北 谷雨桐"
    assert clean_name("和一鸣") == "和一鸣"  # 和 as a surname


def test_the_editors_short_latin_label() -> None:
    article = _read(_page(tail="<p>text · 岳晴川 ／ edit · 蔺一舟</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "蔺一舟"


def test_names_before_roles_one_credit_a_line() -> None:
    tail = "<ul><li>岳晴川　采写</li><li>汤可言　摄影</li><li>蔺一舟　责编</li></ul>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "岳晴川"
    assert article.editor == "蔺一舟"

"""Credits in the forms sets C32 (and C32h, C32b) found left in the body or misread (issue
14), reduced to their shape with made-up names and wordings other than the sets' pages':

- a change of script as the separator: an English role, a space, a Chinese name ("Writer
  X　Editor Y"), and a Chinese role glued to a Latin name ("记者Grace Lin"); an English word
  before a Chinese word that is no name ("Story 两则") is no credit;
- a row of roles alone over a row of as many names (columns: "采写 | 摄影 | 责编" over
  "X | Y | Z"), each role its column's name; rows of unequal counts are not read so;
- a Chinese name with its own pinyin in brackets ("X (Wei Xiaobao)"): the name alone; a
  transliterated foreign name keeps its original ("乔治 (George Lane)");
- a mark a row sets between its credits ("◇", "✕", "+") is no part of the name before it,
  nor a dot between a role and its name ("编辑 · X");
- the Hong Kong colon "︰" after joined roles ("攝影、撰文︰X"), and the lenticular
  bracket "〔记者 X〕" opening the first paragraph: its reporter is the author.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_columns import column_reading
from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.english_credits import english_credit
from snapcrawl.extract.pinyin_names import is_pinyin_of

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import credited_page

_page = credited_page


def _read(html: str):
    return extract_article(html, URL)


def test_english_roles_before_chinese_names_with_only_a_space() -> None:
    article = _read(_page(tail="<p>Reporter 欧阳雪　Photographer 岑一川　Editor 邢一舟</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "欧阳雪"
    assert article.editor == "邢一舟"


def test_an_english_word_before_a_chinese_word_that_is_no_name() -> None:
    assert not english_credit("Story 两则")
    assert not english_credit("Video 精彩回顾")
    assert english_credit("Writer 柏青")


def test_a_chinese_role_glued_to_a_latin_name() -> None:
    article = _read(_page(top="<p>记者Grace Lin　实习生 欧小满</p>", tail="<p>编辑Daniel Ho</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "Grace Lin"
    assert article.editor == "Daniel Ho"


def test_a_row_of_roles_over_a_row_of_names() -> None:
    article = _read(_page(tail="<p>采写 | 摄影 | 责编</p><p>柏小舟 | 廖远 | 景一帆</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "柏小舟"
    assert article.editor == "景一帆"


def test_columns_need_as_many_names_as_roles() -> None:
    assert column_reading("记者　编辑", "甘霖　詹小雨") == "记者：甘霖　编辑：詹小雨"
    assert column_reading("记者　编辑", "甘霖　詹小雨　左一") is None
    assert column_reading("城区　均价", "甘霖　詹小雨") is None  # a table's header, no roles
    assert column_reading("记者", "甘霖") is None  # one label over one name: credit_pairs'


def test_a_name_with_its_pinyin_in_brackets() -> None:
    article = _read(_page(tail="<p>Text: 韦晓岚 (Wei Xiaolan)　Editor: 闫一 (Yan Yi)</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "韦晓岚"
    assert article.editor == "闫一"
    assert clean_name("欧阳晓岚（Ouyang Xiaolan）") == "欧阳晓岚"
    assert clean_name("乔治 (George Lane)") == "乔治 (George Lane)"
    assert is_pinyin_of("韦晓岚", "Wei Xiaolan")
    assert not is_pinyin_of("乔治", "George Lane")
    assert not is_pinyin_of("韦晓", "Wei Xiao Lan")  # more words than characters


def test_a_mark_between_credits_is_no_part_of_a_name() -> None:
    for mark in ("◇", "✕", "+", "※"):
        article = _read(_page(tail=f"<p>记者 许知远 {mark} 编辑 韩梅梅</p>"))
        assert article.paragraphs == tuple(STORY)
        assert article.author == "许知远", mark
        assert article.editor == "韩梅梅", mark


def test_a_dot_between_a_role_and_its_name() -> None:
    article = _read(_page(tail="<p>编辑 • 宁小北</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "宁小北"


def test_joined_roles_before_the_hong_kong_colon() -> None:
    article = _read(_page(tail="<p>攝影、撰文︰梁嘉穎</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "梁嘉穎"


def test_a_lenticular_bracketed_reporter_opening_the_story() -> None:
    # a short first paragraph: the dateline's credit is what reads its reporter
    story = [f"<p>{p}</p>" for p in STORY]
    story[0] = "<p>〔记者 杭一舟〕河畔区的老码头将在明年春天改建成滨江步道。</p>"
    html = _page().replace("".join(f"<p>{p}</p>" for p in STORY), "".join(story))
    assert _read(html).author == "杭一舟"


def test_a_one_character_writer_role_then_a_picture_credit() -> None:
    # the writer's "文" with only a space before the name, the picture's credit after it:
    # the writer's name alone is the author (not "X 图 Y", nor only the camera's credit)
    for row in ("文 宋知夏 ｜ 图 车晓", "文 宋知夏　图 车晓", "文 宋知夏 / 摄影 车晓"):
        article = _read(_page(tail=f"<p>{row}</p>"))
        assert article.paragraphs == tuple(STORY), row
        assert article.author == "宋知夏", row

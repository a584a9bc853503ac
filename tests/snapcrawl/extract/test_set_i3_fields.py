"""The story's outlet and its author where pages show them in forms no earlier round read
(issue 14, sets I3 and I4), reduced to their shape with made-up outlets and wordings other
than the set pages':

- an author card (avatar, name, a line about the writer, counters, a follow button) marked
  by its class, above or below the story; a card far from the story is not its byline;
- the writer named only in the title bar ("标题 - 作者 - 站名"), not a channel's name;
- a contributor's label (撰稿人, 特约撰稿人), a column's 主笔, a blog's 博主, a question's
  答主, a feature's 文案, a picture story's 摄影报道, a commentator's 评论员 line and a
  correspondent's closing bracket (（通讯员 X）), a reader's letter signed "——读者 X";
- roles joined by a slash before the name (采访/撰文 记者 X), 文字整理;
- a school, a faculty or a hospital's department before the name; a congregation's form of
  address after it (X弟兄, X牧师); an office named by its function alone is no author;
- a traditional page's sign-off (本文經《X》授權轉載).
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_names import clean_name
from snapcrawl.extract.source_lines import self_credit

from .conftest import FEED_WHEN, feed_page
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL

WHEN = FEED_WHEN


_page = feed_page


def _author(html: str) -> str | None:
    return extract_article(html, URL).author


# --- author cards ------------------------------------------------------------------------


def _card(cls: str, name: str, label: str = "") -> str:
    return (
        f"<div class='{cls}'><img src='/a.png'>{label}<a class='nm' href='/u/1'>{name}</a>"
        "<p>资深城市观察者，写过十年街巷。</p><span>粉丝 9021</span><button>关注</button></div>"
    )


@pytest.mark.parametrize("cls", ["author-card", "writer-box", "author-panel clearfix"])
def test_an_author_card_above_the_story(cls: str) -> None:
    assert _author(_page("", above=_card(cls, "柯文博"))) == "柯文博"


def test_an_author_card_below_the_story_with_its_label() -> None:
    assert _author(_page("", after=_card("author-intro", "欧阳明远", "作者"))) == "欧阳明远"


def test_a_card_far_from_the_story_names_no_author() -> None:
    assert _author(_page("", far=_card("author-card", "柯文博"))) is None


def test_a_card_whose_first_text_is_no_name_names_no_author() -> None:
    assert _author(_page("", above=_card("author-card", "城事观察"))) is None


# --- the title bar ---------------------------------------------------------------------------


def test_the_writer_named_only_in_the_title_bar() -> None:
    html = _page("", title=f"{TITLE} - 欧晓岚 - 河畔网")
    assert _author(html) == "欧晓岚"


def test_a_channel_in_the_title_bar_is_no_writer() -> None:
    # "城事" is a link of the page's navigation, and "国内" is shaped like a name
    assert _author(_page("", title=f"{TITLE} - 城事 - 河畔网")) is None


def test_a_title_bar_of_another_headline_names_no_writer() -> None:
    assert _author(_page("", title="河畔夜话 - 欧晓岚 - 河畔网")) is None


# --- writers' labels -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        (f"{WHEN}　来源：河畔周刊　撰稿人｜孟子衿", "孟子衿"),
        (f"{WHEN}　特約撰稿人：葉知秋", "葉知秋"),
        (f"主笔：窦明川　{WHEN}", "窦明川"),
        (f"博主：晚风拾叶　|　{WHEN}", "晚风拾叶"),
        (f"答主：卢思远　|　{WHEN} 回答", "卢思远"),
        (f"{WHEN}　图文报道：邵北辰", "邵北辰"),
    ],
)
def test_a_writers_label_of_another_spelling(meta: str, name: str) -> None:
    assert _author(_page(meta)) == name


def test_a_copywriter_in_a_row_of_credits() -> None:
    last = "<p>策划：河畔新媒体中心　文案：龙小溪　视觉：祁一</p>"
    assert _author(_page(WHEN, last=last)) == "龙小溪"


@pytest.mark.parametrize(
    ("first", "name"),
    [("■特约评论员　石青岩", "石青岩"), ("□ 评论员 韦冬", "韦冬")],
)
def test_a_commentators_line_opening_the_story(first: str, name: str) -> None:
    html = _page(WHEN, first=f"{first}</p><p>")
    assert _author(html) == name


def test_the_papers_commentator_by_role_alone_names_no_one() -> None:
    assert _author(_page(f"{WHEN}　本刊评论员")) is None


def test_a_correspondents_bracket_closing_the_story() -> None:
    html = _page(WHEN, last="<p>目前，改造工程已全部完工并投入使用。（通讯员 骆一鸣）</p>")
    assert _author(html) == "骆一鸣"


def test_a_readers_letter_signed_under_the_story() -> None:
    assert _author(_page(WHEN, last="<p>——读者 曾晓白</p>")) == "曾晓白"


def test_a_quote_signed_with_a_dash_names_no_author() -> None:
    assert _author(_page(WHEN, last="<p>——摘自《河畔笔记》</p>")) is None


@pytest.mark.parametrize(
    ("first", "name"),
    [
        ("编译/撰文　记者　温子涵", "温子涵"),
        ("文字整理：邹小满", "邹小满"),
        ("文/图 外国语学院 卞若兰", "卞若兰"),
    ],
)
def test_a_credit_line_opening_the_story(first: str, name: str) -> None:
    assert _author(_page(WHEN, first=f"{first}</p><p>")) == name


# --- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("中文系 鲁一鸣", "鲁一鸣"),
        ("儿科 葛小禾", "葛小禾"),
        ("眼科 谢远", "谢远"),
        ("西岭医院 范思齐", "范思齐"),
        ("林约书弟兄", "林约书"),
        ("韩恩典牧師", "韩恩典"),
        ("邓家慧姊妹", "邓家慧"),
    ],
)
def test_a_unit_before_or_an_address_after_the_name(value: str, name: str) -> None:
    assert clean_name(value) == name


@pytest.mark.parametrize("value", ["办公室", "宣传部", "綜合處", "信息中心"])
def test_an_office_named_by_its_function_is_no_one(value: str) -> None:
    assert clean_name(value) is None


def test_an_office_as_the_author_label_value_names_no_author() -> None:
    assert _author(_page(f"{WHEN}　作者：宣传部")) is None


def test_two_people_are_not_cut_as_a_unit() -> None:
    assert clean_name("郑学 林木") == "郑学 林木"


# --- a traditional page's sign-off -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("本文經《山城評論》授權轉載，原標題為〈巷口〉。", "山城評論"),
        ("本文轉載自「海風週報」。", "海風週報"),
        ("本文经《山城评论》授权转载。", "山城评论"),
    ],
)
def test_a_traditional_sign_off_names_the_outlet(line: str, outlet: str) -> None:
    assert self_credit(line) == outlet

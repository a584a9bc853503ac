"""Credits in the forms set C28 found unread or left in the body (issue 14), reduced to their
shape with made-up names, desks and outlets other than the set's pages':

- an author note with the name glued between 作者 and 系/为 ("（本文作者X，系…教授）"): a
  credit, out of the body; its name is the author;
- titled reporters in one line ("首席记者 X 见习记者 Y"): the title of the next role is no
  part of a name;
- 撰稿丨X (the 丨 bar after a writer's label spelled 撰稿);
- a desk's editor (网络编辑：X, 核稿編輯／X) where no editor of record is named, never a
  picture editor's;
- a row of dotted credits ("采写·X 摄像·Y 责编·Z"): every role's dot, not the first only;
- 採訪整理／X (a Taiwan page's interviewer-writer) and a full-width space before the next
  role's desk ("X　核稿编辑／Y");
- "编辑" alone in a definition list's term, the name in its <dd>;
- a box of credits in an article's <footer> or an <aside>: the names are read, the lines
  stay out of the body; a footer or aside that is not all credits is still furniture.

Each near miss keeps what it should: a story's sentence about a writer, a picture editor.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import decode_html, extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_TITLE as TITLE
from .conftest import WHARF_URL as URL


def _page(*, top: str = "", tail: str = "", after: str = "", article: str = "div") -> str:
    text = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_滨海网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城市</a></div>"
        f"<{article} class='detail'><h1>{TITLE}</h1>"
        "<div class='meta'>2023-07-08 10:20 来源：滨海日报</div>"
        f"<div class='text'>{top}{text}{tail}</div></{article}>{after}"
        "<div class='footer'><a href='/about'>关于我们</a> 滨ICP备00000000号</div>"
        "</body></html>"
    )


def _read(html: str):
    return extract_article(html, URL)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("（本文作者林海峰，系滨城师范大学历史系教授）", "林海峰"),
        ("（作者陶然系滨海发展研究院高级研究员。）", "陶然"),
        ("本文作者 司马远为海港理工大学讲师", "司马远"),
    ],
)
def test_an_author_note_with_its_name_is_a_credit_naming_the_author(note: str, name: str) -> None:
    article = _read(_page(tail=f"<p>{note}</p>"))
    assert name not in article.body
    assert article.paragraphs == tuple(STORY)
    assert article.author == name


def test_a_story_sentence_about_a_writer_stays() -> None:
    line = "作者为此走访了七位老码头工人，记下了他们讲述的故事。"
    article = _read(_page(tail=f"<p>{line}</p>"))
    assert line in article.paragraphs


def test_the_title_of_the_next_role_is_no_part_of_a_name() -> None:
    article = _read(_page(top="<p>首席记者 柯明哲　见习记者 温岚</p>"))
    assert "柯明哲" not in article.body
    assert article.author is not None
    assert article.author.split()[0] == "柯明哲"
    assert "见习" not in article.author


def test_a_writers_label_spelled_zhuan_gao_before_the_bar() -> None:
    article = _read(_page(tail="<p>撰稿丨宁可欣　责编丨方舟</p>"))
    assert (article.author, article.editor) == ("宁可欣", "方舟")
    assert "宁可欣" not in article.body


def test_a_desks_editor_is_read_where_no_editor_of_record_is_named() -> None:
    article = _read(_page(tail="<p>网络编辑：尹潇　美术编辑：祁峰</p>"))
    assert article.editor == "尹潇"
    assert "尹潇" not in article.body


def test_a_picture_editor_is_no_editor() -> None:
    assert _read(_page(tail="<p>美术编辑：祁峰　视觉编辑：房雨</p>")).editor is None


def test_every_role_of_a_dotted_row_reads() -> None:
    article = _read(_page(tail="<p>采写·仇一鸣　摄像·晏平　责编·柳絮</p>"))
    assert (article.author, article.editor) == ("仇一鸣", "柳絮")
    assert "柳絮" not in article.body


def test_a_dotted_name_after_a_role_stays_whole() -> None:
    # the role's dot is a separator, the name's (伊万·彼得罗夫) is the name's
    article = _read(_page(tail="<p>编译·周密　作者·伊万·彼得罗夫</p>"))
    assert "伊万" not in article.body
    assert article.author == "伊万·彼得罗夫"


def test_a_traditional_interviewer_writer_and_a_desk_after_a_full_width_space() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><meta charset='big5'><title>港邊老碼頭將改建步道</title></head><body>"
        f"<div class='story'><h1>港邊老碼頭將改建步道</h1><div class='text'>{story}"
        "<p>採訪整理／梁思齊　核稿編輯／邱雅文</p></div></div></body></html>"
    ).replace(story, "".join(f"<p>{p}</p>" for p in _TRADITIONAL_STORY))
    article = extract_article(decode_html(html.encode("big5")), URL)
    assert (article.author, article.editor) == ("梁思齊", "邱雅文")
    assert "梁思齊" not in article.body


_TRADITIONAL_STORY = [
    "港邊的老碼頭將在明年春天改建成濱海步道，全長約一點五公里，沿途設置休憩座椅。",
    "市府表示，改建工程會保留碼頭原有的石砌護岸，並在入口處設置歷史介紹牌。",
    "附近居民對計畫大多表示歡迎，但也有人擔心施工期間的噪音會影響生活作息。",
]


def test_an_editor_label_in_a_definition_term() -> None:
    tail = "<dl><dt>撰文</dt><dd>滕子京</dd><dt>编辑</dt><dd>范希文</dd></dl>"
    article = _read(_page(tail=tail))
    assert article.editor == "范希文"
    assert "范希文" not in article.body


def test_a_credits_footer_inside_the_article_is_read() -> None:
    html = _page(tail="<footer><p>责任编辑：荀白 ｜ 校对：卫青青</p></footer>", article="article")
    article = _read(html)
    assert article.editor == "荀白"
    assert "荀白" not in article.body


def test_a_credits_aside_is_read() -> None:
    after = "<aside><p>策划　云舒</p><p>文字　钟灵　苏木</p><p>责编　伍月</p></aside>"
    article = _read(_page(after=after))
    assert (article.author, article.editor) == ("钟灵 苏木", "伍月")
    assert "伍月" not in article.body


def test_a_footer_or_an_aside_that_is_not_all_credits_stays_furniture() -> None:
    footer = "<footer><p>责任编辑：荀白</p><p>扫码关注滨海日报公众号，获取更多本地资讯</p></footer>"
    aside = "<aside><h3>热门推荐</h3><p><a href='/1'>滨海新区三条地铁同步开工建设</a></p></aside>"
    article = _read(_page(tail=footer, after=aside, article="article"))
    assert "扫码关注" not in article.body
    assert "三条地铁" not in article.body
    assert article.paragraphs == tuple(STORY)


# Set C28b's forms (the unseen set, measured once before these were read):
# - the story credited in a sentence of its own (本稿由X提供, 本文由X供稿);
# - a longer label spaced out character by character ("值 班 编 辑：X");
# - an author note in traditional characters (作者為…教授);
# - the name after what the author is, in a note opening with a footnote mark
#   ("※本文作者系…副研究员X，观点仅代表个人").


@pytest.mark.parametrize("line", ["本稿由滨海县教育局提供", "（本文由滨海区融媒体中心供稿）"])
def test_the_story_credited_in_a_sentence_of_its_own(line: str) -> None:
    article = _read(_page(tail=f"<p>{line}</p>"))
    assert article.paragraphs == tuple(STORY)


def test_a_sentence_about_what_a_text_is_made_of_stays() -> None:
    line = "本文由三位学者共同提供的资料写成，力求还原老码头的历史原貌。"
    assert line in _read(_page(tail=f"<p>{line}</p>")).paragraphs


def test_a_label_spaced_out_character_by_character() -> None:
    article = _read(_page(tail="<p>值 班 编 辑：柯南星</p>"))
    assert article.editor == "柯南星"
    assert "柯南星" not in article.body


def test_a_traditional_author_note() -> None:
    article = _read(_page(tail="<p>（作者為濱海大學歷史系教授）</p>"))
    assert article.paragraphs == tuple(STORY)


def test_the_name_after_what_the_author_is() -> None:
    line = "※本文作者系滨海研究院副研究员骆冰，观点仅代表个人。"
    article = _read(_page(tail=f"<p>{line}</p>"))
    assert article.author == "骆冰"
    assert "骆冰" not in article.body

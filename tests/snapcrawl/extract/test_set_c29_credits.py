"""Credits in the forms set C29 found unread or left in the body (issue 14), reduced to their
shape with made-up names, desks and outlets other than the set's pages':

- an English row of roles over Chinese names ("Text: X | Photo: Y | Editor: Z"), rare
  surnames too;
- a grid of ``<div>`` cells, each role over its name ("文字" | X, "图片" | Y, "编辑" | Z):
  the names are read, and "图片" alone there opens no related list;
- a credit printed down the page, one character a line ("采<br>写<br>：<br>X");
- pictographs for labels ("✍️ X　📸 Y");
- names before their roles, the editor's too ("X/文 Y/图 Z/编辑");
- a byline's picture credit glued on by its own span ("文 | X图 | Y");
- an author note naming the author after what they are, after a space ("（作者系…会员 X）");
- credits after a picture's caption in one ``<figcaption>``: the caption stays;
- a short story whose block opens on its own declared heading is an article;

and set C29b's: an ornament between credits ("◆ 文字 X ◆ 摄影 Y"), roles joined by a dot
before a space ("文字·摄影 X｜编辑 Y"), a picture set's 组图, the editor's one character
("编：X"), an as-told-to story's 整理 (its writer), an author note whose post is no listed
role ("…演奏家 X"), and a book's box of facts whose 作者 is the book's, not the page's.

Each near miss keeps what it should: a review's box of facts (导演, 编剧, 主演), a prize
list's 最佳摄影 row, a vertical line that is no credit, a caption with no credit.
"""

from __future__ import annotations

from snapcrawl.extract import decode_html, extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import credited_page

_page = credited_page


def _read(html: str):
    return extract_article(html, URL)


def test_an_english_row_of_roles_over_chinese_names() -> None:
    article = _read(_page(tail="<p>Text: 孔令仪 | Photo: 逄博文 | Editor: 亓晓云</p>"))
    assert article.paragraphs == tuple(STORY)
    assert (article.author, article.editor) == ("孔令仪", "亓晓云")


def test_a_grid_of_div_cells_each_role_over_its_name() -> None:
    grid = "".join(
        f"<div class='r'><div class='l'>{role}</div><div class='n'>{name}</div></div>"
        for role, name in (("撰稿", "钟静怡"), ("图片", "贺一舟"), ("编辑", "孙晚晴"))
    )
    article = _read(_page(tail=f"<div class='crew'>{grid}</div>"))
    assert article.paragraphs == tuple(STORY)
    assert (article.author, article.editor) == ("钟静怡", "孙晚晴")


def test_a_credit_printed_one_character_a_line() -> None:
    down = "<br>".join("采写：袁梦溪")
    article = _read(_page(tail=f"<p>{down}</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "袁梦溪"


def test_a_vertical_line_that_is_no_credit_stays() -> None:
    down = "<br>".join("江水东流去")
    article = _read(_page(middle=f"<p>{down}</p>"))
    assert "".join(article.body.split()).count("江水东流去") == 1


def test_pictographs_for_labels() -> None:
    article = _read(_page(tail="<p>✍️ 罗文静　📸 唐启航</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "罗文静"


def test_a_pictograph_before_a_sentence_is_no_credit() -> None:
    line = "📸 夕阳下的老码头，吸引了不少市民驻足拍照。"
    article = _read(_page(middle=f"<p>{line}</p>"))
    assert line in article.paragraphs


def test_names_before_their_roles_the_editors_too() -> None:
    article = _read(_page(tail="<p>郑若水/文　陆青/图　黄佳音/编辑</p>"))
    assert article.paragraphs == tuple(STORY)
    assert (article.author, article.editor) == ("郑若水", "黄佳音")


def test_a_bylines_picture_credit_glued_on_by_its_span() -> None:
    byline = "<div class='by'><span>文 | 许清扬</span><span>图 | 方远</span></div>"
    article = _read(_page(heading=byline))
    assert article.author == "许清扬"


def test_an_author_note_naming_the_author_after_a_space() -> None:
    article = _read(_page(tail="<p>（作者系滨城作家协会会员 黎晓帆）</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "黎晓帆"


def test_credits_after_a_pictures_caption_in_its_figcaption() -> None:
    caption = "游客在改建后的码头边拍照留念。"
    figure = (
        "<figure><img src='/p/1.jpg'>"
        f"<figcaption>{caption}　摄影：邓晓光　责任编辑：于晴川</figcaption></figure>"
    )
    article = _read(_page(middle=figure))
    assert caption in article.paragraphs
    assert "邓晓光" not in article.body
    assert article.editor == "于晴川"


def test_a_caption_without_credits_stays_whole() -> None:
    caption = "图为施工人员 在驳岸边测量水位。"
    figure = f"<figure><img src='/p/2.jpg'><figcaption>{caption}</figcaption></figure>"
    article = _read(_page(middle=figure))
    assert caption in article.paragraphs


def test_a_reviews_box_of_facts_stays() -> None:
    box = "<p>导演：郭启山</p><p>编剧：汪晓梅</p><p>主演：林嘉树、苏晓</p><p>片长：118分钟</p>"
    article = _read(_page(top=box))
    for row in ("导演：郭启山", "编剧：汪晓梅", "主演：林嘉树、苏晓"):
        assert row in article.paragraphs


def test_a_prize_lists_photography_row_stays() -> None:
    rows = "<p>最佳纪录片：《潮间带》</p><p>最佳剪辑：吕一凡</p><p>最佳摄影：贾明远</p>"
    article = _read(_page(middle=rows))
    assert "最佳摄影：贾明远" in article.paragraphs


def test_a_closing_credit_block_still_goes() -> None:
    block = "<p>编辑：严小舟</p><p>校对：周沐</p><p>审核：何以宁</p>"
    article = _read(_page(tail=block))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "严小舟"


def test_a_short_story_whose_block_opens_on_its_declared_heading() -> None:
    story = [
        "5月3日起，滨城西站新开两条公交接驳线，分别通往老城区和大学城。",
        "两条线路的首班车都在早上六点发车，高峰时段每十分钟一班。",
        "乘客可以刷交通卡或扫码乘车，票价两元。",
    ]
    links = "".join(f"<li><a href='/n/{i}.html'>滨城要闻第{i}条标题</a></li>" for i in range(20))
    html = (
        "<html><head><meta charset='utf-8'><title>西站新开两条接驳线_滨海网</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='og:title' content='西站新开两条接驳线'></head><body>"
        f"<ul class='nav'>{links}</ul>"
        "<div class='article'><h1>西站新开两条接驳线</h1><div class='info'>"
        "<span>2024-05-03 09:00</span> <span>来源：滨城日报</span> 字号：<a>大</a> <a>小</a></div>"
        "<div class='con'>"
        + "".join(f"<p>{p}</p>" for p in story)
        + f"</div></div><ul class='hot'>{links}</ul></body></html>"
    )
    article = extract_article(decode_html(html.encode()), URL)
    assert article.paragraphs == tuple(story)


# Set C29b's forms (its misses, fixed by kind after it was measured once).


def test_an_ornament_between_credits() -> None:
    article = _read(_page(tail="<p>◆ 文字 杜若兰 ◆ 摄影 曾亦凡 ◆ 编辑 欧青禾</p>"))
    assert article.paragraphs == tuple(STORY)
    assert (article.author, article.editor) == ("杜若兰", "欧青禾")


def test_roles_joined_by_a_dot_then_a_space_before_the_name() -> None:
    article = _read(_page(tail="<p>文字·摄影 邵嘉禾｜编辑 邱晚晴</p>"))
    assert article.paragraphs == tuple(STORY)
    assert (article.author, article.editor) == ("邵嘉禾", "邱晚晴")


def test_a_picture_sets_credit() -> None:
    article = _read(_page(tail="<p>组图：亢北辰</p>"))
    assert article.paragraphs == tuple(STORY)


def test_the_editors_one_character_in_a_row_of_roles() -> None:
    article = _read(_page(tail="<p>文：尹一帆 / 摄：戴小川 / 编：伍月</p>"))
    assert article.paragraphs == tuple(STORY)
    assert (article.author, article.editor) == ("尹一帆", "伍月")


def test_an_as_told_to_story_names_who_wrote_it_down() -> None:
    article = _read(_page(tail="<p>口述：马秀兰　整理：秦一苇</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "秦一苇"


def test_an_author_note_whose_post_is_no_listed_role() -> None:
    article = _read(_page(tail="<p>（作者系滨城交响乐团小提琴演奏家 阮清越）</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "阮清越"


def test_a_books_box_of_facts_names_the_books_author_not_the_pages() -> None:
    box = "<p>书名：《潮汐之间》</p><p>作者：宫远帆</p><p>出版社：滨城文艺出版社</p>"
    article = _read(_page(top=box, tail="<p>（作者为滨城大学中文系讲师 韦可心）</p>"))
    assert "作者：宫远帆" in article.paragraphs
    assert "韦可心" not in article.body
    assert article.author == "韦可心"


def test_a_spaced_writers_label_before_a_latin_name_keeps_the_whole_name() -> None:
    """ "撰文 X　摄影 Y" with Chinese names is read by its spaced label; a Latin name has
    spaces of its own, so the row readers read it whole (a merge once gave "Maya")."""
    article = _read(_page(tail="<p>撰文 Maya Chen　摄影 Leo Wu</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "Maya Chen"
    chinese = _read(_page(tail="<p>撰文 杜若兰　摄影 曾亦凡</p>"))
    assert chinese.author == "杜若兰"

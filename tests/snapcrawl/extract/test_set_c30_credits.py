"""Credits in the forms set C30 (and C30b) found left in the body or unread (issue 14),
reduced to their shape with made-up names, desks and outlets other than the sets' pages':

- names no common surname opens: Tibetan, Uyghur and Mongolian names of four or five
  characters, "·" names, unlisted double surnames, in a row of roles beside a surnamed name
  ("撰文 X·Y 摄影 Z"), and alone on a line in a run of credit lines ("航拍 X" | "责编 Y");
  but "视频 精彩回顾" alone, with no credit beside it, stays;
- "丨" between a label and its names ("编译丨X") read as the separator it is, not a character;
- roles nobody listed: 制表 (a table's maker, in its footer row), 校阅/审阅, 研究助理, 整理;
- reporters glued to their roles, one pair a word ("X报全媒体记者甲乙丙　通讯员丁戊"), but a
  column's name ("记者来信") stays;
- a padded two-character reporter's name before the next role ("记者　甲　乙　　通讯员　…"),
  and a writer's name after their outlet and role ("X观察特约撰稿 Y", "X财讯研究员 Y");
- segments parted by a lone "·" ("记者 / X · 编辑 / Y"), and names before "文/图" in brackets.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import WHARF_STORY as STORY
from .conftest import WHARF_URL as URL
from .conftest import credited_page

_page = credited_page


def _read(html: str):
    return extract_article(html, URL)


def test_a_minority_name_beside_a_dotted_name_in_a_row_at_the_top() -> None:
    article = _read(_page(top="<p>撰稿　热孜宛古丽·艾则孜　　摄像　多吉扎西</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "热孜宛古丽·艾则孜"


def test_a_row_of_crafts_with_unlisted_names() -> None:
    row = "策划／姜南　海报／朝鲁门　旁白／斯琴高娃　审片／符清"
    article = _read(_page(tail=f"<p>{row}</p>"))
    assert article.paragraphs == tuple(STORY)


def test_lines_of_one_role_and_an_unlisted_name_beside_a_credit() -> None:
    lines = "".join(
        f"<p><span style='color:#999'>{role}</span><span> {name}</span></p>"
        for role, name in (("摄像", "央金拉姆"), ("后期", "呼斯楞"), ("责任编辑", "严冬"))
    )
    article = _read(_page(tail=lines))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "严冬"


def test_a_role_and_a_phrase_alone_with_no_credit_beside_it_stays() -> None:
    article = _read(_page(middle="<p>视频　幕后花絮</p>"))
    assert "视频　幕后花絮" in article.paragraphs or "视频 幕后花絮" in article.paragraphs


def test_a_vertical_bar_character_parts_label_and_latin_initials() -> None:
    article = _read(_page(tail="<p>编译丨M. Qiu　　审阅丨R. Tang</p><p>编辑丨秦岭</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "秦岭"


def test_a_table_makers_credit_in_its_footer_row() -> None:
    table = (
        "<table><tr><th>项目</th><th>数量</th></tr><tr><td>座椅</td><td>120</td></tr>"
        "<tr><td>路灯</td><td>86</td></tr><tfoot><tr><td colspan='2'>制表：郑雨航</td></tr>"
        "</tfoot></table>"
    )
    article = _read(_page(middle=table))
    assert "郑雨航" not in article.body
    assert "路灯" in article.body


def test_an_unlisted_assistant_role_in_a_spaced_row() -> None:
    article = _read(_page(tail="<p>数据助理　诸葛南　编辑　彭博</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.editor == "彭博"


def test_reporters_glued_to_their_roles_in_coloured_spans() -> None:
    top = (
        "<p><span style='color:#666'>江畔日报融媒体记者</span><span>贺知远</span>　"
        "<span style='color:#666'>通讯员</span><span>林小夏</span></p>"
    )
    article = _read(_page(top=top))
    assert article.paragraphs == tuple(STORY)
    assert article.author is not None
    assert article.author.startswith("贺知远")


def test_a_columns_name_with_a_reporters_role_stays() -> None:
    article = _read(_page(middle="<p>记者来信</p>"))
    assert "记者来信" in article.paragraphs


def test_a_padded_reporters_name_before_the_next_role() -> None:
    article = _read(_page(tail="<p>记者　岳　川　　通讯员　姬　蓉</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author is not None
    assert article.author.startswith("岳川")


def test_a_writers_name_after_their_outlet_and_role() -> None:
    tail = "<p>文字：江畔周刊特约撰稿 司徒远帆<br>图片：江畔周刊特约摄影 凌霄</p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "司徒远帆"


def test_segments_parted_by_a_lone_dot() -> None:
    article = _read(_page(tail="<p>采写 / 童一然 · 编辑 / 闻笙 · 校对 / 易安</p>"))
    assert article.paragraphs == tuple(STORY)
    assert (article.author, article.editor) == ("童一然", "闻笙")


def test_an_unlisted_name_before_text_and_pictures_in_brackets() -> None:
    article = _read(_page(tail="<p>（扎西顿珠 文/图）</p>"))
    assert article.paragraphs == tuple(STORY)


# Set C30b's misses, fixed by kind after it was measured once.


def test_a_filed_from_tail_after_an_unlisted_name() -> None:
    article = _read(_page(top="<p>江畔日报特派记者　其其格　发自呼伦贝尔</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "其其格"


def test_a_lead_writers_role() -> None:
    article = _read(_page(top="<p>主笔　柳成荫</p>"))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "柳成荫"


def test_roles_glued_to_names_by_their_tags() -> None:
    tail = "<p><b>特约撰稿人</b><span>努尔兰</span>　<b>审校</b><span>宁远</span></p>"
    article = _read(_page(tail=tail))
    assert article.paragraphs == tuple(STORY)
    assert article.author == "努尔兰"


def test_one_glued_noun_phrase_stays() -> None:
    article = _read(_page(middle="<p>编辑部主任　王小明</p>"))
    assert any("编辑部主任" in p for p in article.paragraphs)


def test_a_writers_contact_address_under_the_story() -> None:
    article = _read(_page(tail="<p>记者邮箱：hanxue@jiangpan.example.cn</p><p>编辑：韩雪</p>"))
    assert article.paragraphs == tuple(STORY)


def test_an_offices_telephone_in_the_story_stays() -> None:
    line = "咨询电话：0571-87001234"
    article = _read(_page(middle=f"<p>{line}</p>"))
    assert line in article.paragraphs


def test_an_authors_bio_at_the_end_leaves_and_inside_the_story_stays() -> None:
    bio = "作者简介：林间月，江畔市作家协会会员，出版有诗集《渡口》。"
    article = _read(_page(tail=f"<p>{bio}</p>"))
    assert article.paragraphs == tuple(STORY)
    inner = _read(_page(middle=f"<p>{bio}</p>"))
    assert bio in inner.paragraphs


def test_two_rows_of_facts_inside_the_story_stay() -> None:
    rows = "<p>编剧：罗一川</p><p>主演：陶然、白露</p>"
    article = _read(_page(middle=rows))
    assert "编剧：罗一川" in article.paragraphs


def test_a_prize_list_with_long_role_labels_stays() -> None:
    rows = "<p>年度最佳文字编辑：丁一</p><p>年度最佳新闻摄影师：苏河</p><p>年度最佳主持人：白杨</p>"
    article = _read(_page(middle=rows))
    assert "年度最佳文字编辑：丁一" in article.paragraphs
    assert article.editor != "丁一"


def test_a_semicolon_crew_with_unlisted_names() -> None:
    article = _read(_page(tail="<p>编导/柯岩；摄像/阿迪力；后期/斯日古楞</p>"))
    assert article.paragraphs == tuple(STORY)

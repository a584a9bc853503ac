"""Credit lines in forms the credit patterns were not written from (set F, made up for this
test): traditional characters, bracketed and dotted labels, roles joined by 、/·, English
role lines, next to the common forms; and sentences about editors, reporters and
photographers, interview turns and subheads, which are the story's."""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_forms import plain_form
from snapcrawl.extract.credit_lines import is_credit
from snapcrawl.extract.english_credits import english_credit

from .conftest import ORCHARD_STORY, orchard_body_with
from .conftest import orchard_page as page

CREDITS = [
    # common forms, kept as they were
    "本报记者 李明轩 张若曦",
    "文/郑雨桐",
    "责任编辑：吕欣 (EN035)",
    "记者丨黄蓓蓓",
    "（编辑：吴凡 审核：陈思）",
    "编辑：周敏 | 审核：吴磊 | 监制：陈刚",
    "一审：杨红 二审：孙亮 三审：李兵",
    "本报记者 陈洁 发自北京",
    "新华社北京10月1日电（记者 高洁）",
    # traditional characters
    "責任編輯：黃志明",
    "編輯：林嘉欣",
    "記者 陳慧玲",
    "審核：吳淑芬",
    "校對：劉美玲",
    # a label in brackets, a dot for a colon, roles joined before one separator
    "【作者】文小山",
    "【来源】示例晚报",
    "作者·孟子轩",
    "编辑·曹晨",
    "策划·统筹：田野",
    "编辑、校对：严宽",
    # a full-width slash or a ratio sign for the separator, a rule drawn before the credit
    "摄影／李明",
    "编辑∶王芳",
    "—— 编辑：王芳",
    # English role lines
    "Editor: Zhang Wei",
    "Reporter: Li Na",
    "Photo: Wang Lei",
    "Editors: Chen Jing, Liu Yang",
    "Text by Sun Mei",
    "By Zhou Yu",
    # (set K, session 24) a bilingual label, a small colon, credits set apart by a comma,
    # the paper before the outlets it follows, an author's note, English sign-offs
    "文/Text：林小雨　图/Photo：陈大文",
    "编辑 Editor：林小雨　审核 Reviewer：陈大文",
    "撰文﹕林小雨　攝影﹕陳大文",
    "文 | 阿满 ，编辑 | 小雪",
    "本报综合新华社、央视新闻报道",
    "作者：林小雨，资深媒体人",
    "记者 阿依古丽·买买提 通讯员 周远",
    "Li Ming contributed to this story.",
    "Reuters and AFP contributed to this report.",
    "Contact the writer at lixiaoyu@example.com",
]

STORY = [
    "记者从市交通运输局获悉，地铁三号线将于年底开通试运营。",
    "一名摄影记者在现场拍下了这感人的一幕。",
    "“做编辑这一行，最重要的是耐心。”她说。",
    "记者：您认为这项政策最大的亮点是什么？",
    "编辑：那您后来为什么选择回到家乡？",
    "编辑部的灯常常亮到深夜。",
    "主编张华表示，杂志将在下月推出特刊。",
    "图为游客在景区内拍照留念。",
    "记者手记",
    "记者调查：外卖骑手的一天",
    "对话制片人：好故事从哪里来",
    "李记者，这边请。",
    "摄影 是一门用光写作的艺术。",
    "审校过程中发现的问题已全部整改到位。",
    "来源于生活、高于生活，这是创作的基本规律。",
    # shapes the new forms must not take for credits
    "玛丽·居里在实验室里度过了大半生。",
    "张三、李四：我们都同意这个方案",
    "【编者按】本期我们关注乡村振兴",
    "【摄影】一组照片记录乡村变化",
    "【记者手记】走进大山深处",
    "編輯部的燈常常亮到深夜。",
    "——鲁迅",
    "——记者手记",
    "By the end of the year",
    "By Design",
    "Source: the company said so",
    # (set K) sentences with the words of the new forms
    "记者，编辑，摄影师，他都干过。",
    "记者：您好，请问您从事这行多久了？",
    "主持人：欢迎，嘉宾：谢谢",
    "记者：好的，王老师：谢谢",
    "本报综合考虑各方意见后，决定推迟出版。",
    "作者王五在书中写道：“故乡是回不去的远方。”",
    "Contact tracing was carried out across the neighbourhood.",
    "The whole village contributed to this story of recovery.",
    "Sources said the talks would resume next week.",
]

BASE = ORCHARD_STORY


@pytest.mark.parametrize("text", CREDITS)
def test_credit_forms_are_credits(text):
    assert is_credit(text)


@pytest.mark.parametrize("text", STORY)
def test_story_lines_are_not_credits(text):
    assert not is_credit(text)


@pytest.mark.parametrize("where", [0, 3, 6])
@pytest.mark.parametrize("text", CREDITS[9:])
def test_credit_forms_leave_the_body_wherever_they_stand(text, where):
    body = orchard_body_with(text, where)
    assert text not in body
    assert all(p in body for p in BASE)


@pytest.mark.parametrize("where", [0, 3, 6])
@pytest.mark.parametrize("text", STORY)
def test_story_lines_stay_in_the_body(text, where):
    body = orchard_body_with(text, where)
    assert text in body


def test_plain_form_rewrites_only_what_it_must():
    assert plain_form("責任編輯：黃志明") == "责任编辑：黃志明"  # the name stays as written
    assert plain_form("來源：海港日報 作者：陳立") == "来源：海港日報 作者：陳立"  # the outlet too
    assert plain_form("【作者】文小山") == "作者：文小山"
    assert plain_form("编辑、校对：严宽") == "编辑：严宽"  # the editor's role names the editor
    assert plain_form("策划、校对：严宽") == "校对：严宽"  # else the last role stands
    assert plain_form("作者·孟子轩") == "作者：孟子轩"
    assert plain_form("【视频】山区果园迎来采摘旺季") is None
    assert plain_form("责任编辑：宁静") is None  # already the common form
    assert plain_form("记者" * 30) is None  # too long for a credit


def test_english_credit_needs_capitalised_names():
    assert english_credit("Photos by Li Na and Wang Lei")
    assert not english_credit("Photos by the river bank")
    assert not english_credit("By Reuters")  # one word after a bare "By" is no byline


@pytest.mark.parametrize(
    ("credit", "author", "editor"),
    [
        ("責任編輯：黃志明", None, "黃志明"),
        ("記者 陳慧玲", "陳慧玲", None),
        ("【作者】文小山", "文小山", None),
        ("编辑·曹晨", None, "曹晨"),
        ("Editor: Zhang Wei", None, "Zhang Wei"),
        ("By Zhou Yu", "Zhou Yu", None),
        ("撰文：许知远 摄影：高天", "许知远", None),  # the writer's credit opens the row
    ],
)
def test_credit_forms_name_the_author_or_the_editor(credit, author, editor):
    article = extract_article(page([*BASE, credit]))
    assert (article.author, article.editor) == (author, editor)
    assert credit not in article.body


def test_a_glued_sign_off_in_traditional_characters_names_the_editor():
    last = "此次展览共展出文物三百余件。（責任編輯：王美玲）"
    article = extract_article(page([*BASE, last]))
    assert article.editor == "王美玲"
    assert article.body.endswith(last)  # the body keeps a glued credit as written (gold sets do)


@pytest.mark.parametrize(
    "text",
    [
        "李明/文 王芳/图",  # the name before its role
        "编 辑：王芳",  # a label padded to the width of a longer one
        "记\u3000者：李明",
        "（完）编辑：王芳",  # the end marker before the credit
        "文字编辑 王芳",  # a qualified role, a space for the colon
        "Reporting by Li Ming; Editing by Wang Fang",
        "Photo/Li Ming",
    ],
)
def test_more_credit_layouts(text):
    assert is_credit(text)


@pytest.mark.parametrize(
    "text", ["我们的编辑 李明说", "他 说：好的", "Reporting by the team; and more"]
)
def test_more_layout_near_misses(text):
    assert not is_credit(text)


@pytest.mark.parametrize("where", [0, 3, 6])
@pytest.mark.parametrize(
    "tail", ["【责任编辑：林小雨】", " 责任编辑：林小雨", "（完）（编辑：林小雨）"]
)
def test_a_credit_glued_after_a_finished_sentence_keeps_its_paragraph(tail, where):
    """The paragraph stays whole wherever it stands (as at the end, glued_credit): its
    sentence is the story's; a credit alone on its line still leaves."""
    glued = "此次展览共展出文物三百余件。" + tail
    assert not is_credit(glued)
    body = orchard_body_with(glued, where)
    assert glued in body
    assert is_credit("2024-10-01 责任编辑：林小雨")


@pytest.mark.parametrize(
    ("credit", "author", "editor"),
    [
        ("文/Text：林小雨　图/Photo：陈大文", "林小雨", None),
        ("编辑 Editor：林小雨", None, "林小雨"),  # not "Editor"
        ("撰文﹕林小雨　攝影﹕陳大文", "林小雨", None),
        ("文 | 阿满 ，编辑 | 小雪", "阿满", "小雪"),
        ("文/赵阳 图/钱敏", "赵阳", None),  # the writer's credit opens a picture's row
        ("文／記者林小雨　攝影／陳大文", "林小雨", None),
        ("林小雨 周远 / 文", "林小雨 周远", None),
        ("记者 阿依古丽·买买提 通讯员 周远", "阿依古丽·买买提", None),
        ("编辑：热依拉·艾买提", None, "热依拉·艾买提"),
        ("作者：林小雨，资深媒体人", "林小雨", None),
    ],
)
def test_set_k_forms_name_the_author_or_the_editor(credit, author, editor):
    for paragraphs in ([*BASE, credit], [credit, *BASE]):
        article = extract_article(page(paragraphs))
        assert (article.author, article.editor) == (author, editor)
        assert credit not in article.body


def test_a_byline_over_two_lines_is_read_whole():
    lines = ["本报实习生 刘一鸣 周二", "本报记者 王三木 方四海"]
    article = extract_article(page([*lines, *BASE]))
    assert article.author == "刘一鸣 周二 王三木 方四海"


# Set L's shapes (session 24, l24), in text of our own: an agency alone in brackets, whose
# piece the story is before its credit, a dateline of bracketed tags, an author's unit and
# titles, a translation's checker, a video's crew in English.
TAGGED = [
    "(Reuters)",
    "（VCG photo）",
    "(AFP/Getty Images)",
    "（中新社）",
    "(XINHUA)",
    "本文为海港号原创稿件，作者：林小雨",
    "本文来自微信公众号海港观察，作者：周远",
    "【海港时报2024年3月5日讯】（记者林小雨海港报导）",
    "【海港時報2024年3月5日訊】",
    "（作者系海港大学经济学院教授、博士生导师）",
    "作者为海港社科院研究员",
    "翻译：林小雨 译审：周远",
    "Host: Lin Xiaoyu; Cameraman: Zhou Yuan",
    "Anchor | Lin Xiaoyu Director | Zhou Yuan",
]
TAGGED_NEAR = [
    "(Continued)",
    "(Part Two)",
    "（合作社）",
    "本文系统梳理了三十年来的变化，作者：林小雨",
    "本文为了说明问题，引用了大量数据。",
    "【海港时报2024年3月5日讯】海港今年的柑橘迎来丰收。",
    "作者为此走访了海港大学的十位教授",
    "作者为海港大学捐建了一座图书馆",
    "Director of the museum said the hall will reopen.",
    "By Friday | the river had fallen",
    # short lowercase words in brackets: an agency's acronym is written in capitals
    "(see)",
    "(etc)",
]


@pytest.mark.parametrize("text", TAGGED)
def test_tagged_credits_are_credits(text):
    assert is_credit(text)


@pytest.mark.parametrize("text", TAGGED_NEAR)
def test_tagged_near_misses_are_not_credits(text):
    assert not is_credit(text)


@pytest.mark.parametrize(
    ("credit", "author", "editor"),
    [
        ("记者 | 林小雨　摄影 | 陈大文　编辑 | 周远", "林小雨", "周远"),
        (
            "Reporter | Lin Xiaoyu  Cameraman | Chen Dawen  Editor | Zhou Yuan",
            "Lin Xiaoyu",
            "Zhou Yuan",
        ),
        ("Reporter: Lin Xiaoyu; Editor: Zhou Yuan", "Lin Xiaoyu", "Zhou Yuan"),
    ],
)
def test_set_l_rows_name_the_author_and_the_editor(credit, author, editor):
    for paragraphs in ([*BASE, credit], [credit, *BASE]):
        article = extract_article(page(paragraphs))
        assert (article.author, article.editor) == (author, editor)
        assert credit not in article.body


def test_an_upper_case_byline_row_names_the_author_at_the_end():
    credit = "By ZHOU YUAN | Harbour Daily | Updated: 2024-03-05 09:10"
    article = extract_article(page([*BASE, credit]))
    assert article.author == "ZHOU YUAN"
    assert credit not in article.body


def test_a_reporter_credit_ending_in_she_names_no_author():
    article = extract_article(page([*BASE, "记者：林小雨 摄"]))
    assert article.author is None

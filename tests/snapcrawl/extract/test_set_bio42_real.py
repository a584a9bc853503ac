"""Writers' bios left under real pages' stories (issue 14, session 42, h-edge7), found by
scanning our bodies' edges over the webpage_archive pool (transTerminus/webpage_archive,
raw/):

- the writer's credit going on about the writer ("作者：Cheryl，精英说90后作者，英国海归，用心
  写字。", "作者：吳子游 中國青年學者，專長為性別研究。"): the credit readers know a name, or a
  name and one role; the clauses after the name made it a sentence, so it stayed as the
  story's last line, and a name reader took "吳子游 中國青年學者" as two names. At the story's
  edge it is the writer's note (author_bios, as the daniel_fix gold drops "作者為…主任、…博士"),
  and the author is the name alone. Reduced copies:
  tests/fixtures/extract/real_bio42/sohu_story_over_writer_note_with_bio.html
  (raw/sohu.com/www_当当开除变性男员工，17岁天才少年跳楼自杀：我的身体里_-_搜狐.html) and
  tests/fixtures/extract/real_bio42/yahoo_tw_story_over_writer_note_with_bio.html
  (raw/unclassify_news/tw_在中國，跨性別手術何其難！_-_Yahoo奇摩新聞.html);
- a translated essay's bio box under its story: "作者简介:" alone over a paragraph on the
  writer's career (a name with its Latin original in brackets, seven sentences), then
  "译者简介：X，…" (the translator's). The bio label knew the writer's roles only and a bio
  of two sentences; under the story's last line the label says what a box's paragraph is.
  Reduced copy: tests/fixtures/extract/real_bio42/qq_story_over_author_and_translator_bios.html
  (raw/news.qq.com/news_什么是跨性别正义？-腾讯新闻.html);
- the same box closed by the illustrator's credit ("玛丽亚姆·戈吉亚什维利绘制的插图"): names
  before the drawing verb and the work, a credit no reader knew (picture_credits.drawn_credit),
  so the bio box stood over a line of the story's and stayed. Reduced copy:
  tests/fixtures/extract/real_bio42/qq_story_over_bio_box_and_illustrator_credit.html
  (raw/news.qq.com/news_美国的年轻人正在逃离佛罗里达-腾讯新闻_-_QQ_News.html);
- found by the same scan, the host's words about itself under the story by their label, not
  its name ("栏目简介：《科技史上的今天》是由电脑事业部出品的一期全新类栏目，…本栏目每日更新",
  "自我介绍：我们喜欢探求生活中的方方面面，…我们致力于成为…"): own_blurb knew a blurb by its
  subject, the page's source, which these do not name (own_blurb._self_labelled). Reduced
  copies: tests/fixtures/extract/real_bio42/netease_story_over_column_blurb.html
  (raw/163.com/www_科技史上12月14日首例女变男变性手术_-_网易.html) and
  tests/fixtures/extract/real_bio42/sohu_story_over_account_self_introduction.html
  (raw/sohu.com/www_CROSS-DRESSER__穿高跟鞋的男人们_手机搜狐网.html);
- the writer's note under the story with the account's blurb under it ("精英说是全球精英、海归和
  留学生的聚集地。…欢迎气味相投的你关注精英说（ID：elitestalk）。"): the blurb names no kind of
  body own_blurb knew (聚集地), and it kept the note off the story's edge. A blurb whose subject
  is the source and that asks to follow the source by that name is the source's; the note
  then stands at the edge and goes with it. Reduced copy:
  tests/fixtures/extract/real_bio42/thepaper_story_over_writer_note_and_account_blurb.html
  (raw/thepaper.cn/m_38岁爸爸突然想做女人？他们的生活该何去何从？.html).

Each has wordings of the same kind not taken from the pages, and story text that stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.author_bios import bio_note_name
from snapcrawl.extract.glued_columns import glued_reading
from snapcrawl.extract.picture_credits import drawn_credit
from tests.snapcrawl.extract.lakeside_story import STORY, URL, story_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "real_bio42"


def test_a_writers_note_with_a_bio_under_the_story_goes() -> None:
    raw = (FIXTURES / "sohu_story_over_writer_note_with_bio.html").read_bytes()
    article = extract_article(raw, None)
    note = "作者：Cheryl，精英说90后作者，英国海归，用心写字。"
    assert note not in article.paragraphs
    assert note in article.noise
    assert article.paragraphs[-1].startswith("当人们对这个世界的了解越发深入")
    assert article.author == "Cheryl"


def test_a_writers_note_after_a_spaced_name_names_the_writer_alone() -> None:
    raw = (FIXTURES / "yahoo_tw_story_over_writer_note_with_bio.html").read_bytes()
    article = extract_article(raw, None)
    assert "作者：吳子游 中國青年學者，專長為性別研究。" in article.noise
    assert article.paragraphs[-1].startswith("2018年中國在聯合國會議上")
    assert article.author == "吳子游"


def test_a_bio_box_and_a_translators_bio_under_the_story_go() -> None:
    raw = (FIXTURES / "qq_story_over_author_and_translator_bios.html").read_bytes()
    article = extract_article(raw, None)
    assert "作者简介:" in article.noise
    assert not any("简介" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("然而，克劳蒂尔·德·雷蒂尼强调")
    assert len(article.paragraphs) == 6


@pytest.mark.parametrize(
    "note",
    [
        "作者：李明，资深媒体人，长期关注教育议题。",
        "作者：Vivian，自由撰稿人，现居上海，喜欢旅行和摄影。",
        "本文作者：王小燕 高校青年教师，研究方向为城市交通。",
        "译者简介：陈思远，自由译者，译有《海边的城》。",
        "作者简介：欧文·哈特（Owen Hart）是一位城市规划师，现居伦敦。",
    ],
)
def test_writers_bios_in_other_words_go(note: str) -> None:
    assert extract_article(story_page(*STORY, note), URL).paragraphs == STORY


def test_a_bio_box_in_other_words_goes() -> None:
    bio = (
        "赵雪松，海港大学城市研究中心研究员，长期研究公共交通与城市夜间经济。他曾在三座城市"
        "主持公交线网调整的评估，著有《夜色中的城市》。目前他正在撰写一本关于通勤的书。"
        "他也在报纸上开设专栏，每月写一篇关于城市生活的文章。"
    )
    assert extract_article(story_page(*STORY, "作者简介：", bio), URL).paragraphs == STORY


def test_the_name_of_a_spaced_writers_note_is_read_alone() -> None:
    assert bio_note_name("作者：王小燕 高校青年教师，研究方向为城市交通。") == "王小燕"
    assert bio_note_name("作者：李明，资深媒体人，长期关注教育议题。") is None  # read as is


@pytest.mark.parametrize(
    "line",
    [
        "作者：是的，我当时就是这么想的，所以才写了这本书。",  # an interview's turn
        "作者：那您呢，后来怎么打算？",
        "作者李明，资深媒体人，他说这条线路很受欢迎。",  # no label's colon: the story's
    ],
)
def test_story_lines_like_a_writers_note_stay(line: str) -> None:
    lines = (*STORY, line)
    assert extract_article(story_page(*lines), URL).paragraphs == lines


def test_a_writers_note_inside_the_story_stays() -> None:
    lines = (STORY[0], "作者：李明，资深媒体人，长期关注教育议题。", STORY[1], STORY[2])
    assert extract_article(story_page(*lines), URL).paragraphs == lines


def test_a_bio_label_is_no_role_glued_to_a_name() -> None:
    # "作者简介" under a book's box, once the bio under it is cut: 简 is a surname, but the
    # label is the bio's, and "简介" named the author of a page (pool 2654, thepaper)
    assert glued_reading("作者简介", surnamed=False) is None
    assert glued_reading("译者介绍", surnamed=False) is None
    assert glued_reading("作者王小燕", surnamed=False) == "作者：王小燕"


def test_a_bio_box_over_an_illustrators_credit_goes_with_it() -> None:
    raw = (FIXTURES / "qq_story_over_bio_box_and_illustrator_credit.html").read_bytes()
    article = extract_article(raw, None)
    assert list(article.noise[-3:]) == [
        "作者简介：",
        "丽贝卡·罗宾逊，Coda Story的副制片人，记者，NABL成员",
        "玛丽亚姆·戈吉亚什维利绘制的插图",
    ]
    assert article.paragraphs[-1].startswith("“那边有新的环境、新的人和新的文化。")


@pytest.mark.parametrize(
    "credit", ["插图由王小燕绘制", "李明 绘制插画", "欧文·哈特创作的漫画", "Owen Hart绘制的插图"]
)
def test_illustrators_credits_in_other_words(credit: str) -> None:
    assert drawn_credit(credit)
    assert extract_article(story_page(*STORY, credit), URL).paragraphs == STORY


@pytest.mark.parametrize(
    "line", ["孩子们绘制的插画", "一名画家绘制的插图", "这幅由他绘制的插图曾获奖。", "李明绘制"]
)
def test_who_drew_a_picture_in_the_storys_words_is_no_credit(line: str) -> None:
    assert not drawn_credit(line)


@pytest.mark.parametrize(
    ("name", "last", "label"),
    [
        ("netease_story_over_column_blurb.html", "首例女变男变性手术成功", "栏目简介："),
        (
            "sohu_story_over_account_self_introduction.html",
            "～～如果真的是很美的男生穿女装",
            "自我介绍：",
        ),
    ],
)
def test_the_hosts_labelled_words_about_itself_go(name: str, last: str, label: str) -> None:
    article = extract_article((FIXTURES / name).read_bytes(), None)
    assert article.paragraphs[-1].startswith(last)
    assert any(text.startswith(label) for text in article.noise)


@pytest.mark.parametrize(
    "blurb",
    [
        "公众号简介：我们是一群关注城市交通的年轻人，每周和你分享出行路上的故事。",
        "栏目介绍：《湖滨夜话》每周五晚更新，本栏目带你走进城市的夜晚。",
    ],
)
def test_the_hosts_labelled_words_in_other_words_go(blurb: str) -> None:
    assert extract_article(story_page(*STORY, blurb), URL).paragraphs == STORY


def test_a_persons_self_introduction_stays() -> None:
    lines = (*STORY, "自我介绍：我叫林晓，今年二十六岁，每天坐末班车回家。")
    assert extract_article(story_page(*lines), URL).paragraphs == lines


def test_an_accounts_blurb_and_the_writers_note_over_it_go() -> None:
    raw = (FIXTURES / "thepaper_story_over_writer_note_and_account_blurb.html").read_bytes()
    article = extract_article(raw, None)
    assert article.paragraphs[-1].startswith("而这一切，都要从父母坚持自我开始。")
    assert "作者：石霖，6岁男孩的妈妈，文字客，绘本控，执着写字，简单生活。" in article.noise
    assert any(text.startswith("精英说是全球精英") for text in article.noise)
    assert article.author == "石霖"


@pytest.mark.parametrize(
    "blurb",
    [
        "湖滨日报是陪伴本市读者四十年的老朋友，这里有温度也有态度，欢迎爱读报的你关注湖滨日报。",
        # (this one a promo reader knew already: the note over it is the new part)
        "湖滨日报是陪伴本市读者四十年的老朋友。每天清晨，欢迎关注湖滨日报（ID：hubin_daily）。",
    ],
)
def test_a_blurb_asking_to_follow_the_source_in_other_words_goes(blurb: str) -> None:
    assert extract_article(story_page(*STORY, blurb), URL).paragraphs == STORY
    note = "作者：李明，资深媒体人，长期关注城市交通。"
    assert extract_article(story_page(*STORY, note, blurb), URL).paragraphs == STORY


def test_someone_elses_follow_ask_stays() -> None:
    lines = (*STORY, "林晓是一名公交司机，她笑着说，欢迎大家关注夜班公交的新变化。")
    assert extract_article(story_page(*lines), URL).paragraphs == lines

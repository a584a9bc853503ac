"""Source, dates and credits in layouts and wordings written for these tests, none taken
from a page of our benchmark sets: each rule with a case it must read and one it must not.

The story is made up; the meta lines follow how Chinese portals, newspapers and government
sites lay theirs out (a label in one block and its value in the next, a weekday before the
time, a time glued to the date by two spans), and the sign-offs and captions how they credit
a story, a picture or a chart.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from snapcrawl.extract import chrome, credits, extract_article, source

from .conftest import portal_page

SH = ZoneInfo("Asia/Shanghai")
STORY = [
    "入冬以来，河口湿地保护区迎来今年第一批越冬候鸟，数量较去年同期明显增加。",
    "保护区工作人员介绍，今年提前完成了浅滩清淤和芦苇收割，为候鸟留出了更大的觅食空间。",
    "冬季观鸟步道将于下周开放，市民可通过线上平台预约参观，每天限流八百人。",
    "保护区负责人表示，将继续加强巡护，严厉打击非法捕猎行为，确保候鸟安全越冬。",
    "据统计，去年冬季共有二十余种、超过三万只候鸟在此停留，其中不少是国家重点保护动物。",
    "志愿者服务队也将在周末组织科普讲解，带领市民认识常见的雁鸭类和鹭类。",
]


def page(*, head: str = "", info: str = "", story: list[str] | None = None, after: str = "") -> str:
    story = STORY if story is None else story
    return portal_page("河口湿地迎来首批越冬候鸟", "地方", story, info=info, head=head, after=after)


def source_of(**parts: object) -> str | None:
    return extract_article(page(**parts)).source  # type: ignore[arg-type]


# --- source: where the meta line puts it --------------------------------------------------


@pytest.mark.parametrize(
    "info",
    [
        # the value in the block after the label's
        "<div>2024-11-03 09:12:40</div><div>来源：</div><div>海港晚报</div>",
        "<span>2024-11-03 09:12</span> 来源 海港晚报",  # the label set off by a space
        "2024年11月03日 09:12 | 来源 海港晚报 | 阅读 2356",
        "<span>2024-11-03 09:12</span><span>来源：<a href='#'>海港晚报</a></span>",
    ],
)
def test_source_from_meta_line_layouts(info):
    assert source_of(info=info) == "海港晚报"


def test_a_spaced_label_in_a_sentence_is_not_a_source():
    assert source.labeled_source("水源 地处山区，2024-11-03 起限制开采。") is None
    assert source.labeled_source("他说来源 不明的资金已被冻结，2024-11-03 起调查。") is None


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("<p>（本文来自滨江观察，更多原创资讯请下载客户端）</p>", "滨江观察"),
        ("<p>文章转载自微信公众号“滨江观察”</p>", "滨江观察"),
        ("<p>本文转载自公众号：滨江观察</p>", "滨江观察"),
        ("<p>（本文首发于滨江观察）</p>", "滨江观察"),
    ],
)
def test_a_sign_off_naming_where_the_page_came_from(after, expected):
    assert source_of(after=after) == expected


def test_a_sign_off_in_words_loses_to_the_outlet_on_the_meta_line():
    after = "<p>（本文来自滨江观察，更多原创资讯请下载客户端）</p>"
    info = "<span>海港晚报</span> <span>2024-11-03 09:12</span>"
    assert source_of(info=info, after=after) == "海港晚报"


# --- source: what credits a picture, a chart or a video card -------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "资料图片（来源：东方影像）",
        "图为候鸟在浅滩觅食。来源：东方影像",
        "摄影：林小舟 来源：海港晚报",
        "（数据来源：市统计局）",
        "部分图片来源于网络",
    ],
)
def test_a_credit_inside_the_story_is_never_its_source(caption):
    story = [*STORY[:2], caption, *STORY[2:]]
    assert source_of(story=story, info="2024-11-03 09:12") is None
    assert source_of(story=story, info="2024-11-03 09:12 来源：滨江日报") == "滨江日报"


def test_a_bracketed_source_closing_a_video_card_is_not_the_story_source():
    card = "市民抱怨停车难 街道连夜划出新车位（来源：拍客视频）"
    info = "<span>2024年11月03日 09:12</span> <a class='source'>滨江日报</a>"
    assert source_of(story=[card, *STORY], info=info) == "滨江日报"
    assert source_of(story=[*STORY, card], info=info) == "滨江日报"


def test_a_bracketed_source_after_the_last_sentence_is_the_story_source():
    story = [*STORY[:-1], STORY[-1] + "（来源：滨江日报）"]
    assert source_of(story=story, info="2024-11-03 09:12") == "滨江日报"


# --- published_at -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "info",
    [
        "2024年11月3日 星期日 09:12",
        "2024年11月3日（周日）09:12",
        "<span>2024-11-03</span><span>09:12:40</span> 来源：海港晚报",  # spans, no space
    ],
)
def test_published_at_with_a_weekday_or_a_glued_time(info):
    assert extract_article(page(info=info)).published_at == datetime(
        2024, 11, 3, 9, 12, tzinfo=SH
    ).replace(second=40 if ":40" in info else 0)


def test_a_publication_time_in_a_script_object():
    head = '<script>window.DATA = {"media": "海港晚报", "pubtime": "2024-11-03 09:12:40"};</script>'
    assert extract_article(page(head=head)).published_at == datetime(
        2024, 11, 3, 9, 12, 40, tzinfo=SH
    )


# --- credits, player text and end markers in the body --------------------------------------

CREDITS = [
    "编辑丨林小舟",
    "作者：林小舟 编辑：周以安 来源：海港晚报",
    "撰稿：林小舟 | 审核：周以安",
    "一审：林小舟 二审：周以安 三审：陈望",
    "文、图/林小舟",
    "图文：林小舟",
    "□ 本报记者 林小舟 通讯员 周以安",
    "总监制：陈望",
]
PICTURE_CREDITS = [
    "（林小舟 摄）",
    "图片由受访者提供",
    "（本视频由海港晚报授权）",
    "供图：受访者",
    "本文图片均来自网络",
    "制图：周以安",
]
PLAYER = [
    "您的浏览器不支持 video 标签。",
    "Your browser does not support the video tag.",
    "网络不给力，请稍后重试",
    "该视频已下架",
    "播放 暂停 进入全屏 退出全屏 00:00 00:00 重播 刷新",
    "画中画 静音 弹幕",
    "播放量 3.4万",
    "128人已赞",
    "1.25x",
    "点击右上角分享",
    "请刷新试试",
    "网页全屏 画中画",
]
NOT_CHROME = [
    "编辑部收到了大量读者来信，反映小区停车难的问题。",
    "他说：“视频播放失败是因为服务器故障。”",
    "网络不给力的时候，不少市民选择到营业厅办理业务。",
    "浏览器不支持的问题困扰着许多老年用户，社区为此开设了培训班。",
    "综合来看，今年的粮食产量有望再创新高。",
    "采访中，他多次提到家乡的变化。",
    "静音车厢今年将在更多线路推广。",
    "图片由市民提供的线索已经移交公安机关处理，警方正在调查。",
    "完成这项工作需要三年。",
    "刷新页面后重新登录即可",
]


@pytest.mark.parametrize("text", CREDITS)
def test_credit_lines(text):
    assert chrome.line_kind(text) == "credit"


@pytest.mark.parametrize("text", PICTURE_CREDITS)
def test_picture_credit_lines(text):
    assert chrome.line_kind(text) == "picture_credit"


@pytest.mark.parametrize("text", PLAYER)
def test_player_and_toolbar_lines(text):
    assert chrome.line_kind(text) == "ui"


@pytest.mark.parametrize("text", NOT_CHROME)
def test_story_sentences_with_the_same_words_stay(text):
    assert chrome.line_kind(text) is None


@pytest.mark.parametrize("marker", ["（完）", "- END -", "—— 全文完 ——", "【结束】"])
def test_an_end_marker_closes_the_story_and_is_not_in_it(marker):
    article = extract_article(page(story=[*STORY, marker], info="来源：海港晚报"))
    assert marker not in article.body
    assert article.body.endswith(STORY[-1])


def test_credit_and_player_lines_leave_the_body_and_credits_reach_fields():
    story = [
        *STORY[:3],
        "您的浏览器不支持 video 标签。",
        "（林小舟 摄）",
        *STORY[3:],
        "作者：林小舟 编辑：周以安 来源：海港晚报",
    ]
    article = extract_article(page(story=story, info="2024-11-03 09:12"))
    assert article.body == "\n".join(STORY)
    assert article.author == "林小舟"
    assert article.editor == "周以安"
    assert article.source == "海港晚报"


# --- one picture-credit list, one bar-segment helper ----------------------------------------


@pytest.mark.parametrize("credit", ["图片来源：东方影像", "供图：东方影像", "图片来自东方影像"])
def test_every_reader_treats_a_picture_credit_alike(credit):
    assert chrome.line_kind(credit) == "picture_credit"
    assert source.labeled_source(credit) is None
    assert credits._is_photo_credit(credit)


def test_bar_segment_reads_a_label_without_a_colon():
    label = re.compile(r"^来源\s*(?P<value>\S+)$")
    line = "发表于2024-11-03 09:12 | 2356次阅读 | 来源海港晚报 | 作者林小舟"
    assert credits.bar_segment(line, label) == "海港晚报"
    assert credits.bar_segment("来源海港晚报", label) is None  # not a bar line


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<meta name='author' content='滨江日报'>", "滨江日报"),
        ("<meta property='article:author' content='海港新闻网'>", "海港新闻网"),
        ("<meta name='author' content='林小舟'>", None),  # a person, not an outlet
    ],
)
def test_an_outlet_named_as_the_author_is_the_source_when_no_line_says_one(head, expected):
    assert source_of(head=head, info="2024-11-03 09:12") == expected
    assert source_of(head=head, info="2024-11-03 09:12 来源：海港晚报") == "海港晚报"


@pytest.mark.parametrize(
    "note",
    ["（作者系海港大学经济学院教授）", "作者：林小舟，海港大学教授", "作者单位：海港大学经济学院"],
)
def test_an_author_note_is_a_credit(note):
    assert chrome.line_kind(note) == "credit"


@pytest.mark.parametrize(
    "sentence", ["作者为此走访了三十多个村庄。", "作者是一位退休教师，今年七十岁。"]
)
def test_a_sentence_about_the_author_is_story(sentence):
    assert chrome.line_kind(sentence) is None

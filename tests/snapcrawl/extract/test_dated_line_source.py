"""Where a page names its outlet without a 来源 label, and a label's value with more glued on.

Kinds found on real pages from outside the project's sets (issue 14's validation pass), each
tested here on pages and wordings made up for these tests (a story about a ferry timetable;
the outlets, reporters and places are invented): the outlet opening a reporter's credit on
the dated line ("海港晚報 記者陳立／台北報導", "海港日報快訊／陳立"), the outlet beside its time
in brackets, the outlet alone over a dated line with an app promo between them, the meta line
inside a selection that starts at a heading ending in "！", and a label's value with the
place it was filed from or a button's words glued to it. Near misses must give no outlet.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.source_lines import labeled_source, outlet_token

STORY = [
    "海港轮渡公司宣布，自下月起早班渡轮提前二十分钟发船，并在晚高峰加开两个班次。",
    "公司表示，调整后工作日每天共有四十六个班次，周末和节假日班次保持不变。",
    "新时刻表已在各码头张贴，乘客也可以通过公司的服务热线查询具体的发船时间。",
    "部分乘客反映早班船过于拥挤，公司称将在三个月后根据客流情况再次评估。",
    "码头方面提醒，开船前五分钟停止检票，携带自行车的乘客请从侧门登船。",
]


def page(info: str, *, title: str = "海港轮渡调整早班发船时间", inside: bool = False) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    heading = f"<h1>{title}</h1>"
    if inside:  # the heading and the meta line inside the story's own block
        body = f"<div class='text'>{heading}<div class='info'>{info}</div>{paragraphs}</div>"
    else:
        body = f"{heading}<div class='info'>{info}</div><div class='text'>{paragraphs}</div>"
    return (
        f"<html><head><title>{title}_城市_示例网</title></head><body>"
        f"<div class='main'>{body}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("info", "source"),
    [
        # the outlet opens a reporter's credit on the dated line
        ("2023-05-06 08:30 海港晚報 記者陳立／台北報導", "海港晚報"),
        ("2023-05-06 08:30滨江日报 记者 王林", "滨江日报"),
        ("2023-05-06 08:30 海港电视台 见习记者 王林", "海港电视台"),
        # the outlet (and its desk) before a slash, the reporter after it
        ("海港日報快訊／陳立 2023年05月06日 08:30:00", "海港日報"),
        ("滨江日报/王林 2023-05-06 08:30", "滨江日报"),
        # the one name beside the time in brackets
        ("海港新聞網 (2023-05-06 08:30)", "海港新聞網"),
        ("滨江晨报【2023-05-06 08:30】", "滨江晨报"),
        # a name beside a follow button is the account that posted (accounts.py), not
        # the outlet, however it is named
        ("海港日报 2023-05-06 08:30 +关注", None),
        ("晨跑的猫 2023-05-06 08:30 关注", None),
        # near misses: the page's own reporter, a reporter alone, two people
        ("2023-05-06 08:30 本报记者 王林", None),
        ("2023-05-06 08:30 记者 王林 通讯员 李丽", None),
        ("王林／陈立 2023-05-06 08:30", None),
        ("2023-05-06 08:30 海港观察 记者 王林", None),  # not shaped like an outlet
    ],
)
def test_dated_line_names_the_outlet(info, source):
    assert extract_article(page(info)).source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # the outlet alone over a date that says where it was posted from, a promo between
        (["滨江日报", "下载客户端", "2023年05月06日 08:30:00 来自广东"], "滨江日报"),
        (["海港新闻网", "2023年05月06日 08:30:00 来自上海"], "海港新闻网"),
        (["海港晚报", "打开APP", "阅读更多", "2023年05月06日 08:30"], "海港晚报"),
        # near misses: only the promo stands there; a name too far above
        (["下载客户端", "独家抢先看", "2023年05月06日 08:30:00 来自广东"], None),
        (["热门推荐", "2023年05月06日 08:30:00 来自广东"], None),
        (
            ["滨江日报", "下载客户端", "立即打开", "看更多", "2023年05月06日 08:30:00 来自广东"],
            None,
        ),
    ],
)
def test_outlet_alone_over_the_dated_line(lines, source):
    info = "".join(f"<div>{text}</div>" for text in lines)
    assert extract_article(page(info)).source == source


@pytest.mark.parametrize(
    "title",
    [
        "海港轮渡调整早班发船时间！晚高峰还将加开两个班次，乘客可电话查询",
        "早班渡轮提前二十分钟发船？公司回应：晚高峰还将加开两个班次。",
    ],
)
def test_meta_line_after_a_heading_that_ends_a_sentence(title):
    """The selection starts at the heading; a heading with "！" or "。" is not the story's
    first paragraph, so the meta line under it is not inside the story."""
    html = page("陈立 2023-05-06 08:30:00 来源：海港日报", title=title, inside=True)
    assert extract_article(html).source == "海港日报"


@pytest.mark.parametrize(
    ("value", "outlet"),
    [
        ("海港日报(上海)", "海港日报"),
        ("滨江新闻网（北京）", "滨江新闻网"),
        ("海港日报(上海", "海港日报"),  # its closing bracket stripped with the value's ends
        ("人民日报（海外版）", "人民日报（海外版）"),  # an edition's name: whole
        ("海港日报参与互动", "海港日报"),
        ("滨江晚报分享到", "滨江晚报"),
        ("新京报评论", "新京报评论"),  # a column's name, not a button
        ("海港日报", "海港日报"),
    ],
)
def test_label_value_without_place_or_button(value, outlet):
    assert outlet_token(value) == outlet


def test_glued_button_after_the_labelled_source():
    assert extract_article(page("2023-05-06 08:30 来源：海港日报参与互动")).source == "海港日报"
    assert extract_article(page("2023-05-06 08:30 来源: 滨江新闻网(上海)")).source == "滨江新闻网"


@pytest.mark.parametrize(
    ("info", "source"),
    [
        ("林晓然2023-05-06 08:30:00", None),  # the byline widget glues the name to the time
        ("2023-05-06 08:30:00林晓然", None),
        ("海港日报2023-05-06 08:30:00", "海港日报"),  # an outlet glued to its time: kept
        ("游民天地2023-05-06 08:30", "游民天地"),  # four characters: a site's name
        ("2023-05-06 08:30 央视", "央视"),  # set off by a space
    ],
)
def test_a_name_glued_to_the_time_is_a_byline(info, source):
    assert extract_article(page(info)).source == source


@pytest.mark.parametrize(
    ("info", "source"),
    [
        ("2023-05-06 08:30 來源：海港新聞網", "海港新聞網"),
        ("來源：海港日報 作者：陳立", "海港日報"),
        ("2023-05-06 08:30 來自：海港晚報", "海港晚報"),
        ("2023-05-06 08:30 来源：海港日报（ID：hgrb2019）", "海港日报"),
        ("2023-05-06 08:30 来源：海港日报(微信号:hg_rb)", "海港日报"),
    ],
)
def test_traditional_labels_and_account_ids(info, source):
    assert extract_article(page(info)).source == source


@pytest.mark.parametrize("text", ["圖片來源：海港日報", "影片來源：海港電視台"])
def test_a_picture_credit_in_traditional_characters_is_not_the_source(text):
    assert labeled_source(text) is None

"""Chrome and fields a second unseen set of modern layouts (issue 14, set W) got wrong,
reduced to their shape with made-up text and wordings other than the pages':

- a Taiwan or Hong Kong page's toolbar and list heading in traditional characters
  ("分享 字體" beside the time, "相關新聞" over a related link) were read as story, and the
  toolbar's font button as the outlet on the dated line; Taiwan's own words for the print,
  forward and font-size buttons (列印, 轉寄, 字級) are toolbar words too;
- a poster's name glued to the full date of its stamp when the page draws them as adjacent
  spans ("X2024-12-03 14:55发布于北京");
- an outlet's tip line that goes on to its other channels after the number ("X爆料热线：
  0731-…，或登录X客户端…");
- a summary box whose label stands alone over the summary ("AI摘要" | "…。"), and the
  site's own name alone after the story ("每日经济新闻"), signing it off;
- (set W5) the outlet or its reporter glued before a stamp ("X日报·Y2024-12-10 16:02阅读
  2.1万"), the host's rules for its comment box ("X提醒您：理性討論，尊重彼此。") and an
  appeal to comment under a "互动话题" label ("…？欢迎留言分享").
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.chrome import line_kind
from snapcrawl.extract.noise import is_list_heading
from snapcrawl.extract.ui_shapes import is_post_stamp

STORY = [
    "港灣區的老碼頭將在明年春天改建成海濱步道，全長約一點二公里，沿途設置休憩座椅。",
    "工務部門表示，改建工程會保留碼頭原有的石砌駁岸，並在入口處設置歷史介紹牌。",
    "附近居民對計畫大多表示歡迎，但也有人擔心施工期間的噪音會影響生活作息。",
    "工務部門回應，夜間不會施工，並將在工地四周加裝隔音屏障，減少對居民的影響。",
]
TITLE = "港灣老碼頭明年改建海濱步道"
URL = "https://news.example.tw/life/20230708/1.htm"


def _page(meta: str, tail: str = "") -> str:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE} - 示例電子報</title></head><body>"
        "<div class='nav'><a href='/'>首頁</a><a href='/life'>生活</a></div>"
        f"<div class='article'><h1>{TITLE}</h1><div class='bar'>{meta}</div>"
        f"<div class='text'>{story}{tail}</div></div>"
        "<div class='footer'>示例時報版權所有不得轉載</div></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "2023/07/08 09:153分享字體",  # spans drawn adjacent: the time, a count, two buttons
        "點讚 56 收藏 轉發",
        "字體 大 中 小",
    ],
)
def test_a_toolbar_in_traditional_characters_is_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize("line", ["友善列印", "列印 轉寄 分享", "字級 小 中 大"])
def test_taiwan_words_for_print_forward_and_font_size_are_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line",
    ["記者會將於下午舉行", "分享經驗的老師說", "轉發這則訊息的人不少", "點燈儀式", "列印出來的信"],
)
def test_a_short_story_line_in_traditional_characters_is_not_ui(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize("line", ["相關新聞", "熱門推薦", "延伸閱讀：", "更多專題", "網友評論"])
def test_a_list_heading_in_traditional_characters_is_one(line: str) -> None:
    assert is_list_heading(line)


@pytest.mark.parametrize("line", ["相關部門表示，將加強巡查。", "熱帶低壓", "編輯室報告書"])
def test_a_story_line_in_traditional_characters_heads_no_list(line: str) -> None:
    assert not is_list_heading(line)


def test_a_traditional_toolbar_and_related_heading_leave_the_story_and_name_no_outlet() -> None:
    meta = "<span>2023/07/08 09:15</span><a>3</a><a>分享</a><a>字體</a>"
    tail = "<div class='more'><p>相關新聞</p><a href='/life/2.htm'>港灣區夜市下月重新開張</a></div>"
    article = extract_article(_page(meta, tail), URL)
    assert article.paragraphs == tuple(STORY)
    assert article.source != "字體"
    assert article.published_at is not None
    assert article.published_at.hour == 9


def test_the_outlet_beside_the_time_is_still_read() -> None:
    meta = "<span>2023/07/08 09:15</span> <span>示例時報</span> <a>分享</a>"
    assert extract_article(_page(meta), URL).source == "示例時報"


@pytest.mark.parametrize(
    "line",
    [
        "周宁2023-07-08 09:15发布于上海",
        "港湾观察2023年7月8日 09:15",
        "周宁2023/07/08 09:15 浏览 320",
    ],
)
def test_a_name_glued_to_a_full_dated_stamp_is_a_stamp(line: str) -> None:
    assert is_post_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "截至2023年7月8日 09:15，全市共有12个站点开放",  # a sentence
        "周宁07-08 09:15",  # no year: a name glued to a short date is not read as a stamp
        "共有2023-07-08 09:15 报名的 300 人到场",  # more than a stamp
    ],
)
def test_a_dated_sentence_or_a_short_date_is_no_glued_stamp(line: str) -> None:
    assert not is_post_stamp(line)


def test_a_glued_poster_stamp_leaves_the_story() -> None:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    html = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><div class='text'><p><a>周宁</a><span>2023-07-08 09:15</span>"
        f"<span>发布于上海</span></p>{story}</div></article></body></html>"
    )
    article = extract_article(html, "https://www.example.com/7345678.html")
    assert article.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "河畔晚报报料热线：0571-86000000，或登录河畔新闻客户端“帮忙”频道",
        "报料电话：023-96000；也可发送邮件至tips@example.com",
    ],
)
def test_a_tip_line_with_other_ways_to_reach_the_outlet_is_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line",
    [
        # the number's clause then a sentence of the story: not the tip line alone
        "报料热线：0571-86000000，或拨打12345。市民反映，该热线一直无人接听",
        "市民拨打热线：0571-86000000，或前往服务大厅办理",  # no tip word
    ],
)
def test_a_sentence_about_a_hotline_is_not_a_tip_line(line: str) -> None:
    assert line_kind(line) is None


SUMMARY = "河畔区发布年度调查报告，居民对老码头改建的支持率超过七成。"


def _box_page(label: str, summary: str = SUMMARY, signoff: str = "") -> str:
    story = "".join(f"<p>{x}</p>" for x in STORY)
    box = f"<div class='box'><p>{label}</p><p>{summary}</p></div>" if label else ""
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE} | 河畔晚报</title></head><body>"
        f"<div class='detail'><h2>{TITLE}</h2><div class='info'>2023-07-08 09:15</div>"
        f"{box}<div class='content'>{story}{signoff}</div></div>"
        "<div class='foot'>河畔晚报 版权所有</div></body></html>"
    )


@pytest.mark.parametrize("label", ["AI摘要", "【内容提要】", "核心提示"])
def test_a_summary_box_under_its_own_label_is_no_part_of_the_story(label: str) -> None:
    article = extract_article(_box_page(label), URL)
    assert article.paragraphs == tuple(STORY)


def test_a_lead_under_a_guide_label_stays() -> None:
    """导语 (and 导读) often head the story's own opening paragraph: left alone."""
    article = extract_article(_box_page("导语"), URL)
    assert SUMMARY in article.paragraphs


def test_the_sites_own_name_alone_after_the_story_signs_it_off() -> None:
    for signoff in ("<p>河畔晚报</p>", "<p>（河畔晚报）</p>"):
        article = extract_article(_box_page("", signoff=signoff), URL)
        assert article.paragraphs == tuple(STORY)


def test_a_short_line_holding_the_sites_name_after_the_story_stays() -> None:
    article = extract_article(_box_page("", signoff="<p>河畔晚报的百年</p>"), URL)
    assert article.paragraphs[-1] == "河畔晚报的百年"


@pytest.mark.parametrize(
    "line",
    [
        "河畔日报·江岸2023-07-08 09:15阅读 3.4万",  # the outlet and its app, glued
        "河畔晚报·小时记者 周宁2023-07-08 09:15上海",  # its reporter too, then the region
    ],
)
def test_an_outlet_or_its_reporter_glued_to_a_full_dated_stamp_is_a_stamp(line: str) -> None:
    assert is_post_stamp(line)


@pytest.mark.parametrize(
    "line",
    ["会议于2023年7月8日 09:15开始", "截至2023年7月8日 09:15", "工程将2023年7月8日 09:15启动"],
)
def test_a_date_a_sentence_leads_into_is_no_glued_stamp(line: str) -> None:
    assert not is_post_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "文明上网 理性发言",
        "示例台提醒您：理性討論，尊重彼此。",
        "温馨提示：请文明留言",
    ],
)
def test_a_comment_box_rule_is_ui(line: str) -> None:
    assert line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line", ["理性讨论才能解决问题。", "专家呼吁网民理性讨论", "文明城市创建进入冲刺阶段"]
)
def test_a_sentence_about_reason_or_civility_is_not_a_comment_rule(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.parametrize(
    "line",
    ["你家附近有这样的夜市吗？欢迎留言分享", "评论区聊聊吧！", "对此你怎么看？欢迎在评论区留言"],
)
def test_an_appeal_to_comment_closing_a_short_line_is_a_promo(line: str) -> None:
    assert line_kind(line) == "promo"


@pytest.mark.parametrize("line", ["主办方表示，欢迎市民留言。", "他说，欢迎大家来讨论"])
def test_the_story_reporting_an_invitation_is_not_a_promo(line: str) -> None:
    assert line_kind(line) is None


def test_a_topic_label_over_the_appeal_goes_with_it() -> None:
    tail = "<div class='q'><p>互动话题</p><p>你家附近有这样的步道吗？欢迎留言分享</p></div>"
    article = extract_article(_page("<span>2023/07/08 09:15</span>", tail), URL)
    assert article.paragraphs == tuple(STORY)
    assert is_list_heading("互动话题")

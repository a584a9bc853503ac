"""Credit, UI and source kinds found by reading our output on pages no rule was written from
(issue 14's validation pass), each tested here on wordings of our own: the story is made up,
the lines follow how Chinese portals, blogs and forums lay theirs out, and none is copied
from a page of the benchmark sets.
"""

from __future__ import annotations

import pytest

from snapcrawl.extract import chrome, credits, extract_article, source

from .conftest import ORCHARD_STORY, portal_page

STORY = ORCHARD_STORY


def page(*, info: str = "", story: list[str] | None = None, after: str = "") -> str:
    story = STORY if story is None else story
    return portal_page("山区果园迎来采摘旺季", "乡村", story, info=info, inside=after)


# --- a credit's separator: any bar glyph a page sets between role and name -----------------


@pytest.mark.parametrize("bar", ["︱", "│", "┃", "丨", "｜"])
def test_credit_with_a_bar_glyph_is_chrome(bar):
    assert chrome.line_kind(f"出品{bar}示例科技频道 小林") == "credit"
    assert chrome.line_kind(f"统筹{bar}王一鸣") == "credit"


def test_author_after_a_bar_glyph():
    article = extract_article(page(after="<p>作者︱宋小禾</p><p>审校︱贺一</p>"))
    assert article.author == "宋小禾"
    assert "宋小禾" not in article.body
    assert "贺一" not in article.body


# --- a label whose value is empty, markup or a toolbar word names no one -------------------


@pytest.mark.parametrize(
    "value",
    ["责任编辑：方舟", "编辑：方舟", "发表于:2024-10-01 08:00", 'size="16"', "{{author}}"],
)
def test_a_label_followed_by_another_label_or_markup_is_no_name(value):
    assert credits.clean_name(value) is None


def test_author_label_with_an_editor_credit_after_it():
    info = "2024-10-01 08:00 来源：示例日报 作者：责任编辑：方舟"
    article = extract_article(page(info=info))
    assert article.author is None
    assert article.editor == "方舟"


# --- what stands where an outlet would but names none ---------------------------------------


@pytest.mark.parametrize(
    "info",
    [
        "2024-10-01 阅读2381次",  # a counter with its word first
        "2024年10月1日（北京时间）",  # the clock the date is given in
        "2024-10-01 18:04:42 楼主",  # a forum's role
        '作者： width="12" 来源： width="12" 2024-10-01',  # an attribute left unrendered
    ],
)
def test_no_outlet_from_counters_clocks_roles_or_markup(info):
    assert extract_article(page(info=info)).source is None


@pytest.mark.parametrize(
    ("info", "outlet"),
    [
        ("2024-10-01 阅读2381次 山城晚报", "山城晚报"),
        ("2024-10-01（北京时间） 来源：山城晚报", "山城晚报"),
    ],
)
def test_outlet_still_read_beside_them(info, outlet):
    assert extract_article(page(info=info)).source == outlet


def test_token_rejects_a_counter_and_a_clock():
    assert source.labeled_source("来源：88次") is None
    assert source.labeled_source("来源：东部时间") is None
    assert source.labeled_source("来源：山城晚报") == "山城晚报"


# --- bylines that close the story with where the reporter filed from ----------------------


@pytest.mark.parametrize(
    "line",
    [
        "海港日报记者 林小川 东岭县报道",
        "本报记者 林小川 周远 北京电",
        "本刊特约记者林小川发自成都",
        "执笔人：林小川 周远 宋禾 贺一",
        "（记者 林小川 发自海港）",
    ],
)
def test_byline_with_where_it_was_filed_is_a_credit(line):
    assert chrome.line_kind(line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "记者从县农业农村局获悉，今年全县苹果种植面积达到十二万亩。",
        "本报记者在东岭县看到，果农们正忙着采摘、分拣和装箱。",
        "林小川说，今年是他回乡种果树的第三年。",
    ],
)
def test_story_sentences_about_reporters_stay(line):
    assert chrome.line_kind(line) is None


def test_filed_from_byline_leaves_the_body():
    article = extract_article(page(after="<p>海港日报记者 林小川 东岭县报道</p>"))
    assert "林小川" not in article.body
    assert article.paragraphs[-1] == STORY[-1]


# --- a post's counters, a trackback address, a bare appeal to share ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "发布于 2024年10月01日 08:30 | 阅读:1532 | 评论:12",
        "（此文发表于生活随笔栏目，已被阅读2381次）",
        "你是本帖第 87 位读者",
        "浏览次数：4410",
        "TrackBack URL: http://blog.example.org/tb/2291",
        "引用通告地址：http://blog.example.org/tb/2291",
        "共有 2,104 条相关资讯",
        "转发给好友",
        "分享到朋友圈吧",
    ],
)
def test_counters_and_post_chrome_are_ui(line):
    assert chrome.line_kind(line) == "ui"


@pytest.mark.parametrize(
    "line",
    [
        "这篇文章发表后，阅读量很快超过了十万次，评论区也十分热闹。",
        "第3位读者来信说，她在果园里找到了小时候的味道。",
        "他把照片分享给远在外地的朋友们，大家都说想来看看。",
        "共有1200多户果农参加了今年的技术培训。",
    ],
)
def test_sentences_with_counts_and_sharing_stay(line):
    assert chrome.line_kind(line) is None


def test_counter_line_leaves_the_end_of_the_body():
    after = (
        "<p>（此文发表于生活随笔栏目，已被阅读2381次）</p><p>TrackBack URL: http://x.org/tb/1</p>"
    )
    article = extract_article(page(after=after))
    assert article.paragraphs[-1] == STORY[-1]


# --- a dateline with no labels: a date, maybe the site's address, and the outlet ----------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("2019-6-3 山城晚报", "山城晚报"),
        ("NEWS.EXAMPLE.COM.CN 2019年06月03日09:40 山城晚报", "山城晚报"),
        ("https://www.example.com 2019年06月03日 09:40 《山城周刊》", "山城周刊"),
        ("2019年6月3日 14:02　示例网—山城晚报", "示例网—山城晚报"),
    ],
)
def test_dateline_naming_an_outlet_leaves_the_body_and_gives_the_source(line, outlet):
    article = extract_article(page(story=[line, *STORY]))
    assert line not in article.paragraphs
    assert article.paragraphs[0] == STORY[0]
    assert article.source == outlet


@pytest.mark.parametrize(
    "line",
    [
        "（2019年6月3日至5日，山城大学）",  # a conference's dates and place
        "2019-6-3 山城大学",
        "2019年6月3日 山城晚报记者 林小川",  # a person is no outlet
        "2019年6月3日，山城晚报举行创刊七十周年座谈会。",  # a sentence
        "2019-6-3 新闻发布会",
    ],
)
@pytest.mark.parametrize("at", [0, 2])
def test_dated_lines_that_name_no_outlet_stay(line, at):
    article = extract_article(page(story=[*STORY[:at], line, *STORY[at:]]))
    assert line in article.paragraphs


# --- a poster line (who posted, when) is a credit; the author is still read from it -------


@pytest.mark.parametrize(
    "line",
    [
        "本帖由山风于2019年6月3日21:05:11在〖果农之家〗发表。",
        "★ 山城论坛 果树栏目 发布时间 2019/06/03 21:05:11 by shanfeng ★",
        "shanfeng 发表于 2019-6-3 21:05",
    ],
)
def test_poster_line_is_a_credit(line):
    assert chrome.line_kind(line) == "credit"


def test_author_read_from_a_poster_line_the_body_dropped():
    story = [*STORY[:3], "本帖由山风于2019年6月3日21:05:11在〖果农之家〗发表。", *STORY[3:]]
    article = extract_article(page(story=story))
    assert "山风" not in article.body
    assert article.author == "山风"


# --- how portals, papers and accounts credit a story: wordings no rule was written from ---

SITE_CREDITS = [
    "值班主任：宋禾",
    "海报：宋禾",
    "策划 林小川 | 文案 周远 | 设计 宋禾",
    "（责编：林小川、周远）",
    "【纠错】 【责任编辑:林小川】",
    "编辑：林小川 责任编辑：周远",
    "本文来源：山城晚报 责任编辑：林小川_NB1234",
    "文｜林小川 编辑｜周远",
    "文｜山城财经 林小川",
    "【文/山城网 林小川】",
    "作者 | 林小川 来源 | 山城晚报 编辑 | 周远",
    "记者 | 林小川",
    "审核 | 宋禾",
    "来源丨山城晚报",
    "主笔：林小川",
    "核稿：林小川",
    "初审：林小川 复审：周远 终审：宋禾",
    "（山城晚报记者 林小川）",
    "视觉 | 宋禾",
    "排版 | 周远",
]
SITE_CHROME = [
    # an outlet's tip line, an account page's card and swipe hints, a player gone quiet
    "山城新闻报料：023-96123",
    "新闻热线：023-96123",
    "预览时标签不可点",
    "继续滑动看下一个",
    "轻触阅读原文",
    "知道了",
    "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看",
    "收录于合集 #果园 3个",
    "#果园 #丰收",
    "微信号：shancheng",
    "功能介绍：山城晚报官方账号",
    "该视频暂不可播放",
    "已经到底了",
    "↓ 滑动查看更多 ↓",
    "打赏作者",
    "【山城时报综合报道】",
    "（文中图片均由受访者提供）",
    "本文来自【山城新闻客户端】",
    "本文共3页",
    "全文约2300字，阅读约需5分钟",
    "打开山城头条查看图片详情",
    "返回山城，查看更多",
    "投诉",
    "展开阅读全文",
    "IP属地：山城",
    "【收藏】【打印文章】",
    "———— / END / ————",
    "封面图来源：视觉中国",
    "文章转载自微信公众号：山城晚报",
    "【打印】【关闭窗口】",
    "举报/反馈",
    "加载更多",
    "点击加载更多",
    "【我要纠错】",
    "手机看",
    "点击关注，第一时间了解山城新闻",
    "关注我们，获取更多精彩内容",
    "展开剩余85%",
    "播放量 12.3万",
    "赞 2 | 在看 5",
]


@pytest.mark.parametrize("line", SITE_CREDITS + SITE_CHROME)
@pytest.mark.parametrize("at_end", [True, False])
def test_site_credit_and_chrome_lines_leave_the_body(line, at_end):
    story = [*STORY, line] if at_end else [line, *STORY]
    article = extract_article(page(story=story))
    assert list(article.paragraphs) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "设计：金属机身，重量不到两百克",  # a review's subheading, not a designer's credit
        "关注，是最好的支持",
        "请关注后续报道，了解更多进展。",
        "他呼吁社会更多关注留守儿童。",
        "果农反馈，今年的收购价比去年高了两成。",
        "本文共有三部分内容，分别介绍果园、合作社和电商。",
        "全文约2300字的报告详细介绍了果园的发展。",
        "他返回村里，查看更多果树的长势。",
        "海报上写着：欢迎来到山城。",
        "文章指出，今年苹果产量增长。",
        "市民如有线索可拨打热线：12345。",
        "他说，滑动查看更多的照片需要耐心。",
        "#MeToo运动在全球引发讨论。",
        "我知道了他的想法。",
        "收录于《山城县志》的这段记载说明了果园的历史。",
    ],
)
def test_lines_that_only_look_like_them_stay(line):
    assert chrome.line_kind(line) is None


# --- a name alone in brackets signs the story off ----------------------------------------


@pytest.mark.parametrize("line", ["（林小川）", "(周远)", "（林小川 周远）", "（宋禾、贺一）"])
def test_bracketed_names_alone_are_a_credit(line):
    assert chrome.line_kind(line) == "credit"


@pytest.mark.parametrize(
    "line", ["（十一）", "（待续）", "（上篇）", "（山城网）", "（附图）", "（摘要）", "（完）"]
)
def test_bracketed_words_that_are_no_names_are_no_credit(line):
    assert chrome.line_kind(line) != "credit"


def test_bracketed_sign_off_leaves_the_body_and_names_the_author():
    article = extract_article(page(story=[*STORY, "（林小川）"]))
    assert list(article.paragraphs) == STORY
    assert article.author == "林小川"


# --- source: a placeholder yields to an outlet; a paper named in 《》; the site's own name --


def page_with_head(head: str, **parts: object) -> str:
    return page(**parts).replace("</title>", "</title>" + head)  # type: ignore[arg-type]


def test_placeholder_after_the_label_yields_to_an_outlet_named_later():
    info = "2019-06-03 10:12 来源：转载"
    article = extract_article(page(info=info, story=[*STORY, "（来源：山城晚报）"]))
    assert article.source == "山城晚报"


def test_placeholder_kept_when_no_outlet_is_named():
    assert extract_article(page(info="2019-06-03 10:12 来源：网络")).source == "网络"


@pytest.mark.parametrize(
    "line", ["转自《山城科技报》", "（摘自《山城科技报》）", "选自《山城周刊》。"]
)
def test_paper_named_in_title_marks_is_the_source_and_leaves_the_body(line):
    article = extract_article(page(story=[*STORY, line]))
    assert article.source == line.split("《")[1].split("》")[0]
    assert list(article.paragraphs) == STORY


def test_excerpt_credit_with_more_after_the_title_stays_whole():
    line = "（摘自《山城往事》，林小川编著，山城出版社）"
    article = extract_article(page(story=[*STORY, line]))
    assert not any(p.startswith("，") for p in article.paragraphs)


@pytest.mark.parametrize(
    ("site", "outlet"),
    [
        ("HKR - 海港广播电台", "海港广播电台"),
        ("山城新闻网", "山城新闻网"),
        ("林小川的果园日记", None),
    ],
)
def test_site_name_is_the_source_only_when_shaped_like_an_outlet(site, outlet):
    head = f'<meta property="og:site_name" content="{site}">'
    assert extract_article(page_with_head(head)).source == outlet


def test_site_name_does_not_override_a_credited_outlet():
    head = '<meta property="og:site_name" content="山城新闻网">'
    article = extract_article(page_with_head(head, info="2019-06-03 来源：海港日报"))
    assert article.source == "海港日报"


@pytest.mark.parametrize("value", ["锁定 讨论", "上传视频", "收藏 分享"])
def test_an_edit_bar_after_the_edit_button_names_no_editor(value):
    assert credits.clean_name(value, allow_staff=True) is None


def test_edit_bar_gives_no_editor_but_a_real_credit_does():
    article = extract_article(page(info="<span>编辑</span> <span>锁定 讨论</span>"))
    assert article.editor is None
    article = extract_article(page(after="<p>编辑：宋禾</p>"))
    assert article.editor == "宋禾"
